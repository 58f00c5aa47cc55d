package dev.cerulean.server.arm;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.resource.AzureRegions;
import dev.cerulean.core.resource.AzureRegions.Region;
import dev.cerulean.core.subscription.Subscription;
import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * {@code GET /subscriptions/{id}/locations}: the regions of {@link AzureRegions}, in ARM's shape
 * (what {@code az account list-locations} and the SDKs' {@code listLocations} read), to anyone
 * with a role in the subscription.
 */
final class LocationsEndpoint {
    record PairedRegion(String name, String id) {}

    record Metadata(
            String regionType,
            String regionCategory,
            String geography,
            String geographyGroup,
            String longitude,
            String latitude,
            String physicalLocation,
            List<PairedRegion> pairedRegion) {}

    record LocationWire(
            String id, String name, String type, String displayName, String regionalDisplayName, Metadata metadata) {}

    private final Authorize authorize;

    LocationsEndpoint(Authorize authorize) {
        this.authorize = authorize;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.get("/subscriptions/{subscriptionId}/locations", auth.authenticated(this::list));
    }

    private void list(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        boolean reader =
                authorize.accessOf(s.id()).map(a -> a.hasAnyRole(call.caller)).orElse(false);
        if (!reader) throw call.forbidden(SubscriptionsEndpoint.READ, "/subscriptions/" + s.id());
        String base = "/subscriptions/" + s.id() + "/locations/";
        List<LocationWire> regions =
                AzureRegions.ALL.stream().map(r -> wire(base, r)).toList();
        call.page(regions, ArmJson.MAPPER::valueToTree);
    }

    private static LocationWire wire(String base, Region r) {
        List<PairedRegion> paired = r.pairedRegion() == null
                ? List.of()
                : List.of(new PairedRegion(r.pairedRegion(), base + r.pairedRegion()));
        return new LocationWire(
                base + r.name(),
                r.name(),
                "Region",
                r.displayName(),
                r.regionalDisplayName(),
                new Metadata(
                        "Physical",
                        "Recommended",
                        r.geography(),
                        r.geographyGroup(),
                        r.longitude(),
                        r.latitude(),
                        r.physicalLocation(),
                        paired));
    }
}
