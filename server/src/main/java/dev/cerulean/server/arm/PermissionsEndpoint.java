package dev.cerulean.server.arm;

import dev.cerulean.core.access.EffectivePermissions;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.common.Scope;
import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * {@code GET …/providers/Microsoft.Authorization/permissions} at a subscription, resource group or
 * resource: what the caller may do there, one entry per role that applies
 * ({@link EffectivePermissions}).
 */
final class PermissionsEndpoint {
    record Permission(
            List<String> actions, List<String> notActions, List<String> dataActions, List<String> notDataActions) {}

    private final EffectivePermissions permissions;

    PermissionsEndpoint(EffectivePermissions permissions) {
        this.permissions = permissions;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.get("/<scope>/providers/Microsoft.Authorization/permissions", auth.authenticated(this::list));
    }

    private void list(ArmCall call) {
        Scope scope = call.inTenant(call.scopeParam());
        List<Permission> out = call.orRefuse(permissions.at(call.caller, scope)).stream()
                .map(PermissionsEndpoint::of)
                .toList();
        call.page(out, ArmJson.MAPPER::valueToTree);
    }

    private static Permission of(RoleDefinition d) {
        return new Permission(d.actions(), d.notActions(), List.of(), List.of());
    }
}
