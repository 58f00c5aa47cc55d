package dev.cerulean.core.access;

import static dev.cerulean.core.fixtures.Worlds.ALEX_IN_DEFAULT;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.fixtures.Worlds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Many assignments at once: each decided by the single PUT's rules, in order, written and logged as one batch. */
class CreateRoleAssignmentsBatchTest {
    static final Scope SUB = Scope.subscription(SUBSCRIPTION);

    final AccessFixture f = new AccessFixture();
    final CreateRoleAssignment create = f.createAssignment();

    private static CreateRoleAssignment.Request request(int n, Scope scope, ObjectId principal) {
        return new CreateRoleAssignment.Request(
                RoleAssignmentId.of(String.format("0b000000-0000-4000-8000-%012d", n)),
                scope,
                BuiltInRoles.READER.id(),
                principal);
    }

    private List<CreateRoleAssignment.Request> mixed() {
        List<CreateRoleAssignment.Request> requests = new ArrayList<>();
        requests.add(request(1, SUB, ALEX_IN_DEFAULT));
        // the same access again under another id: the batch sees its own first request
        requests.add(request(2, SUB, ALEX_IN_DEFAULT));
        requests.add(request(3, Scope.resourceGroup(SUBSCRIPTION, "rg-missing"), ALEX_IN_DEFAULT));
        requests.add(request(4, SUB, ObjectId.of("0f000000-0000-4000-8000-0000000000ff")));
        requests.add(request(5, SUB, Worlds.DEMO_AUTOMATION_SP));
        return requests;
    }

    @Test
    void RoleAssignmentExists_ResourceGroupNotFound_PrincipalNotInDirectory_eachRequestDecidedInOrder() {
        long version = f.version();
        int logged = f.p.activityLog().all().size();

        List<Outcome<CreateRoleAssignment.Result>> done = create.createAll(
                f.world.kelleyMsaInDefault(), SUBSCRIPTION, mixed(), CreateRoleAssignment.Pending.NONE, true);

        assertThat(done)
                .extracting(Outcome::code)
                .containsExactly(
                        null,
                        RuleCode.RoleAssignmentExists,
                        RuleCode.ResourceGroupNotFound,
                        RuleCode.PrincipalNotInDirectory,
                        null);
        assertThat(done.get(0).orThrow().created()).isTrue();
        assertThat(f.p.roleAssignments().byId(done.get(4).orThrow().assignment().id()))
                .hasValueSatisfying(
                        a -> assertThat(a.principalType()).isEqualTo(RoleAssignment.PrincipalType.ServicePrincipal));
        assertThat(f.p.activityLog().all()).hasSize(logged + 2);
        assertThat(f.version()).isEqualTo(version + 1);
    }

    @Test
    void aDryRunDecidesTheSameAndWritesNothingAndASecondBatchFindsEverythingPresent() {
        AccessFixture.Snapshot before = f.snapshot();

        var dry = create.createAll(
                f.world.kelleyMsaInDefault(), SUBSCRIPTION, mixed(), CreateRoleAssignment.Pending.NONE, false);

        assertThat(f.snapshot()).isEqualTo(before);
        var real = create.createAll(
                f.world.kelleyMsaInDefault(), SUBSCRIPTION, mixed(), CreateRoleAssignment.Pending.NONE, true);
        assertThat(dry)
                .extracting(Outcome::code)
                .isEqualTo(real.stream().map(Outcome::code).toList());
        AccessFixture.Snapshot written = f.snapshot();
        var again = create.createAll(
                f.world.kelleyMsaInDefault(), SUBSCRIPTION, mixed(), CreateRoleAssignment.Pending.NONE, true);
        assertThat(again.get(0).orThrow().created()).isFalse();
        assertThat(again.get(4).orThrow().created()).isFalse();
        assertThat(f.snapshot()).isEqualTo(written);
    }

    @Test
    void AuthorizationFailed_RoleAssignmentLimitExceeded_aReaderAssignsNothingAndTheLimitHoldsInsideABatch() {
        AccessFixture.Snapshot before = f.snapshot();
        var reader = create.createAll(
                f.world.samReader(), SUBSCRIPTION, mixed().subList(0, 1), CreateRoleAssignment.Pending.NONE, true);
        assertThat(reader).extracting(Outcome::code).containsExactly(RuleCode.AuthorizationFailed);
        assertThat(f.snapshot()).isEqualTo(before);

        int room = CreateRoleAssignment.LIMIT - f.p.roleAssignments().countOf(SUBSCRIPTION);
        var nearlyFull = new CreateRoleAssignment.Pending(Set.of(), Set.of(), room - 1);
        var limited = create.createAll(
                f.world.kelleyMsaInDefault(),
                SUBSCRIPTION,
                List.of(request(10, SUB, ALEX_IN_DEFAULT), request(11, SUB, SAM_READER)),
                nearlyFull,
                false);
        assertThat(limited).extracting(Outcome::code).containsExactly(null, RuleCode.RoleAssignmentLimitExceeded);
    }
}
