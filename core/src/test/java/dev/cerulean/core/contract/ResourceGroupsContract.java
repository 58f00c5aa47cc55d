package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ResourceGroup;
import java.util.Map;
import org.junit.jupiter.api.Test;

public abstract class ResourceGroupsContract extends PortContract {
    private final SubscriptionId payg = subscriptionId();
    private final SubscriptionId other = subscriptionId();

    @Test
    void aGroupIsFoundByNameWhateverItsCaseWithItsTags() {
        ResourceGroup web = new ResourceGroup(payg, "rg-Web", "westeurope", Map.of("env", "prod", "Owner", "Kelley"));

        ports.resourceGroups().add(web);

        assertThat(ports.resourceGroups().byName(payg, "RG-WEB")).contains(web);
        assertThat(ports.resourceGroups().byName(payg, "rg-Web").orElseThrow().tags())
                .isEqualTo(Map.of("env", "prod", "Owner", "Kelley"));
        assertThat(ports.resourceGroups().byName(other, "rg-web")).isEmpty();
    }

    @Test
    void groupsOfASubscriptionAreListedInTheOrderTheyWereAdded() {
        ResourceGroup b = new ResourceGroup(payg, "b", "westeurope", Map.of());
        ResourceGroup a = new ResourceGroup(payg, "a", "northeurope", Map.of("k", "v"));
        ports.resourceGroups().add(b);
        ports.resourceGroups().add(a);
        ports.resourceGroups().add(new ResourceGroup(other, "c", "westeurope", Map.of()));

        assertThat(ports.resourceGroups().of(payg)).containsExactly(b, a);
    }

    @Test
    void aGroupNameIsUniqueInASubscriptionWhateverItsCase() {
        ResourceGroup web = new ResourceGroup(payg, "rg-web", "westeurope", Map.of());
        ports.resourceGroups().add(web);

        assertThatThrownBy(() -> ports.resourceGroups().add(new ResourceGroup(payg, "RG-Web", "eastus", Map.of())))
                .isInstanceOf(RuntimeException.class);
        ResourceGroup elsewhere = new ResourceGroup(other, "RG-Web", "eastus", Map.of());
        ports.resourceGroups().add(elsewhere);

        assertThat(ports.resourceGroups().of(payg)).containsExactly(web);
        assertThat(ports.resourceGroups().of(other)).containsExactly(elsewhere);
    }

    @Test
    void updateReplacesLocationAndTags() {
        ports.resourceGroups().add(new ResourceGroup(payg, "rg-web", "westeurope", Map.of("env", "test", "x", "1")));
        ResourceGroup changed = new ResourceGroup(payg, "rg-web", "westeurope", Map.of("env", "prod", "y", "2"));

        ports.resourceGroups().update(changed);

        assertThat(ports.resourceGroups().byName(payg, "rg-web")).contains(changed);
    }

    @Test
    void removeDeletesTheGroupWhateverTheCaseOfItsName() {
        ResourceGroup kept = new ResourceGroup(payg, "rg-data", "westeurope", Map.of());
        ports.resourceGroups().add(new ResourceGroup(payg, "rg-web", "westeurope", Map.of("env", "prod")));
        ports.resourceGroups().add(kept);

        ports.resourceGroups().remove(payg, "RG-WEB");

        assertThat(ports.resourceGroups().of(payg)).containsExactly(kept);
        ResourceGroup again = new ResourceGroup(payg, "rg-web", "eastus", Map.of());
        ports.resourceGroups().add(again);
        assertThat(ports.resourceGroups().byName(payg, "rg-web")).contains(again);
    }
}
