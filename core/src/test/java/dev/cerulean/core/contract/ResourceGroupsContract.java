package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ReadableGroups;
import dev.cerulean.core.subscription.ResourceGroup;
import dev.cerulean.core.subscription.ResourceGroupFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Test
    void aPageIsCutInNameOrderWhateverTheCaseWithTheCountOfAll() {
        for (String name : List.of("rg-b", "RG-a", "rg-C", "rg_d", "x")) {
            ports.resourceGroups().add(new ResourceGroup(payg, name, "westeurope", Map.of("n", name)));
        }
        ports.resourceGroups().add(new ResourceGroup(other, "rg-0", "westeurope", Map.of()));
        ReadableGroups all = new ReadableGroups(true, Set.of());

        assertThat(ports.resourceGroups().page(payg, all, ResourceGroupFilter.ALL, 0, 3))
                .extracting(ResourceGroup::name)
                .containsExactly("RG-a", "rg-b", "rg-C");
        assertThat(ports.resourceGroups().page(payg, all, ResourceGroupFilter.ALL, 3, 3))
                .extracting(ResourceGroup::name)
                .containsExactly("rg_d", "x");
        assertThat(ports.resourceGroups()
                        .page(payg, all, ResourceGroupFilter.ALL, 3, 3)
                        .get(0)
                        .tags())
                .isEqualTo(Map.of("n", "rg_d"));
        assertThat(ports.resourceGroups().count(payg, all, ResourceGroupFilter.ALL))
                .isEqualTo(5);
    }

    @Test
    void aPageHoldsOnlyTheReadableGroupsThatThePrefixAndTagKeep() {
        ports.resourceGroups().add(new ResourceGroup(payg, "rg-Web", "westeurope", Map.of("Env", "prod")));
        ports.resourceGroups().add(new ResourceGroup(payg, "rg-web2", "westeurope", Map.of("env", "test")));
        ports.resourceGroups().add(new ResourceGroup(payg, "rg_data", "westeurope", Map.of("env", "prod")));
        ports.resourceGroups().add(new ResourceGroup(payg, "rgxdata", "westeurope", Map.of()));
        ReadableGroups named = new ReadableGroups(false, Set.of("rg-web", "rg_data", "rgxdata", "gone"));
        ReadableGroups all = new ReadableGroups(true, Set.of());

        assertThat(ports.resourceGroups().page(payg, named, ResourceGroupFilter.ALL, 0, 10))
                .extracting(ResourceGroup::name)
                .containsExactly("rg-Web", "rg_data", "rgxdata");
        // '_' in the prefix is no wildcard
        assertThat(ports.resourceGroups().page(payg, all, ResourceGroupFilter.named("RG_"), 0, 10))
                .extracting(ResourceGroup::name)
                .containsExactly("rg_data");
        assertThat(ports.resourceGroups().page(payg, all, ResourceGroupFilter.named("rg-WEB"), 0, 10))
                .extracting(ResourceGroup::name)
                .containsExactly("rg-Web", "rg-web2");
        ResourceGroupFilter prod = new ResourceGroupFilter("", "ENV", "prod");
        assertThat(ports.resourceGroups().page(payg, all, prod, 0, 10))
                .extracting(ResourceGroup::name)
                .containsExactly("rg-Web", "rg_data");
        assertThat(ports.resourceGroups().page(payg, named, new ResourceGroupFilter("rg-", "env", null), 0, 10))
                .extracting(ResourceGroup::name)
                .containsExactly("rg-Web");
        assertThat(ports.resourceGroups().count(payg, all, prod)).isEqualTo(2);
        assertThat(ports.resourceGroups().count(payg, named, ResourceGroupFilter.ALL))
                .isEqualTo(3);
        assertThat(ports.resourceGroups().page(payg, ReadableGroups.NONE, ResourceGroupFilter.ALL, 0, 10))
                .isEmpty();
    }
}
