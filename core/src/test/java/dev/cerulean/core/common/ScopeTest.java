package dev.cerulean.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeTest {
    static final String SUB = "5b5b5b5b-0000-4000-8000-000000000003";
    static final SubscriptionId S = SubscriptionId.of(SUB);
    static final SubscriptionId OTHER = SubscriptionId.of("6c6c6c6c-0000-4000-8000-000000000004");

    static Scope parse(String path) {
        return Scope.parse(path).orElseThrow(() -> new AssertionError("does not parse: " + path));
    }

    @Test
    void parsesEveryLevel() {
        assertThat(parse("/")).isEqualTo(Scope.ROOT);
        assertThat(parse("/").level()).isEqualTo(Scope.Level.ROOT);
        assertThat(parse("/subscriptions/" + SUB)).isEqualTo(Scope.subscription(S));
        assertThat(parse("/subscriptions/" + SUB).level()).isEqualTo(Scope.Level.SUBSCRIPTION);
        Scope rg = parse("/subscriptions/" + SUB + "/resourceGroups/rg-web");
        assertThat(rg).isEqualTo(Scope.resourceGroup(S, "rg-web"));
        assertThat(rg.level()).isEqualTo(Scope.Level.RESOURCE_GROUP);
        Scope vault =
                parse("/subscriptions/" + SUB + "/resourceGroups/rg-web/providers/Microsoft.KeyVault/vaults/kv-web");
        assertThat(vault.level()).isEqualTo(Scope.Level.RESOURCE);
        assertThat(vault.resource()).isEqualTo(ResourceId.of(S, "rg-web", "Microsoft.KeyVault/vaults", "kv-web"));
        assertThat(vault.resourceGroup()).isEqualTo("rg-web");
    }

    @Test
    void parsingIgnoresCaseOfKeywordsAndTrailingSlashAndSurroundingBlanks() {
        assertThat(parse(" /SUBSCRIPTIONS/" + SUB.toUpperCase() + "/resourcegroups/RG-Web/ "))
                .isEqualTo(Scope.resourceGroup(S, "rg-web"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "subscriptions/" + SUB,
                "/subscriptions",
                "/subscriptions/not-a-guid",
                "/subscriptions/" + SUB + "/resourceGroups",
                "/subscriptions/" + SUB + "/groups/rg",
                "/subscriptions/" + SUB + "/resourceGroups/bad name",
                "/subscriptions/" + SUB + "/resourceGroups/rg.",
                "/subscriptions/" + SUB + "//resourceGroups/rg",
                "/subscriptions/" + SUB + "/resourceGroups/rg/providers",
                "/subscriptions/" + SUB + "/resourceGroups/rg/providers/Microsoft.KeyVault/vaults",
                "/subscriptions/" + SUB + "/resourceGroups/rg/resources/Microsoft.KeyVault/vaults/kv",
                "//",
                "/x"
            })
    void refusesMalformedPaths(String path) {
        // the empty string is the root (ARM's "/" with the slash stripped); everything else here is malformed
        if (path.isEmpty()) assertThat(Scope.parse(path)).contains(Scope.ROOT);
        else assertThat(Scope.parse(path)).isEmpty();
    }

    @Test
    void refusesNullAndOverlongPaths() {
        assertThat(Scope.parse(null)).isEmpty();
        assertThat(Scope.parse("/subscriptions/" + SUB + "/resourceGroups/" + "r".repeat(2100)))
                .isEmpty();
    }

    @Test
    void printsItsArmPath() {
        String rgPath = "/subscriptions/" + SUB + "/resourceGroups/RG-Web";
        assertThat(parse(rgPath).toString()).isEqualTo(rgPath);
        assertThat(parse(rgPath).key()).isEqualTo(rgPath.toLowerCase());
        assertThat(Scope.ROOT.toString()).isEqualTo("/");
    }

    @Test
    void equalityIgnoresCaseOfNames() {
        Scope a = parse("/subscriptions/" + SUB + "/resourceGroups/RG-WEB/providers/Microsoft.KeyVault/vaults/KV-Web");
        Scope b = parse("/subscriptions/" + SUB + "/resourcegroups/rg-web/providers/microsoft.keyvault/VAULTS/kv-web");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(Scope.resourceGroup(S, "rg-web"))
                .isNotEqualTo(Scope.resourceGroup(S, "rg-web2"))
                .isNotEqualTo(Scope.resourceGroup(OTHER, "rg-web"))
                .isNotEqualTo(Scope.subscription(S));
    }

    @Test
    void R26_containsItselfAndEverythingBelow() {
        Scope sub = Scope.subscription(S);
        Scope rg = Scope.resourceGroup(S, "rg-web");
        Scope vault = Scope.of(ResourceId.of(S, "rg-web", "Microsoft.KeyVault/vaults", "kv-web"));
        Scope server = Scope.of(ResourceId.of(S, "RG-WEB", "Microsoft.Sql/servers", "sql1"));
        Scope database = Scope.of(new ResourceId(S, "rg-web", "Microsoft.Sql/servers/SQL1/databases/db1"));

        assertThat(Scope.ROOT.contains(sub)).isTrue();
        assertThat(Scope.ROOT.contains(Scope.ROOT)).isTrue();
        assertThat(sub.contains(sub)).isTrue();
        assertThat(sub.contains(rg)).isTrue();
        assertThat(sub.contains(vault)).isTrue();
        assertThat(rg.contains(vault)).isTrue();
        assertThat(vault.contains(vault)).isTrue();
        assertThat(server.contains(database)).isTrue();
        assertThat(rg.contains(database)).isTrue();
    }

    @Test
    void R26_neverContainsParentsOrSiblings() {
        Scope sub = Scope.subscription(S);
        Scope rg = Scope.resourceGroup(S, "rg-web");
        Scope vault = Scope.of(ResourceId.of(S, "rg-web", "Microsoft.KeyVault/vaults", "kv-web"));
        Scope server = Scope.of(ResourceId.of(S, "rg-web", "Microsoft.Sql/servers", "sql1"));
        Scope database = Scope.of(new ResourceId(S, "rg-web", "Microsoft.Sql/servers/sql1/databases/db1"));

        assertThat(sub.contains(Scope.ROOT)).isFalse();
        assertThat(rg.contains(sub)).isFalse();
        assertThat(vault.contains(rg)).isFalse();
        assertThat(database.contains(server)).isFalse();
        // siblings, including names that merely share a prefix
        assertThat(sub.contains(Scope.subscription(OTHER))).isFalse();
        assertThat(rg.contains(Scope.resourceGroup(S, "rg-web2"))).isFalse();
        assertThat(rg.contains(Scope.resourceGroup(S, "rg"))).isFalse();
        assertThat(rg.contains(Scope.resourceGroup(OTHER, "rg-web"))).isFalse();
        assertThat(vault.contains(Scope.of(ResourceId.of(S, "rg-web", "Microsoft.KeyVault/vaults", "kv-web2"))))
                .isFalse();
        assertThat(vault.contains(Scope.of(ResourceId.of(S, "rg-web2", "Microsoft.KeyVault/vaults", "kv-web"))))
                .isFalse();
        assertThat(server.contains(Scope.of(new ResourceId(S, "rg-web", "Microsoft.Sql/servers/sql10/databases/db1"))))
                .isFalse();
        assertThat(vault.contains(server)).isFalse();
    }

    @Test
    void overlapsAncestorsAndDescendantsOnly() {
        Scope rg = Scope.resourceGroup(S, "rg-web");
        assertThat(rg.overlaps(Scope.subscription(S))).isTrue();
        assertThat(rg.overlaps(Scope.ROOT)).isTrue();
        assertThat(rg.overlaps(Scope.of(ResourceId.of(S, "rg-web", "Microsoft.KeyVault/vaults", "kv"))))
                .isTrue();
        assertThat(rg.overlaps(Scope.resourceGroup(S, "rg-other"))).isFalse();
        assertThat(rg.overlaps(Scope.subscription(OTHER))).isFalse();
    }

    @Test
    void refusesInconsistentScopes() {
        ResourceId vault = ResourceId.of(S, "rg-web", "Microsoft.KeyVault/vaults", "kv");
        assertThatThrownBy(() -> new Scope(null, "rg", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scope(S, null, vault)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scope(S, "rg-other", vault)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scope(OTHER, "rg-web", vault)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scope.resourceGroup(S, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scope.resourceGroup(S, "a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Scope(S, "RG-WEB", vault)).isEqualTo(Scope.of(vault));
    }

    @Test
    void parseAndPrintRoundTrip() {
        for (String p : new String[] {
            "/",
            "/subscriptions/" + SUB,
            "/subscriptions/" + SUB + "/resourceGroups/Rg_1(x)",
            "/subscriptions/" + SUB + "/resourceGroups/rg/providers/Microsoft.Sql/servers/s1/databases/d1"
        }) {
            Optional<Scope> parsed = Scope.parse(p);
            assertThat(parsed).isPresent();
            assertThat(parsed.get().toString()).isEqualTo(p);
            assertThat(Scope.parse(parsed.get().toString())).isEqualTo(parsed);
        }
    }
}
