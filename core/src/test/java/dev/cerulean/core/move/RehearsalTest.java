package dev.cerulean.core.move;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;

import dev.cerulean.core.UseCases;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.CreateCustomRole;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.group.CreateGroup;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.fixtures.Worlds;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rehearsal's world: a plan with a group, a custom role and an identity holding roles, the change, a mapping. */
abstract class RehearsalTest extends LinkedWorldTest {
    static final ObjectId SAM_IN_CONTOSO = ObjectId.of("0c000000-0000-4000-8000-0000000000bb");
    static final RoleAssignmentId GROUP_ASSIGNMENT = RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000c1");
    static final RoleAssignmentId OPERATOR_ASSIGNMENT = RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000c2");
    static final RoleAssignmentId VM_ASSIGNMENT = RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000c3");

    final UseCases uses = Worlds.useCases(p);
    Group webOps;
    Group contosoWebOps;
    RoleDefinition operator;

    /** Sam's guest in Contoso, a group of each name, a custom role, the VM's identity holding a role. */
    MovePlan planned() {
        samIsGuestOfContoso();
        webOps = group(kelley, "Web ops");
        contosoWebOps = uses.groups()
                .create()
                .create(
                        w.world().contosoGlobalAdministrator(),
                        CONTOSO,
                        CreateGroup.Request.security("Web ops", "web-ops", null))
                .orThrow();
        operator = uses.access()
                .createCustomRole()
                .create(
                        kelley,
                        new CreateCustomRole.Request(
                                SUBSCRIPTION,
                                null,
                                "VM operator",
                                "Starts and stops machines",
                                List.of("Microsoft.Compute/virtualMachines/*"),
                                List.of()))
                .orThrow();
        assign(GROUP_ASSIGNMENT, BuiltInRoles.READER.id(), webOps.id());
        assign(OPERATOR_ASSIGNMENT, operator.id(), Worlds.SAM_READER);
        assign(VM_ASSIGNMENT, BuiltInRoles.READER.id(), Worlds.VM_WEB_IDENTITY);
        return uses.move()
                .planDirectoryChange()
                .plan(kelley, SUBSCRIPTION, CONTOSO)
                .orThrow();
    }

    private Group group(Caller caller, String name) {
        return uses.groups()
                .create()
                .create(caller, DEFAULT_DIRECTORY, CreateGroup.Request.security(name, name.replace(' ', '-'), null))
                .orThrow();
    }

    private void assign(RoleAssignmentId id, dev.cerulean.core.common.RoleDefinitionId role, ObjectId principal) {
        uses.access()
                .createRoleAssignment()
                .create(kelley, new CreateRoleAssignment.Request(id, Scope.subscription(SUBSCRIPTION), role, principal))
                .orThrow();
    }

    void move() {
        w.changeDirectory()
                .apply(kelley, w.preview(kelley, DirectoryChangeMode.MODERN))
                .orThrow();
    }

    /** Kelley's Microsoft account, the service administrator, signed in to Contoso after the move. */
    Caller kelleyInContoso() {
        DirectoryUser user = p.directoryUsers().ofPerson(new Identity.Personal(Worlds.KELLEY_MSA)).stream()
                .filter(u -> u.directory().equals(CONTOSO))
                .findFirst()
                .orElseThrow();
        return new Caller(user.person(), CONTOSO, user.id(), Email.of("kelley.wall@outlook.com"));
    }

    MoveMapping mapping() {
        return new MoveMapping(
                Map.of(Worlds.SAM_READER, SAM_IN_CONTOSO, webOps.id(), contosoWebOps.id()),
                Set.of(Worlds.VM_WEB_IDENTITY));
    }
}
