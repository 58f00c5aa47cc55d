package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.objectId;
import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ReadableResources;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.core.subscription.ResourceFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class ResourcesContract extends PortContract {
    private final SubscriptionId payg = subscriptionId();
    private final DirectoryId contoso = directoryId();

    private Resource vault(String group, String name) {
        return new Resource(ResourceId.of(payg, group, Resource.KEY_VAULT, name), "westeurope", contoso, null);
    }

    private Resource vm(String group, String name) {
        return new Resource(
                ResourceId.of(payg, group, Resource.VIRTUAL_MACHINE, name),
                "westeurope",
                null,
                new Resource.ManagedIdentity(objectId(), contoso, true));
    }

    @Test
    void resourcesRoundTripAndAreFoundByIdWhateverItsCase() {
        Resource kv = vault("rg-Web", "kv-Web");
        Resource machine = vm("rg-web", "vm-web");
        Resource plain = new Resource(
                ResourceId.of(payg, "rg-web", "Microsoft.Storage/storageAccounts", "st1"), "westeurope", null, null);

        ports.resources().add(kv);
        ports.resources().add(machine);
        ports.resources().add(plain);

        ResourceId upper = ResourceId.parse(kv.id().toString().toUpperCase()).orElseThrow();
        assertThat(ports.resources().byId(upper)).contains(kv);
        Resource stored = ports.resources().byId(kv.id()).orElseThrow();
        assertThat(stored.id().toString()).isEqualTo(kv.id().toString());
        assertThat(stored.tenantId()).isEqualTo(contoso);
        assertThat(ports.resources().byId(machine.id()).orElseThrow().identity())
                .isEqualTo(machine.identity());
        assertThat(ports.resources().byId(plain.id())).contains(plain);
    }

    @Test
    void attachedUserAssignedIdentitiesRoundTripInOrderAndAreReplacedOnUpdate() {
        ResourceId first = ResourceId.of(payg, "rg-id", Resource.USER_ASSIGNED_IDENTITY, "id-b");
        ResourceId second = ResourceId.of(payg, "rg-id", Resource.USER_ASSIGNED_IDENTITY, "id-a");
        Resource machine = vm("rg-web", "vm-attached").withUserAssignedIdentities(List.of(first, second));
        Resource other = vm("rg-web", "vm-plain");

        ports.resources().add(machine);
        ports.resources().add(other);

        assertThat(ports.resources().byId(machine.id()).orElseThrow().userAssignedIdentities())
                .containsExactly(first, second);
        assertThat(ports.resources().inGroup(payg, "rg-web"))
                .filteredOn(r -> r.id().equals(machine.id()))
                .singleElement()
                .isEqualTo(machine);
        assertThat(ports.resources().byId(other.id()).orElseThrow().userAssignedIdentities())
                .isEmpty();

        ports.resources().update(machine.withUserAssignedIdentities(List.of(second)));
        assertThat(ports.resources().byId(machine.id()).orElseThrow().userAssignedIdentities())
                .containsExactly(second);
        ports.resources().remove(machine.id());
        ports.resources().add(machine.withUserAssignedIdentities(List.of()));
        assertThat(ports.resources().byId(machine.id()).orElseThrow().userAssignedIdentities())
                .as("removing a resource removes its attachments")
                .isEmpty();
    }

    @Test
    void resourcesAreListedBySubscriptionAndByGroupWhateverItsCase() {
        Resource a = vault("rg-web", "kv-a");
        Resource b = vm("RG-WEB", "vm-b");
        Resource c = vault("rg-data", "kv-c");
        Resource elsewhere = new Resource(
                ResourceId.of(subscriptionId(), "rg-web", Resource.KEY_VAULT, "kv-x"), "westeurope", contoso, null);
        for (Resource r : new Resource[] {a, b, c, elsewhere}) ports.resources().add(r);

        assertThat(ports.resources().of(payg)).containsExactlyInAnyOrder(a, b, c);
        assertThat(ports.resources().inGroup(payg, "Rg-Web")).containsExactlyInAnyOrder(a, b);
        assertThat(ports.resources().inGroup(payg, "rg-none")).isEmpty();
    }

    @Test
    void aResourceIdIsAddedOnceWhateverItsCase() {
        Resource kv = vault("rg-web", "kv-web");
        ports.resources().add(kv);

        assertThatThrownBy(() -> ports.resources().add(vault("RG-WEB", "KV-WEB")))
                .isInstanceOf(RuntimeException.class);

        assertThat(ports.resources().of(payg)).containsExactly(kv);
        assertThat(ports.resources().of(payg).get(0).id().toString())
                .isEqualTo(kv.id().toString());
    }

    @Test
    void updateReplacesTenantAndIdentity() {
        Resource machine = vm("rg-web", "vm-web");
        Resource kv = vault("rg-web", "kv-web");
        ports.resources().add(machine);
        ports.resources().add(kv);
        DirectoryId fabrikam = directoryId();

        ports.resources()
                .update(machine.withIdentity(
                        new Resource.ManagedIdentity(machine.identity().principalId(), fabrikam, false)));
        ports.resources().update(new Resource(kv.id(), kv.location(), fabrikam, null));

        Resource.ManagedIdentity identity =
                ports.resources().byId(machine.id()).orElseThrow().identity();
        assertThat(identity.enabled()).isFalse();
        assertThat(identity.tenantId()).isEqualTo(fabrikam);
        assertThat(ports.resources().byId(kv.id()).orElseThrow().tenantId()).isEqualTo(fabrikam);
    }

    @Test
    void removeDeletesThatResource() {
        Resource kv = vault("rg-web", "kv-web");
        Resource machine = vm("rg-web", "vm-web");
        ports.resources().add(kv);
        ports.resources().add(machine);

        ports.resources().remove(kv.id());

        assertThat(ports.resources().byId(kv.id())).isEmpty();
        assertThat(ports.resources().of(payg)).containsExactly(machine);
    }

    @Test
    void updateAllReplacesEachGivenResourceAndIgnoresUnknownOnes() {
        Resource first = vm("rg-web", "vm-1");
        Resource second = vm("rg-data", "vm-2");
        Resource untouched = vm("rg-web", "vm-3");
        for (Resource r : new Resource[] {first, second, untouched})
            ports.resources().add(r);
        DirectoryId fabrikam = directoryId();
        Resource firstDisabled =
                first.withIdentity(new Resource.ManagedIdentity(first.identity().principalId(), fabrikam, false));
        Resource secondDisabled = second.withIdentity(
                new Resource.ManagedIdentity(second.identity().principalId(), contoso, false));

        ports.resources().updateAll(List.of(firstDisabled, vault("rg-web", "kv-unknown"), secondDisabled));
        ports.resources().updateAll(List.of());

        assertThat(ports.resources().of(payg)).containsExactlyInAnyOrder(firstDisabled, secondDisabled, untouched);
    }

    @Test
    void tagsRoundTripAndAreReplacedByUpdateAndGoWithTheirResource() {
        Resource machine = vm("rg-web", "vm-web").withTags(Map.of("env", "prod", "team", "web"));
        Resource plain = vault("rg-web", "kv-web");
        ports.resources().add(machine);
        ports.resources().add(plain);

        assertThat(ports.resources().byId(machine.id()).orElseThrow().tags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("env", "prod", "team", "web"));
        assertThat(ports.resources().of(payg)).containsExactlyInAnyOrder(machine, plain);
        assertThat(ports.resources().inGroup(payg, "rg-web")).containsExactlyInAnyOrder(machine, plain);

        ports.resources().update(machine.withTags(Map.of("env", "test")));
        assertThat(ports.resources().byId(machine.id()).orElseThrow().tags()).isEqualTo(Map.of("env", "test"));

        ports.resources().remove(machine.id());
        ports.resources().add(machine.withTags(Map.of()));
        assertThat(ports.resources().byId(machine.id()).orElseThrow().tags()).isEmpty();
    }

    @Test
    void anIdentityIsFoundByItsPrincipalIdAndByItsClientId() {
        UUID client = UUID.randomUUID();
        Resource identity = new Resource(
                ResourceId.of(payg, "rg-web", Resource.USER_ASSIGNED_IDENTITY, "id-web"),
                "westeurope",
                null,
                new Resource.ManagedIdentity(objectId(), contoso, true, client));
        Resource machine = vm("rg-web", "vm-web");
        ports.resources().add(identity);
        ports.resources().add(machine);
        ports.resources().add(vault("rg-web", "kv-web"));

        assertThat(ports.resources().byPrincipal(identity.identity().principalId()))
                .contains(identity);
        assertThat(ports.resources().byClientId(client)).contains(identity);
        assertThat(ports.resources().byPrincipal(machine.identity().principalId()))
                .contains(machine);
        // an identity given no client id has one derived from its principal id, found the same way
        assertThat(ports.resources().byClientId(machine.identity().clientId())).contains(machine);
        assertThat(ports.resources().byPrincipal(objectId())).isEmpty();
        assertThat(ports.resources().byClientId(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aDisabledIdentityKeepsItsClientId() {
        Resource machine = vm("rg-web", "vm-web");
        ports.resources().add(machine);

        ports.resources()
                .updateAll(List.of(machine.withIdentity(machine.identity().enabled(false))));

        Resource.ManagedIdentity stored =
                ports.resources().byId(machine.id()).orElseThrow().identity();
        assertThat(stored.enabled()).isFalse();
        assertThat(stored.clientId()).isEqualTo(machine.identity().clientId());
    }

    private Resource plain(String group, String path) {
        return new Resource(new ResourceId(payg, group, path), "westeurope", null, null);
    }

    @Test
    void theTypesOfASubscriptionOrGroupAreReadInLowerCaseOnceEach() {
        ports.resources().add(vault("rg-a", "kv1"));
        ports.resources().add(vault("rg-b", "kv2"));
        ports.resources().add(plain("rg-b", "Microsoft.Sql/servers/sql1/databases/db1"));

        assertThat(ports.resources().typesIn(payg, null))
                .containsExactlyInAnyOrder("microsoft.keyvault/vaults", "microsoft.sql/servers/databases");
        assertThat(ports.resources().typesIn(payg, "RG-A")).containsExactly("microsoft.keyvault/vaults");
        assertThat(ports.resources().typesIn(subscriptionId(), null)).isEmpty();
    }

    @Test
    void aPageHoldsTheReadableTypesEverywhereInAGroupAndUnderAResourceInIdOrder() {
        Resource kvA = vault("rg-a", "kv-a");
        Resource kvB = vault("rg-B", "kv-b");
        Resource vmB = vm("rg-b", "vm-b");
        Resource server = plain("rg-c", "Microsoft.Sql/servers/sql1");
        Resource db = plain("rg-c", "Microsoft.Sql/servers/sql1/databases/db1");
        Resource sibling = plain("rg-c", "Microsoft.Sql/servers/sql10/databases/db1");
        for (Resource r : List.of(kvA, kvB, vmB, server, db, sibling))
            ports.resources().add(r);
        String vaults = "microsoft.keyvault/vaults";
        String databases = "microsoft.sql/servers/databases";
        var readable = new ReadableResources(
                Set.of(vaults),
                Map.of("rg-b", Set.of("microsoft.compute/virtualmachines")),
                Map.of(server.id().key(), Set.of(databases)));
        ResourceFilter all = new ResourceFilter(null, null, "");

        assertThat(ports.resources().page(payg, readable, all, 0, 10))
                .extracting(Resource::id)
                .containsExactly(kvA.id(), vmB.id(), kvB.id(), db.id());
        assertThat(ports.resources().page(payg, readable, all, 1, 2))
                .extracting(Resource::id)
                .containsExactly(vmB.id(), kvB.id());
        assertThat(ports.resources().page(payg, readable, all, 1, 2).get(0).identity())
                .isEqualTo(vmB.identity());
        assertThat(ports.resources().count(payg, readable, all)).isEqualTo(4);
        assertThat(ports.resources().page(payg, readable, ResourceFilter.inGroup("RG-B"), 0, 10))
                .extracting(Resource::id)
                .containsExactly(vmB.id(), kvB.id());
        assertThat(ports.resources().page(payg, readable, new ResourceFilter(null, Resource.KEY_VAULT, ""), 0, 10))
                .extracting(Resource::id)
                .containsExactly(kvA.id(), kvB.id());
        assertThat(ports.resources().page(payg, readable, new ResourceFilter(null, null, "KV-B"), 0, 10))
                .extracting(Resource::id)
                .containsExactly(kvB.id());
        assertThat(ports.resources().count(payg, readable, new ResourceFilter("rg-c", null, "db")))
                .isEqualTo(1);
        assertThat(ports.resources().page(payg, ReadableResources.NONE, all, 0, 10))
                .isEmpty();
    }

    @Test
    void aPageKeepsTheTagsAndAttachedIdentitiesOfItsResources() {
        Resource kv = vault("rg-a", "kv-a").withTags(Map.of("env", "prod"));
        Resource other = vault("rg-a", "kv-b").withTags(Map.of("env", "test"));
        ports.resources().add(kv);
        ports.resources().add(other);
        var readable = new ReadableResources(Set.of("microsoft.keyvault/vaults"), Map.of(), Map.of());

        assertThat(ports.resources().page(payg, readable, new ResourceFilter(null, null, ""), 1, 1))
                .containsExactly(other);
    }
}
