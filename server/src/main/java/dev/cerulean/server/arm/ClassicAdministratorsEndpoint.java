package dev.cerulean.server.arm;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.ClassicAdministrator;
import dev.cerulean.core.subscription.CoAdministrators;
import dev.cerulean.core.subscription.Subscription;
import io.javalin.config.RoutesConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /subscriptions/{id}/providers/Microsoft.Authorization/classicAdministrators}: the
 * service and account administrators (one entry when they are the same person) and the
 * co-administrators.
 */
final class ClassicAdministratorsEndpoint {
    static final String READ = "Microsoft.Authorization/classicAdministrators/read";

    record Properties(String emailAddress, String role) {}

    record ClassicAdministratorWire(String id, String name, String type, Properties properties) {}

    private final Transactions transactions;
    private final Authorize authorize;
    private final CoAdministrators coAdministrators;

    ClassicAdministratorsEndpoint(Transactions transactions, Authorize authorize, CoAdministrators coAdministrators) {
        this.transactions = transactions;
        this.authorize = authorize;
        this.coAdministrators = coAdministrators;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.get("/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/classicAdministrators",
                auth.authenticated(this::list));
    }

    private void list(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        Scope scope = Scope.subscription(s.id());
        if (!authorize.decide(call.caller, READ, scope).allowed()) throw call.forbidden(READ, scope);
        List<ClassicAdministratorWire> admins = transactions.inTransaction(() -> {
            List<ClassicAdministratorWire> out = new ArrayList<>();
            ClassicAdministrator service = s.serviceAdministrator();
            ClassicAdministrator account = s.accountAdministrator();
            if (service.who().equals(account.who())) {
                out.add(wire(s, service, "ServiceAdministrator;AccountAdministrator"));
            } else {
                out.add(wire(s, service, "ServiceAdministrator"));
                out.add(wire(s, account, "AccountAdministrator"));
            }
            coAdministrators.of(s.id()).stream()
                    .sorted(java.util.Comparator.comparing(c -> c.administrator().email().value()))
                    .forEach(c -> out.add(wire(s, c.administrator(), "CoAdministrator")));
            return out;
        });
        call.page(admins, ArmJson.MAPPER::valueToTree);
    }

    /** ARM names each entry by a GUID; a name-based one keeps it stable for the same person. */
    private static ClassicAdministratorWire wire(Subscription s, ClassicAdministrator a, String role) {
        String name = UUID.nameUUIDFromBytes((s.id() + "/" + a.email().value()).getBytes(StandardCharsets.UTF_8)).toString();
        return new ClassicAdministratorWire("/subscriptions/" + s.id() + "/providers/Microsoft.Authorization/classicAdministrators/"
                + name, name, "Microsoft.Authorization/classicAdministrators", new Properties(a.email().value(), role));
    }
}
