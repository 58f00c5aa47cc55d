package dev.cerulean.server.arm;

import static dev.cerulean.server.arm.MatrixServer.DEFAULT;
import static dev.cerulean.server.arm.MatrixServer.DOMAIN;
import static dev.cerulean.server.arm.MatrixServer.GRANTEE;
import static dev.cerulean.server.arm.MatrixServer.GROUPED_CLIENT;
import static dev.cerulean.server.arm.MatrixServer.GROUPED_SECRET;
import static dev.cerulean.server.arm.MatrixServer.NO_ROLES_CLIENT;
import static dev.cerulean.server.arm.MatrixServer.NO_ROLES_SECRET;
import static dev.cerulean.server.arm.MatrixServer.upn;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.ClientSecret;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.directory.group.GroupMember;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.arm.MatrixServer.Caller;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The principals of the authorization matrix, written into the demo world before the server starts. */
final class MatrixPrincipals {
    private final Ports ports;

    MatrixPrincipals(Ports ports) {
        this.ports = ports;
    }

    /** Work accounts with each built-in role at the subscription and at rg-web, a B2B guest, a role-less member and app. */
    void add() {
        var sub = Scope.subscription(Worlds.SUBSCRIPTION);
        var rg = Scope.resourceGroup(Worlds.SUBSCRIPTION, "rg-web");
        var hash = ports.passwordHasher().hash(Worlds.PASSWORD);
        ports.transactions().inTransaction(() -> {
            int n = 0xa0;
            for (var grant : List.of(
                    Map.entry(Caller.OWNER_SUB, Map.entry(sub, BuiltInRoles.OWNER)),
                    Map.entry(Caller.CONTRIBUTOR_SUB, Map.entry(sub, BuiltInRoles.CONTRIBUTOR)),
                    Map.entry(Caller.READER_SUB, Map.entry(sub, BuiltInRoles.READER)),
                    Map.entry(Caller.OWNER_RG, Map.entry(rg, BuiltInRoles.OWNER)),
                    Map.entry(Caller.CONTRIBUTOR_RG, Map.entry(rg, BuiltInRoles.CONTRIBUTOR)),
                    Map.entry(Caller.READER_RG, Map.entry(rg, BuiltInRoles.READER)))) {
                ObjectId id = ObjectId.of(String.format("0d000000-0000-4000-8000-0000000000%02x", n++));
                ports.directoryUsers().add(workAccount(id, grant.getKey().name(), upn(grant.getKey()), hash));
                assign(
                        grant.getValue().getKey(),
                        id,
                        RoleAssignment.PrincipalType.User,
                        grant.getValue().getValue());
            }
            ports.directoryUsers().add(workAccount(GRANTEE, "member without roles", upn(Caller.MEMBER_NO_ROLE), hash));
            ObjectId guest = ObjectId.of("0d000000-0000-4000-8000-0000000000b0");
            ports.directoryUsers()
                    .add(new DirectoryUser(
                            guest,
                            DEFAULT,
                            "Lee Gu",
                            "lee.gu_contoso.onmicrosoft.com#EXT#@" + DOMAIN,
                            Email.of("lee.gu@contoso.onmicrosoft.com"),
                            DirectoryUser.UserType.Guest,
                            DirectoryUser.Source.EXTERNAL_WORK_ACCOUNT,
                            new Identity.Work(Worlds.CONTOSO, Worlds.LEE_GU),
                            DirectoryUser.InvitationState.Accepted,
                            null));
            assign(sub, guest, RoleAssignment.PrincipalType.User, BuiltInRoles.READER);
            ports.appRegistrations()
                    .add(new AppRegistration(
                            NO_ROLES_CLIENT,
                            DEFAULT,
                            ObjectId.of("0d000000-0000-4000-8000-0000000000c0"),
                            "no-roles",
                            List.of(new ClientSecret(
                                    UUID.fromString("5ec00000-0000-4000-8000-0000000000c0"),
                                    "no-",
                                    ports.passwordHasher().hash(NO_ROLES_SECRET),
                                    Worlds.NOW.plus(Duration.ofDays(365)))),
                            List.of()));
            addGroupPrincipals(sub, rg, hash);
            return null;
        });
    }

    /**
     * A user who is Contributor on rg-web only as a member of a group nested in the group that holds
     * the role, and an app that is Reader on the subscription only as a member of a group.
     */
    private void addGroupPrincipals(Scope sub, Scope rg, dev.cerulean.core.account.PasswordHash hash) {
        ObjectId member = ObjectId.of("0d000000-0000-4000-8000-0000000000d0");
        Caller nested = Caller.CONTRIBUTOR_RG_THROUGH_NESTED_GROUPS;
        ports.directoryUsers().add(workAccount(member, nested.name(), upn(nested), hash));
        Group outer = new Group(
                ObjectId.of("0e000000-0000-4000-8000-0000000000e1"), DEFAULT, "outer", "outer", null, Worlds.NOW);
        Group inner = new Group(
                ObjectId.of("0e000000-0000-4000-8000-0000000000e2"), DEFAULT, "inner", "inner", null, Worlds.NOW);
        Group readers = new Group(
                ObjectId.of("0e000000-0000-4000-8000-0000000000e3"), DEFAULT, "readers", "readers", null, Worlds.NOW);
        List.of(outer, inner, readers).forEach(ports.groups()::add);
        ports.groups().addMember(DEFAULT, outer.id(), new GroupMember(inner.id(), GroupMember.Type.Group));
        ports.groups().addMember(DEFAULT, inner.id(), new GroupMember(member, GroupMember.Type.User));
        assign(rg, outer.id(), RoleAssignment.PrincipalType.Group, BuiltInRoles.CONTRIBUTOR);
        ObjectId app = ObjectId.of("0d000000-0000-4000-8000-0000000000c1");
        ports.appRegistrations()
                .add(new AppRegistration(
                        GROUPED_CLIENT,
                        DEFAULT,
                        app,
                        "grouped",
                        List.of(new ClientSecret(
                                UUID.fromString("5ec00000-0000-4000-8000-0000000000c1"),
                                "gro",
                                ports.passwordHasher().hash(GROUPED_SECRET),
                                Worlds.NOW.plus(Duration.ofDays(365)))),
                        List.of()));
        ports.groups().addMember(DEFAULT, readers.id(), new GroupMember(app, GroupMember.Type.ServicePrincipal));
        assign(sub, readers.id(), RoleAssignment.PrincipalType.Group, BuiltInRoles.READER);
    }

    private static DirectoryUser workAccount(
            ObjectId id, String name, String upn, dev.cerulean.core.account.PasswordHash hash) {
        return new DirectoryUser(
                id,
                DEFAULT,
                name,
                upn,
                Email.of(upn),
                DirectoryUser.UserType.Member,
                DirectoryUser.Source.WORK_ACCOUNT,
                new Identity.Work(DEFAULT, id),
                null,
                hash);
    }

    void assign(
            Scope scope,
            ObjectId principal,
            RoleAssignment.PrincipalType type,
            dev.cerulean.core.access.RoleDefinition role) {
        ports.roleAssignments()
                .add(new RoleAssignment(
                        new RoleAssignmentId(UUID.randomUUID()),
                        scope,
                        principal,
                        type,
                        role.id(),
                        DEFAULT,
                        Worlds.NOW,
                        "kelley.wall@outlook.com"));
    }
}
