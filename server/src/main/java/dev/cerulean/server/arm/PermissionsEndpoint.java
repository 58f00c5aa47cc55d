package dev.cerulean.server.arm;

import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.BuiltInRoles;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.access.RoleAssignments;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.access.RoleDefinitions;
import dev.cerulean.core.access.SubscriptionAccess;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.subscription.Subscription;
import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET …/providers/Microsoft.Authorization/permissions} at a subscription, resource group or
 * resource: what the caller may do there, one entry per role that applies (a classic
 * administrator acts as Owner, so it gets {@code *}). Everyone may ask about themselves.
 */
final class PermissionsEndpoint {
    record Permission(List<String> actions, List<String> notActions, List<String> dataActions, List<String> notDataActions) {}

    private final Transactions transactions;
    private final Authorize authorize;
    private final RoleAssignments roleAssignments;
    private final RoleDefinitions roleDefinitions;

    PermissionsEndpoint(Transactions transactions, Authorize authorize, RoleAssignments roleAssignments,
                        RoleDefinitions roleDefinitions) {
        this.transactions = transactions;
        this.authorize = authorize;
        this.roleAssignments = roleAssignments;
        this.roleDefinitions = roleDefinitions;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.get("/<scope>/providers/Microsoft.Authorization/permissions", auth.authenticated(this::list));
    }

    private void list(ArmCall call) {
        Scope scope = call.inTenant(call.scopeParam());
        List<Permission> permissions = transactions.inTransaction(() -> {
            Subscription s = call.subscriptionInTenant(scope.subscription());
            SubscriptionAccess access = authorize.accessOf(s.id()).orElseThrow();
            List<Permission> out = new ArrayList<>();
            if (access.isClassicAdministrator(call.caller)) out.add(of(BuiltInRoles.OWNER));
            if (call.caller.principal() == null) return out;
            List<RoleAssignment> candidates = new ArrayList<>(roleAssignments.of(s.id()));
            candidates.addAll(roleAssignments.atRoot(s.directory()));
            candidates.stream()
                    .filter(a -> a.principalId().equals(call.caller.principal()) && a.directory().equals(s.directory())
                            && a.scope().contains(scope))
                    .sorted(java.util.Comparator.comparing((RoleAssignment a) -> a.scope().level()).thenComparing(a -> a.id().value()))
                    .map(a -> definition(a, s))
                    .flatMap(Optional::stream)
                    .forEach(d -> out.add(of(d)));
            return out;
        });
        call.page(permissions, ArmJson.MAPPER::valueToTree);
    }

    private Optional<RoleDefinition> definition(RoleAssignment a, Subscription s) {
        return BuiltInRoles.byId(a.roleDefinition())
                .or(() -> roleDefinitions.byId(a.roleDefinition()).filter(d -> s.id().equals(d.subscription())));
    }

    private static Permission of(RoleDefinition d) {
        return new Permission(d.actions(), d.notActions(), List.of(), List.of());
    }
}
