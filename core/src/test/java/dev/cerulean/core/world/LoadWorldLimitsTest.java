package dev.cerulean.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.access.RoleAssignment.PrincipalType;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.AddCoAdministrator;
import dev.cerulean.core.world.World.AccountSpec;
import dev.cerulean.core.world.World.AssignmentSpec;
import dev.cerulean.core.world.World.CoAdministratorSpec;
import dev.cerulean.core.world.World.PrincipalRef;
import dev.cerulean.core.world.World.SubscriptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The per-subscription limits of world files (R28 role assignments, R21 co-administrators) at
 * their edges: counted per subscription as assignments are planned, so that a world with many
 * subscriptions at their limits loads in time linear in its size.
 */
class LoadWorldLimitsTest extends LoadWorldFixture {
    private static final SubscriptionId OTHER = SubscriptionId.of("50000000-0000-4000-8000-000000000002");

    @Test
    void R28_RoleAssignmentLimitExceeded_theAssignmentOverTheLimitIsAProblemAndNothingIsWritten() {
        // given two subscriptions: one at the limit, one a single assignment over it
        World world = twoSubscriptions(CreateRoleAssignment.LIMIT, CreateRoleAssignment.LIMIT + 1, 0);

        // then only the assignment past the limit of the second subscription is a problem
        assertThat(problemsOf(world)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/subscriptions/1/roleAssignments/" + CreateRoleAssignment.LIMIT);
            assertThat(p.message()).isEqualTo("at most 4000 role assignments per subscription");
        });
        assertStoreEmpty();
    }

    @Test
    void R28_RoleAssignmentLimit_isPerSubscription_twoSubscriptionsAtTheLimitLoad() {
        // given two subscriptions, each exactly at the limit (8,000 assignments in the world)
        World world = twoSubscriptions(CreateRoleAssignment.LIMIT, CreateRoleAssignment.LIMIT, 0);

        // when
        LoadWorld.Result result = new LoadWorld(ports).load(world);

        // then both load with all their assignments
        assertThat(result.isLoaded()).isTrue();
        assertThat(ports.roleAssignments().of(SUB)).hasSize(CreateRoleAssignment.LIMIT);
        assertThat(ports.roleAssignments().of(OTHER)).hasSize(CreateRoleAssignment.LIMIT);
    }

    @Test
    void R21_CoAdministratorLimitReached_moreThanTheLimitIsAProblemAndNothingIsWritten() {
        // given a subscription with one co-administrator too many
        World world = twoSubscriptions(1, 1, AddCoAdministrator.LIMIT + 1);

        // then
        assertThat(problemsOf(world)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/subscriptions/1/coAdministrators");
            assertThat(p.message()).isEqualTo("at most " + AddCoAdministrator.LIMIT + " co-administrators");
        });
        assertStoreEmpty();
    }

    /**
     * The small world with its subscription holding {@code first} Reader assignments and a second
     * subscription of the same directory holding {@code second}, and {@code coAdmins} co-administrators
     * (Microsoft accounts added to the world).
     */
    private static World twoSubscriptions(int first, int second, int coAdmins) {
        World base = small(s -> s, d -> d);
        SubscriptionSpec s = base.subscriptions().get(0);
        List<AccountSpec> accounts = new ArrayList<>(base.accounts());
        List<CoAdministratorSpec> co = new ArrayList<>();
        for (int i = 0; i < coAdmins; i++) {
            String email = "co" + i + "@outlook.com";
            accounts.add(new AccountSpec(null, email, "Co " + i, "pw-Co-1", null, null));
            co.add(new CoAdministratorSpec(email, null, null));
        }
        return new World(
                accounts,
                base.directories(),
                List.of(withAssignments(s, SUB, first, List.of()), withAssignments(s, OTHER, second, co)));
    }

    private static SubscriptionSpec withAssignments(
            SubscriptionSpec s, SubscriptionId id, int count, List<CoAdministratorSpec> coAdmins) {
        List<AssignmentSpec> assignments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // a distinct principal each (an object named by id, as a managed identity would be)
            ObjectId principal = new ObjectId(new UUID(0x0b0000000000_4000L, 0x8000_000000000000L + i));
            assignments.add(new AssignmentSpec(
                    null,
                    "/subscriptions/" + id,
                    new PrincipalRef(null, null, principal, PrincipalType.ServicePrincipal),
                    "Reader",
                    null,
                    null,
                    null));
        }
        return new SubscriptionSpec(
                id,
                s.name(),
                s.offer(),
                s.state(),
                s.directory(),
                s.accountAdministrator(),
                s.serviceAdministrator(),
                null,
                coAdmins,
                List.of(),
                List.of(),
                assignments);
    }
}
