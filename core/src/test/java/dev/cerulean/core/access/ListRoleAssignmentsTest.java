package dev.cerulean.core.access;

import static dev.cerulean.core.fixtures.Worlds.AUTOMATION_ASSIGNMENT;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.KV_WEB;
import static dev.cerulean.core.fixtures.Worlds.NOW;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER_ASSIGNMENT;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.ResourceGroup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListRoleAssignmentsTest {
    static final Scope SUB = Scope.subscription(SUBSCRIPTION);
    static final Scope RG_WEB = Scope.resourceGroup(SUBSCRIPTION, "rg-web");
    static final Scope RG_DATA = Scope.resourceGroup(SUBSCRIPTION, "rg-data");
    static final RoleAssignmentId ON_VAULT = RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000b1");
    static final RoleAssignmentId ON_DATA = RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000b2");
    static final RoleAssignmentId AT_ROOT = RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000b3");

    final AccessFixture f = new AccessFixture();
    final ListRoleAssignments list = f.listAssignments();

    @BeforeEach
    void moreAssignments() {
        f.p.resourceGroups().add(new ResourceGroup(SUBSCRIPTION, "rg-data", "westeurope", Map.of()));
        add(ON_VAULT, Scope.of(KV_WEB), Worlds.ALEX_IN_DEFAULT);
        add(ON_DATA, RG_DATA, SAM_READER);
        add(AT_ROOT, Scope.ROOT, Worlds.KELLEY_IN_DEFAULT);
    }

    void add(RoleAssignmentId id, Scope scope, dev.cerulean.core.common.ObjectId principal) {
        f.p.roleAssignments()
                .add(new RoleAssignment(
                        id,
                        scope,
                        principal,
                        RoleAssignment.PrincipalType.User,
                        BuiltInRoles.READER.id(),
                        DEFAULT_DIRECTORY,
                        NOW,
                        "test"));
    }

    static List<RoleAssignmentId> ids(List<RoleAssignment> list) {
        return list.stream().map(RoleAssignment::id).toList();
    }

    @Test
    void atSubscriptionScopeListsEverythingOfTheSubscriptionAndTheRootBroadestFirst() {
        List<RoleAssignment> all =
                list.list(f.world.kelleyMsaInDefault(), SUB, null).orThrow();
        assertThat(ids(all)).containsExactly(AT_ROOT, AUTOMATION_ASSIGNMENT, ON_DATA, SAM_READER_ASSIGNMENT, ON_VAULT);
    }

    @Test
    void atAResourceGroupListsWhatAppliesThereAndWhatLiesBelowButNoSiblings() {
        List<RoleAssignment> atWeb =
                list.list(f.world.kelleyMsaInDefault(), RG_WEB, null).orThrow();
        assertThat(ids(atWeb)).containsExactly(AT_ROOT, AUTOMATION_ASSIGNMENT, SAM_READER_ASSIGNMENT, ON_VAULT);
        List<RoleAssignment> atVault =
                list.list(f.world.kelleyMsaInDefault(), Scope.of(KV_WEB), null).orThrow();
        assertThat(ids(atVault)).containsExactly(AT_ROOT, AUTOMATION_ASSIGNMENT, SAM_READER_ASSIGNMENT, ON_VAULT);
    }

    @Test
    void forOnePrincipal() {
        assertThat(ids(list.list(f.world.kelleyMsaInDefault(), SUB, SAM_READER).orThrow()))
                .containsExactly(ON_DATA, SAM_READER_ASSIGNMENT);
    }

    @Test
    void readerListsWhereItMayRead() {
        assertThat(ids(list.list(f.world.samReader(), RG_WEB, SAM_READER).orThrow()))
                .containsExactly(SAM_READER_ASSIGNMENT);
        assertThat(list.list(f.world.samReader(), SUB, null).code()).isEqualTo(RuleCode.AuthorizationFailed);
    }

    @Test
    void unassignedCallerAndCallerOfAnotherDirectoryAreRefused() {
        assertThat(list.list(f.world.megan(), SUB, null).code()).isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(list.list(f.world.contosoGlobalAdministrator(), RG_WEB, null).code())
                .isEqualTo(RuleCode.AuthorizationFailed);
    }

    @Test
    void unknownSubscriptionIsNotFound() {
        assertThat(list.list(
                                f.world.kelleyMsaInDefault(),
                                Scope.subscription(SubscriptionId.of("6c6c6c6c-0000-4000-8000-000000000004")),
                                null)
                        .code())
                .isEqualTo(RuleCode.SubscriptionNotFound);
    }

    @Test
    void atTheRootOnlyForAnElevatedCaller() {
        assertThat(list.list(f.world.samReader(), Scope.ROOT, null).code()).isEqualTo(RuleCode.AuthorizationFailed);
        // Kelley's root assignment is a Reader one here: */read covers roleAssignments/read
        assertThat(ids(list.list(f.world.kelleyMsaInDefault(), Scope.ROOT, null).orThrow()))
                .containsExactly(AT_ROOT);
    }
}
