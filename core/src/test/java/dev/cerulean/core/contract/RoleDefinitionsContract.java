package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static dev.cerulean.core.contract.ContractData.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class RoleDefinitionsContract extends PortContract {
    private final SubscriptionId payg = subscriptionId();
    private final SubscriptionId other = subscriptionId();

    private static RoleDefinition custom(SubscriptionId s, String name, List<String> notActions) {
        return new RoleDefinition(
                new RoleDefinitionId(uuid()),
                name,
                "Custom role " + name,
                false,
                s,
                List.of("Microsoft.Compute/*/read", "Microsoft.Compute/virtualMachines/start/action"),
                notActions,
                List.of(Scope.subscription(s), Scope.resourceGroup(s, "rg-Web")));
    }

    @Test
    void aCustomRoleKeepsItsActionsNotActionsAndScopesInOrder() {
        RoleDefinition operator = custom(
                payg,
                "Virtual Machine Operator",
                List.of("Microsoft.Compute/virtualMachines/delete", "Microsoft.Compute/*/write"));

        ports.roleDefinitions().add(operator);

        RoleDefinition stored = ports.roleDefinitions().byId(operator.id()).orElseThrow();
        assertThat(stored).isEqualTo(operator);
        assertThat(stored.notActions())
                .containsExactly("Microsoft.Compute/virtualMachines/delete", "Microsoft.Compute/*/write");
        assertThat(stored.assignableScopes())
                .extracting(Scope::toString)
                .containsExactly("/subscriptions/" + payg, "/subscriptions/" + payg + "/resourceGroups/rg-Web");
        assertThat(ports.roleDefinitions().byId(new RoleDefinitionId(uuid()))).isEmpty();
    }

    @Test
    void aRoleWithoutNotActionsRoundTrips() {
        RoleDefinition reader = custom(payg, "Reader Plus", List.of());

        ports.roleDefinitions().add(reader);

        assertThat(ports.roleDefinitions().byId(reader.id()).orElseThrow().notActions())
                .isEmpty();
    }

    @Test
    void rolesAreListedPerSubscriptionAndRemovedOneOrAllAtOnce() {
        RoleDefinition a = custom(payg, "A", List.of());
        RoleDefinition b = custom(payg, "B", List.of());
        RoleDefinition c = custom(payg, "C", List.of());
        RoleDefinition elsewhere = custom(other, "D", List.of());
        for (RoleDefinition d : List.of(a, b, c, elsewhere))
            ports.roleDefinitions().add(d);

        assertThat(ports.roleDefinitions().of(payg)).containsExactlyInAnyOrder(a, b, c);
        ports.roleDefinitions().remove(a.id());
        assertThat(ports.roleDefinitions().of(payg)).containsExactlyInAnyOrder(b, c);
        ports.roleDefinitions().removeAll(payg);
        assertThat(ports.roleDefinitions().of(payg)).isEmpty();
        assertThat(ports.roleDefinitions().of(other)).containsExactly(elsewhere);
    }
}
