package dev.cerulean.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceIdTest {
    static final String SUB = "5b5b5b5b-0000-4000-8000-000000000003";
    static final SubscriptionId S = SubscriptionId.of(SUB);
    static final String PREFIX = "/subscriptions/" + SUB + "/resourceGroups/rg-web/providers/";

    @Test
    void parsesATopLevelResource() {
        ResourceId id =
                ResourceId.parse(PREFIX + "Microsoft.KeyVault/vaults/kv-web").orElseThrow();
        assertThat(id.subscription()).isEqualTo(S);
        assertThat(id.resourceGroup()).isEqualTo("rg-web");
        assertThat(id.path()).isEqualTo("Microsoft.KeyVault/vaults/kv-web");
        assertThat(id.type()).isEqualTo("Microsoft.KeyVault/vaults");
        assertThat(id.name()).isEqualTo("kv-web");
        assertThat(id.isType("microsoft.keyvault/VAULTS")).isTrue();
        assertThat(id.toString()).isEqualTo(PREFIX + "Microsoft.KeyVault/vaults/kv-web");
    }

    @Test
    void parsesAChildResource() {
        ResourceId id = ResourceId.parse(PREFIX + "Microsoft.Sql/servers/s1/databases/db1")
                .orElseThrow();
        assertThat(id.type()).isEqualTo("Microsoft.Sql/servers/databases");
        assertThat(id.name()).isEqualTo("db1");
        assertThat(id.isWithin(ResourceId.of(S, "RG-WEB", "Microsoft.Sql/servers", "S1")))
                .isTrue();
        assertThat(ResourceId.of(S, "rg-web", "Microsoft.Sql/servers", "s1").isWithin(id))
                .isFalse();
    }

    @Test
    void keywordsAndTrailingSlashAreAccepted() {
        assertThat(ResourceId.parse(
                        "/SUBSCRIPTIONS/" + SUB + "/RESOURCEGROUPS/rg-web/PROVIDERS/Microsoft.KeyVault/vaults/kv/"))
                .contains(ResourceId.of(S, "rg-web", "Microsoft.KeyVault/vaults", "kv"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/",
                "/subscriptions/" + SUB,
                "/subscriptions/" + SUB + "/resourceGroups/rg-web",
                "/subscriptions/" + SUB + "/resourceGroups/rg-web/providers",
                "/subscriptions/" + SUB + "/resourceGroups/rg-web/providers/Microsoft.KeyVault",
                "/subscriptions/" + SUB + "/resourceGroups/rg-web/providers/Microsoft.KeyVault/vaults",
                "/subscriptions/" + SUB + "/resourceGroups/rg-web/providers/Microsoft.Sql/servers/s1/databases",
                "/subscriptions/" + SUB + "/resourceGroups/rg-web/providers/Microsoft.KeyVault/vaults//kv",
                "/subscriptions/" + SUB + "/resourceGroups/rg-web/providers/Microsoft.KeyVault/vaults/k v",
                "/subscriptions/" + SUB + "/resourceGroups/rg-web/resources/Microsoft.KeyVault/vaults/kv",
                "/subscriptions/nope/resourceGroups/rg-web/providers/Microsoft.KeyVault/vaults/kv",
                "/subscriptions/" + SUB + "/resourceGroups/rg web/providers/Microsoft.KeyVault/vaults/kv",
                "subscriptions/" + SUB + "/resourceGroups/rg-web/providers/Microsoft.KeyVault/vaults/kv"
            })
    void refusesMalformedIds(String text) {
        assertThat(ResourceId.parse(text)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(ResourceId.parse(null)).isEmpty();
    }

    @Test
    void constructorRefusesMalformedParts() {
        assertThatThrownBy(() -> new ResourceId(null, "rg", "a/b/c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResourceId(S, "rg", "a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResourceId(S, "rg", "a//c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResourceId(S, "rg", "a/b/c/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResourceId(S, "rg", "/a/b/c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResourceId(S, "", "a/b/c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResourceId(S, "r/g", "a/b/c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityAndHashIgnoreCase() {
        ResourceId a = ResourceId.of(S, "RG-Web", "Microsoft.KeyVault/vaults", "KV-Web");
        ResourceId b = ResourceId.parse(PREFIX.toLowerCase() + "microsoft.keyvault/vaults/kv-web")
                .orElseThrow();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.key()).isEqualTo(b.key());
        assertThat(a).isNotEqualTo(ResourceId.of(S, "rg-web", "Microsoft.KeyVault/vaults", "kv-web2"));
        assertThat(a).isNotEqualTo(ResourceId.of(S, "rg-web2", "Microsoft.KeyVault/vaults", "kv-web"));
    }

    @Test
    void isWithinOnlyItselfAndItsParents() {
        ResourceId server = ResourceId.of(S, "rg", "Microsoft.Sql/servers", "s1");
        assertThat(server.isWithin(server)).isTrue();
        assertThat(new ResourceId(S, "rg", "Microsoft.Sql/servers/s10").isWithin(server))
                .isFalse();
        assertThat(ResourceId.of(S, "rg2", "Microsoft.Sql/servers", "s1").isWithin(server))
                .isFalse();
        assertThat(ResourceId.of(
                                SubscriptionId.of("6c6c6c6c-0000-4000-8000-000000000004"),
                                "rg",
                                "Microsoft.Sql/servers",
                                "s1")
                        .isWithin(server))
                .isFalse();
    }
}
