package dev.cerulean.server.arm;

import dev.cerulean.core.access.ClassicAdministratorsOf;
import dev.cerulean.core.subscription.Subscription;
import io.javalin.config.RoutesConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /subscriptions/{id}/providers/Microsoft.Authorization/classicAdministrators}: the
 * service and account administrators and the co-administrators ({@link ClassicAdministratorsOf}).
 */
final class ClassicAdministratorsEndpoint {
    record Properties(String emailAddress, String role) {}

    record ClassicAdministratorWire(String id, String name, String type, Properties properties) {}

    private final ClassicAdministratorsOf administrators;

    ClassicAdministratorsEndpoint(ClassicAdministratorsOf administrators) {
        this.administrators = administrators;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.get(
                "/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/classicAdministrators",
                auth.authenticated(this::list));
    }

    private void list(ArmCall call) {
        Subscription s = call.subscriptionInTenant(call.subscriptionParam());
        List<ClassicAdministratorWire> admins = call.orRefuse(administrators.list(call.caller, s.id())).stream()
                .map(e -> wire(s, e))
                .toList();
        call.page(admins, ArmJson.MAPPER::valueToTree);
    }

    /** ARM names each entry by a GUID; a name-based one keeps it stable for the same person. */
    private static ClassicAdministratorWire wire(Subscription s, ClassicAdministratorsOf.Entry e) {
        String email = e.administrator().email().value();
        String name = UUID.nameUUIDFromBytes((s.id() + "/" + email).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new ClassicAdministratorWire(
                "/subscriptions/" + s.id() + "/providers/Microsoft.Authorization/classicAdministrators/" + name,
                name,
                "Microsoft.Authorization/classicAdministrators",
                new Properties(email, e.roles()));
    }
}
