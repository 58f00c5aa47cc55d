package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.T0;
import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.objectId;
import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static dev.cerulean.core.contract.ContractData.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.Resource;
import org.junit.jupiter.api.Test;

public abstract class RoleAssignmentsContract extends PortContract {
    private final DirectoryId contoso = directoryId();
    private final SubscriptionId payg = subscriptionId();
    private final SubscriptionId other = subscriptionId();
    private final ObjectId megan = objectId();

    private RoleAssignment assignment(Scope scope, ObjectId principal, DirectoryId directory) {
        return new RoleAssignment(
                new RoleAssignmentId(uuid()),
                scope,
                principal,
                RoleAssignment.PrincipalType.User,
                BuiltInRoles.READER.id(),
                directory,
                T0,
                "kelley.wall@outlook.com");
    }

    @Test
    void anAssignmentRoundTripsWithItsScopeAsWritten() {
        Scope vault = Scope.of(ResourceId.of(payg, "rg-Web", Resource.KEY_VAULT, "kv-Web"));
        RoleAssignment a = new RoleAssignment(
                new RoleAssignmentId(uuid()),
                vault,
                megan,
                RoleAssignment.PrincipalType.ServicePrincipal,
                BuiltInRoles.CONTRIBUTOR.id(),
                contoso,
                T0,
                null);

        ports.roleAssignments().add(a);

        RoleAssignment stored = ports.roleAssignments().byId(a.id()).orElseThrow();
        assertThat(stored).isEqualTo(a);
        assertThat(stored.scope().toString()).isEqualTo(vault.toString());
        assertThat(stored.scope().level()).isEqualTo(Scope.Level.RESOURCE);
        assertThat(ports.roleAssignments().byId(new RoleAssignmentId(uuid()))).isEmpty();
    }

    @Test
    void theDescriptionRoundTripsUpToItsLimitInEveryListingAndNoneStaysNull() {
        String note = "Megan reads the subscription for the quarterly audit – åäö \"quoted\" 'single'";
        RoleAssignment described =
                assignment(Scope.subscription(payg), megan, contoso).withDescription(note);
        RoleAssignment longest = assignment(Scope.resourceGroup(payg, "rg-web"), megan, contoso)
                .withDescription("x".repeat(RoleAssignment.DESCRIPTION_LIMIT));
        RoleAssignment atRoot = assignment(Scope.ROOT, megan, contoso).withDescription("root note");
        RoleAssignment without = assignment(Scope.subscription(payg), objectId(), contoso);
        for (RoleAssignment a : new RoleAssignment[] {described, longest, atRoot, without})
            ports.roleAssignments().add(a);

        assertThat(ports.roleAssignments().byId(described.id())).contains(described);
        assertThat(ports.roleAssignments().byId(longest.id()).orElseThrow().description())
                .hasSize(RoleAssignment.DESCRIPTION_LIMIT);
        assertThat(ports.roleAssignments().byId(without.id()).orElseThrow().description())
                .isNull();
        assertThat(ports.roleAssignments().of(payg)).containsExactlyInAnyOrder(described, longest, without);
        assertThat(ports.roleAssignments().atRoot(contoso)).containsExactly(atRoot);
        assertThat(ports.roleAssignments().ofPrincipal(megan)).contains(described, longest, atRoot);
    }

    @Test
    void ofASubscriptionIsEveryAssignmentAtItsScopeOrBelow() {
        RoleAssignment atSubscription = assignment(Scope.subscription(payg), megan, contoso);
        RoleAssignment atGroup = assignment(Scope.resourceGroup(payg, "rg-web"), megan, contoso);
        RoleAssignment atResource = assignment(
                Scope.of(ResourceId.of(payg, "rg-web", Resource.VIRTUAL_MACHINE, "vm")), objectId(), contoso);
        RoleAssignment atRoot = assignment(Scope.ROOT, megan, contoso);
        RoleAssignment elsewhere = assignment(Scope.subscription(other), megan, contoso);
        for (RoleAssignment a : new RoleAssignment[] {atSubscription, atGroup, atResource, atRoot, elsewhere}) {
            ports.roleAssignments().add(a);
        }

        assertThat(ports.roleAssignments().of(payg)).containsExactlyInAnyOrder(atSubscription, atGroup, atResource);
        assertThat(ports.roleAssignments().countOf(payg)).isEqualTo(3);
        assertThat(ports.roleAssignments().countOf(subscriptionId())).isZero();
    }

    @Test
    void atRootListsTheRootAssignmentsOfThatDirectory() {
        RoleAssignment root = assignment(Scope.ROOT, megan, contoso);
        ports.roleAssignments().add(root);
        ports.roleAssignments().add(assignment(Scope.ROOT, megan, directoryId()));
        ports.roleAssignments().add(assignment(Scope.subscription(payg), megan, contoso));

        assertThat(ports.roleAssignments().atRoot(contoso)).containsExactly(root);
        assertThat(ports.roleAssignments().atRoot(contoso).get(0).scope().level())
                .isEqualTo(Scope.Level.ROOT);
    }

    @Test
    void ofPrincipalListsThePrincipalsAssignmentsEverywhere() {
        RoleAssignment a = assignment(Scope.subscription(payg), megan, contoso);
        RoleAssignment b = assignment(Scope.ROOT, megan, contoso);
        RoleAssignment c = assignment(Scope.resourceGroup(other, "rg"), megan, contoso);
        ports.roleAssignments().add(a);
        ports.roleAssignments().add(b);
        ports.roleAssignments().add(c);
        ports.roleAssignments().add(assignment(Scope.subscription(payg), objectId(), contoso));

        assertThat(ports.roleAssignments().ofPrincipal(megan)).containsExactlyInAnyOrder(a, b, c);
    }

    @Test
    void removeDeletesOneAssignment() {
        RoleAssignment a = assignment(Scope.subscription(payg), megan, contoso);
        RoleAssignment b = assignment(Scope.resourceGroup(payg, "rg"), megan, contoso);
        ports.roleAssignments().add(a);
        ports.roleAssignments().add(b);

        ports.roleAssignments().remove(a.id());

        assertThat(ports.roleAssignments().byId(a.id())).isEmpty();
        assertThat(ports.roleAssignments().of(payg)).containsExactly(b);
    }

    @Test
    void removeAllDeletesEverythingAtOrBelowTheSubscriptionOnly() {
        RoleAssignment root = assignment(Scope.ROOT, megan, contoso);
        RoleAssignment elsewhere = assignment(Scope.subscription(other), megan, contoso);
        ports.roleAssignments().add(root);
        ports.roleAssignments().add(elsewhere);
        ports.roleAssignments().add(assignment(Scope.subscription(payg), megan, contoso));
        ports.roleAssignments().add(assignment(Scope.resourceGroup(payg, "rg"), objectId(), contoso));

        ports.roleAssignments().removeAll(payg);

        assertThat(ports.roleAssignments().of(payg)).isEmpty();
        assertThat(ports.roleAssignments().countOf(payg)).isZero();
        assertThat(ports.roleAssignments().of(other)).containsExactly(elsewhere);
        assertThat(ports.roleAssignments().atRoot(contoso)).containsExactly(root);
    }

    @Test
    void manyAssignmentsAddedAsOneBatchReadBackEachAsWritten() {
        java.util.List<RoleAssignment> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Scope scope = i % 2 == 0 ? Scope.subscription(payg) : Scope.resourceGroup(payg, "rg-" + i);
            RoleAssignment a = assignment(scope, objectId(), contoso);
            batch.add(i % 3 == 0 ? a.withDescription("restored " + i) : a);
        }

        ports.roleAssignments().addAll(batch);
        ports.roleAssignments().addAll(java.util.List.of());

        assertThat(ports.roleAssignments().of(payg)).containsExactlyInAnyOrderElementsOf(batch);
        assertThat(ports.roleAssignments().countOf(payg)).isEqualTo(50);
        assertThat(ports.roleAssignments().byId(batch.get(3).id())).contains(batch.get(3));
    }

    @Test
    void existingIdsNamesOnlyTheStoredOnesWhereverTheyAre() {
        RoleAssignment here = assignment(Scope.subscription(payg), megan, contoso);
        RoleAssignment elsewhere = assignment(Scope.subscription(other), megan, contoso);
        RoleAssignment atRoot = assignment(Scope.ROOT, megan, contoso);
        ports.roleAssignments().addAll(java.util.List.of(here, elsewhere, atRoot));
        java.util.List<RoleAssignmentId> asked = new java.util.ArrayList<>();
        for (int i = 0; i < 1200; i++) asked.add(new RoleAssignmentId(uuid()));
        asked.add(here.id());
        asked.add(elsewhere.id());
        asked.add(atRoot.id());
        asked.add(here.id());

        assertThat(ports.roleAssignments().existingIds(asked))
                .containsExactlyInAnyOrder(here.id(), elsewhere.id(), atRoot.id());
        assertThat(ports.roleAssignments().existingIds(java.util.List.of())).isEmpty();
    }
}
