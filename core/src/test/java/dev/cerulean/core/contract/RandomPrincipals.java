package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.T0;
import static dev.cerulean.core.contract.ContractData.objectId;
import static dev.cerulean.core.contract.ContractData.uuid;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The principals of a random world's directory, for the contracts that compare a store's selection
 * with the core's decision: five users and four groups, g0 ⊂ g1 ⊂ g2 ⊂ g0 (a cycle) and g3 apart,
 * each user in one random group or none.
 */
record RandomPrincipals(List<ObjectId> users, List<ObjectId> groups) {
    static RandomPrincipals in(Ports ports, DirectoryId home, Random random) {
        List<ObjectId> users = new ArrayList<>();
        for (int i = 0; i < 5; i++) users.add(objectId());
        List<ObjectId> groups = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Group g = new Group(objectId(), home, "g" + i, "g" + i, null, T0);
            ports.groups().add(g);
            groups.add(g.id());
        }
        for (int i = 0; i < 3; i++) {
            ports.groups()
                    .addMember(
                            home,
                            groups.get(i + 1 == 3 ? 0 : i + 1),
                            new GroupMember(groups.get(i), GroupMember.Type.Group));
        }
        for (ObjectId u : users) {
            if (random.nextBoolean())
                ports.groups()
                        .addMember(home, groups.get(random.nextInt(4)), new GroupMember(u, GroupMember.Type.User));
        }
        return new RandomPrincipals(List.copyOf(users), List.copyOf(groups));
    }

    /** The users, then the groups. */
    List<ObjectId> all() {
        List<ObjectId> all = new ArrayList<>(users);
        all.addAll(groups);
        return all;
    }

    /** Assigns {@code role} to {@code principal} (a group when it is one of these) at {@code scope}. */
    void assign(Ports ports, Scope scope, ObjectId principal, RoleDefinitionId role, DirectoryId directory) {
        ports.roleAssignments()
                .add(new RoleAssignment(
                        new RoleAssignmentId(uuid()),
                        scope,
                        principal,
                        groups.contains(principal)
                                ? RoleAssignment.PrincipalType.Group
                                : RoleAssignment.PrincipalType.User,
                        role,
                        directory,
                        T0,
                        "kelley.wall@outlook.com"));
    }
}
