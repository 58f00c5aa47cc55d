package dev.cerulean.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.world.World.AssignmentSpec;
import dev.cerulean.core.world.World.PrincipalRef;
import dev.cerulean.core.world.World.SubscriptionSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Role assignments in world files: checked against the subscription, its directory (R25) and ARM's limits. */
class LoadWorldAssignmentsTest extends LoadWorldFixture {
    @Test
    void checksAssignmentsAgainstTheSubscription() {
        // given an assignment of an unknown role to an unknown user at a missing resource group
        World bad = small(
                s -> new SubscriptionSpec(
                        s.id(),
                        s.name(),
                        s.offer(),
                        s.state(),
                        s.directory(),
                        s.accountAdministrator(),
                        s.serviceAdministrator(),
                        null,
                        List.of(),
                        s.resourceGroups(),
                        List.of(),
                        List.of(new AssignmentSpec(
                                null,
                                "/subscriptions/" + SUB + "/resourceGroups/rg-missing",
                                new PrincipalRef("ghost@fabrikam.onmicrosoft.com", null, null, null),
                                "Wizard",
                                null,
                                null,
                                null))),
                d -> d);

        // then
        assertThat(problemsOf(bad))
                .extracting(WorldProblem::path)
                .containsExactlyInAnyOrder(
                        "/subscriptions/0/roleAssignments/0/scope",
                        "/subscriptions/0/roleAssignments/0/role",
                        "/subscriptions/0/roleAssignments/0/principal/user");
        assertStoreEmpty();
    }

    @Test
    void RoleAssignmentDescriptionTooLong_isAProblemOfTheAssignmentAndNothingIsWritten() {
        // given an assignment whose description is one character too long
        World bad = small(
                s -> withAssignments(
                        s,
                        List.of(new AssignmentSpec(
                                null,
                                "/subscriptions/" + SUB,
                                new PrincipalRef("ann@fabrikam.onmicrosoft.com", null, null, null),
                                "Reader",
                                "d".repeat(RoleAssignment.DESCRIPTION_LIMIT + 1),
                                null,
                                null))),
                d -> d);

        // then
        assertThat(problemsOf(bad)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/subscriptions/0/roleAssignments/0/description");
            assertThat(p.message()).contains("2048");
        });
        assertStoreEmpty();
    }

    @Test
    void R25_assignmentPrincipalMustBeInTheSubscriptionsDirectory() {
        // given the demo world's Contoso user assigned in a Default Directory subscription
        World demo = DemoWorld.world();
        var sub = demo.subscriptions().get(0);
        var assignments = new ArrayList<>(sub.roleAssignments());
        assignments.add(new AssignmentSpec(
                null,
                "/subscriptions/" + sub.id(),
                new PrincipalRef("megan.bowen@contoso.onmicrosoft.com", null, null, null),
                "Owner",
                null,
                null,
                null));
        World bad = new World(
                demo.accounts(),
                demo.directories(),
                List.of(new SubscriptionSpec(
                        sub.id(),
                        sub.name(),
                        sub.offer(),
                        sub.state(),
                        sub.directory(),
                        sub.accountAdministrator(),
                        sub.serviceAdministrator(),
                        null,
                        sub.coAdministrators(),
                        sub.resourceGroups(),
                        sub.customRoles(),
                        assignments)));

        // then
        assertThat(problemsOf(bad))
                .extracting(WorldProblem::path)
                .containsExactly("/subscriptions/0/roleAssignments/2/principal/user");
        assertThat(ports.directories().all()).isEmpty();
    }

    @Test
    void RoleAssignmentExists_theSamePrincipalRoleAndScopeTwiceIsAProblemWhateverTheScopesCase() {
        // given Ann as Reader of the subscription twice, and of rg-a twice (once spelled RG-A)
        PrincipalRef ann = new PrincipalRef("ann@fabrikam.onmicrosoft.com", null, null, null);
        List<AssignmentSpec> twice = List.of(
                new AssignmentSpec(null, "/subscriptions/" + SUB, ann, "Reader", null, null, null),
                new AssignmentSpec(
                        null, "/subscriptions/" + SUB.toString().toUpperCase(), ann, "Reader", null, null, null),
                new AssignmentSpec(
                        null, "/subscriptions/" + SUB + "/resourceGroups/rg-a", ann, "Reader", null, null, null),
                new AssignmentSpec(
                        null, "/subscriptions/" + SUB + "/resourceGroups/RG-A", ann, "Reader", null, null, null),
                new AssignmentSpec(null, "/subscriptions/" + SUB, ann, "Contributor", null, null, null));
        World bad = small(s -> withAssignments(s, twice), d -> d);

        // then each second one is a problem, and the other role is not
        assertThat(problemsOf(bad))
                .extracting(WorldProblem::path)
                .containsExactly("/subscriptions/0/roleAssignments/1", "/subscriptions/0/roleAssignments/3");
        assertStoreEmpty();
    }
}
