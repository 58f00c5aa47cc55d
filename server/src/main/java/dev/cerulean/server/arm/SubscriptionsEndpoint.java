package dev.cerulean.server.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.ListSubscriptionsWithAnyRole;
import dev.cerulean.core.access.SubscriptionAccess;
import dev.cerulean.core.subscription.Subscription;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /subscriptions} (the subscriptions of the token's tenant where the caller has any
 * role, R30) and {@code GET /subscriptions/{id}}.
 */
final class SubscriptionsEndpoint {
    static final String READ = "Microsoft.Resources/subscriptions/read";

    /** Azure answers GET /subscriptions fifty at a time. */
    static final int PAGE_SIZE = 50;

    record Policies(String locationPlacementId, String quotaId, String spendingLimit) {}

    record SubscriptionWire(
            String id,
            String authorizationSource,
            List<Object> managedByTenants,
            String subscriptionId,
            String tenantId,
            String displayName,
            String state,
            Policies subscriptionPolicies) {}

    /** Azure's quota ids of the offers Cerulean knows; spending limits on for the free and student offers. */
    private static final Map<String, String> QUOTA = Map.of(
            "MS-AZR-0003P",
            "PayAsYouGo_2014-09-01",
            "MS-AZR-0044P",
            "FreeTrial_2014-09-01",
            "MS-AZR-0145P",
            "CSP_2015-05-01",
            "MS-AZR-0146P",
            "CSP_2015-05-01",
            "MS-AZR-159P",
            "CSP_2015-05-01",
            "MS-AZR-0015P",
            "Internal_2014-09-01",
            "MS-AZR-0144P",
            "AzureForStudents_2018-01-01",
            "MS-AZR-0017P",
            "EnterpriseAgreement_2014-09-01",
            "MS-AZR-0063P",
            "MSDN_2014-09-01");

    private final Authorize authorize;
    private final ListSubscriptionsWithAnyRole withAnyRole;

    SubscriptionsEndpoint(Authorize authorize, ListSubscriptionsWithAnyRole withAnyRole) {
        this.authorize = authorize;
        this.withAnyRole = withAnyRole;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.get("/subscriptions", auth.authenticated(this::list));
        routes.get("/subscriptions/{subscriptionId}", auth.authenticated(this::get));
    }

    /**
     * One page of {@value #PAGE_SIZE}, read and cut by the store, as Azure pages this list; Azure's
     * {@code count} says how many are on a page followed by others ("Partial"), and how many there
     * are in all on the last one ("Total").
     */
    private void list(ArmCall call) {
        int offset = Paging.skip(call);
        ListSubscriptionsWithAnyRole.Page page = withAnyRole.page(call.caller, offset, PAGE_SIZE);
        ObjectNode body = Paging.read(
                call,
                offset,
                page.subscriptions(),
                page.more(),
                w -> ArmJson.MAPPER.valueToTree(wire(w.subscription(), w.classicAdministrator())));
        ObjectNode count = body.putObject("count");
        count.put("type", page.more() ? "Partial" : "Total");
        count.put("value", page.subscriptions().size() + (page.more() ? 0 : offset));
        call.json(200, body);
    }

    private void get(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        SubscriptionAccess access = authorize.accessOf(s.id()).orElseThrow();
        if (!access.hasAnyRole(call.caller)) throw call.forbidden(READ, "/subscriptions/" + s.id());
        call.json(200, ArmJson.MAPPER.valueToTree(wire(s, access.isClassicAdministrator(call.caller))));
    }

    private static SubscriptionWire wire(Subscription s, boolean classicAdministrator) {
        String offer = s.offer().id();
        boolean limited = offer.equals("MS-AZR-0044P") || offer.equals("MS-AZR-0144P");
        return new SubscriptionWire(
                "/subscriptions/" + s.id(),
                classicAdministrator ? "Legacy" : "RoleBased",
                List.of(),
                s.id().toString(),
                s.directory().toString(),
                s.displayName(),
                s.state().name(),
                new Policies(
                        "Public_2014-09-01", QUOTA.getOrDefault(offer, "Default_2014-09-01"), limited ? "On" : "Off"));
    }
}
