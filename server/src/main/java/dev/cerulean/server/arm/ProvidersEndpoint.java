package dev.cerulean.server.arm;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.resource.AzureRegions;
import dev.cerulean.core.subscription.Subscription;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Optional;

/**
 * Resource providers, as tools ask for them first ({@code az provider list/show/register}, the
 * SDKs' provider clients): the namespaces whose resources Cerulean models, each Registered in
 * every subscription (Cerulean keeps no per-subscription registration, so {@code register} is
 * accepted and changes nothing). An unknown namespace is 404 {@code InvalidResourceNamespace},
 * as in ARM.
 */
final class ProvidersEndpoint {
    record ResourceTypeWire(String resourceType, List<String> locations, List<String> apiVersions) {}

    record ProviderWire(
            String id,
            String namespace,
            String registrationState,
            String registrationPolicy,
            List<ResourceTypeWire> resourceTypes) {}

    /** A namespace and the resource types of it Cerulean serves or keeps. */
    record Provider(String namespace, List<String> types, List<String> apiVersions) {}

    static final List<Provider> PROVIDERS = List.of(
            new Provider(
                    "Microsoft.Authorization",
                    List.of("roleAssignments", "roleDefinitions", "permissions", "classicAdministrators"),
                    List.of("2022-04-01", "2015-07-01")),
            new Provider("Microsoft.Compute", List.of("virtualMachines"), List.of("2023-03-01")),
            new Provider("Microsoft.KeyVault", List.of("vaults"), List.of("2023-02-01")),
            new Provider("Microsoft.ManagedIdentity", List.of("userAssignedIdentities"), List.of("2023-01-31")),
            new Provider(
                    "Microsoft.Resources",
                    List.of("resourceGroups", "subscriptions", "tenants", "locations", "providers", "resources"),
                    List.of("2022-09-01", "2021-04-01", "2020-01-01")),
            new Provider("Microsoft.Sql", List.of("servers", "servers/databases"), List.of("2021-11-01")),
            new Provider(
                    "Microsoft.Subscription",
                    List.of("changeTenantRequest", "changeTenantStatus", "acceptChangeTenant"),
                    List.of("2021-10-01")),
            new Provider("Microsoft.Web", List.of("sites"), List.of("2023-12-01")));

    private static final List<String> LOCATIONS =
            AzureRegions.ALL.stream().map(AzureRegions.Region::displayName).toList();

    private final Authorize authorize;

    ProvidersEndpoint(Authorize authorize) {
        this.authorize = authorize;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.get(
                "/providers",
                auth.authenticated(call -> call.page(PROVIDERS, p -> ArmJson.MAPPER.valueToTree(wire("", p, null)))));
        routes.get("/subscriptions/{subscriptionId}/providers", auth.authenticated(this::list));
        routes.get("/subscriptions/{subscriptionId}/providers/{namespace}", auth.authenticated(this::get));
        routes.post(
                "/subscriptions/{subscriptionId}/providers/{namespace}/register", auth.authenticated(this::register));
    }

    private void list(ArmCall call) {
        Subscription s = readable(call);
        call.page(PROVIDERS, p -> ArmJson.MAPPER.valueToTree(wire("/subscriptions/" + s.id(), p, "Registered")));
    }

    private void get(ArmCall call) {
        Subscription s = readable(call);
        call.json(200, ArmJson.MAPPER.valueToTree(wire("/subscriptions/" + s.id(), provider(call), "Registered")));
    }

    /** Registering needs {@code <namespace>/register/action} (Contributor and Owner hold it through {@code *}). */
    private void register(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        Provider p = provider(call);
        String action = p.namespace() + "/register/action";
        Scope scope = Scope.subscription(s.id());
        if (!authorize.decide(call.caller, action, scope).allowed()) throw call.forbidden(action, scope);
        call.json(200, ArmJson.MAPPER.valueToTree(wire("/subscriptions/" + s.id(), p, "Registered")));
    }

    private Subscription readable(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        boolean reader =
                authorize.accessOf(s.id()).map(a -> a.hasAnyRole(call.caller)).orElse(false);
        if (!reader) throw call.forbidden(SubscriptionsEndpoint.READ, "/subscriptions/" + s.id());
        return s;
    }

    private static Provider provider(ArmCall call) {
        String namespace = call.ctx.pathParam("namespace");
        Optional<Provider> found = PROVIDERS.stream()
                .filter(p -> p.namespace().equalsIgnoreCase(namespace))
                .findFirst();
        return found.orElseThrow(() -> new ArmFailure(
                404,
                "InvalidResourceNamespace",
                "The resource namespace '" + namespace + "' is invalid.",
                null,
                java.util.Map.of()));
    }

    /** @param state null at the tenant level, where ARM names no registration state */
    private static ProviderWire wire(String prefix, Provider p, String state) {
        return new ProviderWire(
                prefix + "/providers/" + p.namespace(),
                p.namespace(),
                state,
                state == null ? null : "RegistrationRequired",
                p.types().stream()
                        .map(t -> new ResourceTypeWire(t, LOCATIONS, p.apiVersions()))
                        .toList());
    }
}
