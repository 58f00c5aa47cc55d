package dev.cerulean.core.access;

import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.NOW;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.RemoveCoAdministrator;
import dev.cerulean.core.subscription.Subscription;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Authorize reuses the access it built only while the subscription row and the root assignments are unchanged. */
class AuthorizeCacheTest {
    static final String VM_WRITE = "Microsoft.Compute/virtualMachines/write";
    static final String ASSIGN = "Microsoft.Authorization/roleAssignments/write";
    static final Scope VM = Scope.of(Worlds.VM_WEB);
    static final Scope RG_WEB = Scope.resourceGroup(SUBSCRIPTION, "rg-web");
    static final RoleAssignmentId NEW_ID = RoleAssignmentId.of("0a000000-0000-4000-8000-000000000100");

    final AccessFixture f = new AccessFixture();

    @Test
    void aSecondDecisionReadsOnlyTheSubscriptionAndTheRootAssignments() {
        Worlds.KelleyWall world = Worlds.kelleyWall();
        Ports p = world.ports();
        CountingAssignments counting = new CountingAssignments(p.roleAssignments());
        Authorize authorize =
                new Authorize(p.subscriptions(), p.coAdministrators(), counting, p.roleDefinitions(), p.groups());

        assertThat(authorize.decide(world.samReader(), "Microsoft.Compute/virtualMachines/read", VM))
                .isEqualTo(Decision.AllowedByRoleAssignment);
        assertThat(authorize.decide(world.samReader(), "Microsoft.Compute/virtualMachines/read", VM))
                .isEqualTo(Decision.AllowedByRoleAssignment);

        assertThat(counting.ofCalls).hasValue(1);
        assertThat(counting.atRootCalls).hasValue(2);
    }

    @Test
    void anAddedAndARemovedAssignmentChangeACachedDecision() {
        assertThat(f.authorize.decide(f.world.samReader(), VM_WRITE, VM)).isEqualTo(Decision.DeniedNoPermission);
        long version = f.version();

        f.createAssignment()
                .create(
                        f.world.kelleyMsaInDefault(),
                        new CreateRoleAssignment.Request(NEW_ID, RG_WEB, BuiltInRoles.CONTRIBUTOR.id(), SAM_READER))
                .orThrow();
        assertThat(f.version()).isGreaterThan(version);
        assertThat(f.authorize.decide(f.world.samReader(), VM_WRITE, VM)).isEqualTo(Decision.AllowedByRoleAssignment);

        f.deleteAssignment()
                .delete(f.world.kelleyMsaInDefault(), RG_WEB, NEW_ID)
                .orThrow();
        assertThat(f.authorize.decide(f.world.samReader(), VM_WRITE, VM)).isEqualTo(Decision.DeniedNoPermission);
    }

    @Test
    void R29_aRootAssignmentThatAppearsChangesACachedDecisionThoughTheVersionStays() {
        Scope sub = Scope.subscription(SUBSCRIPTION);
        assertThat(f.authorize.decide(f.world.samReader(), ASSIGN, sub)).isEqualTo(Decision.DeniedNoPermission);
        long version = f.version();

        f.p.roleAssignments()
                .add(new RoleAssignment(
                        RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000ff"),
                        Scope.ROOT,
                        SAM_READER,
                        RoleAssignment.PrincipalType.User,
                        BuiltInRoles.USER_ACCESS_ADMINISTRATOR.id(),
                        DEFAULT_DIRECTORY,
                        NOW,
                        "test"));

        assertThat(f.version()).isEqualTo(version);
        assertThat(f.authorize.decide(f.world.samReader(), ASSIGN, sub)).isEqualTo(Decision.AllowedByRoleAssignment);
    }

    @Test
    void changesMadeThroughAnotherNodeOnTheSameDatabaseAreSeen() {
        // node A: the fixture's Authorize, its cache warm; node B: its own Authorize and use cases, same ports
        Ports p = f.p;
        Authorize nodeB = new Authorize(
                p.subscriptions(), p.coAdministrators(), p.roleAssignments(), p.roleDefinitions(), p.groups());
        ActivityRecorder activity = new ActivityRecorder(p.activityLog(), p.clock(), p.ids());
        CreateRoleAssignment createOnB = new CreateRoleAssignment(
                p.transactions(),
                nodeB,
                p.subscriptions(),
                p.resourceGroups(),
                p.resources(),
                p.roleDefinitions(),
                p.roleAssignments(),
                p.directoryUsers(),
                p.appRegistrations(),
                p.groups(),
                activity,
                p.clock());
        RemoveCoAdministrator removeOnB =
                new RemoveCoAdministrator(p.subscriptions(), p.coAdministrators(), p.transactions(), activity);
        Scope sub = Scope.subscription(SUBSCRIPTION);
        assertThat(f.authorize.decide(f.world.samReader(), VM_WRITE, VM)).isEqualTo(Decision.DeniedNoPermission);
        assertThat(f.authorize.decide(f.world.alexMsaInDefault(), VM_WRITE, sub))
                .isEqualTo(Decision.AllowedAsClassicAdministrator);

        createOnB
                .create(
                        f.world.kelleyMsaInDefault(),
                        new CreateRoleAssignment.Request(NEW_ID, RG_WEB, BuiltInRoles.CONTRIBUTOR.id(), SAM_READER))
                .orThrow();
        removeOnB
                .remove(f.world.kelleyMsaInDefault(), SUBSCRIPTION, "alex.ops@outlook.com")
                .orThrow();

        assertThat(f.authorize.decide(f.world.samReader(), VM_WRITE, VM)).isEqualTo(Decision.AllowedByRoleAssignment);
        assertThat(f.authorize.decide(f.world.alexMsaInDefault(), VM_WRITE, sub))
                .isNotEqualTo(Decision.AllowedAsClassicAdministrator);
    }

    @Test
    void aCustomRoleDeletedElsewhereNoLongerGrants() {
        Ports p = f.p;
        RoleDefinition custom = new RoleDefinition(
                dev.cerulean.core.common.RoleDefinitionId.of("0c000000-0000-4000-8000-0000000000aa"),
                "VM Operator",
                "test",
                false,
                SUBSCRIPTION,
                List.of(VM_WRITE),
                List.of(),
                List.of(Scope.subscription(SUBSCRIPTION)));
        p.roleDefinitions().add(custom);
        p.roleAssignments()
                .add(new RoleAssignment(
                        NEW_ID,
                        RG_WEB,
                        SAM_READER,
                        RoleAssignment.PrincipalType.User,
                        custom.id(),
                        DEFAULT_DIRECTORY,
                        NOW,
                        "test"));
        p.subscriptions().touch(SUBSCRIPTION);
        assertThat(f.authorize.decide(f.world.samReader(), VM_WRITE, VM)).isEqualTo(Decision.AllowedByRoleAssignment);

        p.roleDefinitions().remove(custom.id());
        p.subscriptions().touch(SUBSCRIPTION);

        assertThat(f.authorize.decide(f.world.samReader(), VM_WRITE, VM)).isEqualTo(Decision.DeniedNoPermission);
    }

    @Test
    void theCacheIsBounded() {
        AccessCache cache = new AccessCache(1);
        Subscription first = f.world.subscription();
        Subscription second = new Subscription(
                SubscriptionId.of("6c6c6c6c-0000-4000-8000-000000000004"),
                "Other",
                first.offer(),
                first.state(),
                first.directory(),
                first.accountAdministrator(),
                first.serviceAdministrator(),
                false,
                1);
        SubscriptionAccess access = f.authorize.accessOf(SUBSCRIPTION).orElseThrow();

        cache.put(first, List.of(), access);
        cache.put(second, List.of(), access);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get(first, List.of())).isNull();
        assertThat(cache.get(second, List.of())).isSameAs(access);
        assertThat(cache.get(second.withVersion(2), List.of())).isNull();
    }

    /** Counts the reads Authorize makes. */
    static final class CountingAssignments implements RoleAssignments {
        final RoleAssignments inner;
        final AtomicInteger ofCalls = new AtomicInteger();
        final AtomicInteger atRootCalls = new AtomicInteger();

        CountingAssignments(RoleAssignments inner) {
            this.inner = inner;
        }

        @Override
        public void add(RoleAssignment assignment) {
            inner.add(assignment);
        }

        @Override
        public void remove(RoleAssignmentId id) {
            inner.remove(id);
        }

        @Override
        public Optional<RoleAssignment> byId(RoleAssignmentId id) {
            return inner.byId(id);
        }

        @Override
        public int countOf(SubscriptionId subscription) {
            return inner.countOf(subscription);
        }

        @Override
        public List<RoleAssignment> ofPrincipal(ObjectId principal) {
            return inner.ofPrincipal(principal);
        }

        @Override
        public void removeAll(SubscriptionId subscription) {
            inner.removeAll(subscription);
        }

        @Override
        public List<RoleAssignment> of(SubscriptionId subscription) {
            ofCalls.incrementAndGet();
            return inner.of(subscription);
        }

        @Override
        public List<RoleAssignment> atRoot(DirectoryId directory) {
            atRootCalls.incrementAndGet();
            return inner.atRoot(directory);
        }
    }
}
