package dev.cerulean.server.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.access.CreateCustomRole;
import dev.cerulean.core.access.DeleteCustomRole;
import dev.cerulean.core.access.ReadRoleDefinitions;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role definitions at a scope: the built-in ones everywhere, a subscription's custom ones inside
 * it. Readable by any user signed in to the subscription's directory, as in Azure. Custom roles
 * are written and deleted through the core's use cases.
 */
final class RoleDefinitionsEndpoint {
    static final String TYPE = "Microsoft.Authorization/roleDefinitions";
    private static final String PATH = "/providers/Microsoft.Authorization/roleDefinitions";
    private static final Pattern ROLE_NAME =
            Pattern.compile("\\s*roleName\\s+eq\\s+'((?:[^']|'')*)'\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE_TYPE =
            Pattern.compile("\\s*type\\s+eq\\s+'(BuiltInRole|CustomRole)'\\s*", Pattern.CASE_INSENSITIVE);

    record Permission(
            List<String> actions, List<String> notActions, List<String> dataActions, List<String> notDataActions) {}

    record Properties(
            String roleName,
            String type,
            String description,
            List<String> assignableScopes,
            List<Permission> permissions) {}

    record RoleDefinitionWire(String id, String name, String type, Properties properties) {}

    private final ReadRoleDefinitions roleDefinitions;
    private final CreateCustomRole createCustomRole;
    private final DeleteCustomRole deleteCustomRole;

    RoleDefinitionsEndpoint(
            ReadRoleDefinitions roleDefinitions, CreateCustomRole createCustomRole, DeleteCustomRole deleteCustomRole) {
        this.roleDefinitions = roleDefinitions;
        this.createCustomRole = createCustomRole;
        this.deleteCustomRole = deleteCustomRole;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.get(PATH, auth.authenticated(c -> list(c, Scope.ROOT)));
        routes.get(PATH + "/{roleDefinitionId}", auth.authenticated(c -> get(c, Scope.ROOT)));
        routes.get("/<scope>" + PATH, auth.authenticated(c -> list(c, c.inTenant(c.scopeParam()))));
        routes.get(
                "/<scope>" + PATH + "/{roleDefinitionId}", auth.authenticated(c -> get(c, c.inTenant(c.scopeParam()))));
        routes.put("/<scope>" + PATH + "/{roleDefinitionId}", auth.authenticated(this::put));
        routes.delete("/<scope>" + PATH + "/{roleDefinitionId}", auth.authenticated(this::delete));
    }

    private void list(ArmCall call, Scope scope) {
        String filter = call.ctx.queryParam("$filter");
        List<RoleDefinition> all = roleDefinitions.visibleAt(scope);
        List<RoleDefinition> chosen;
        Matcher name = filter == null ? null : ROLE_NAME.matcher(filter);
        Matcher type = filter == null ? null : ROLE_TYPE.matcher(filter);
        if (filter == null || filter.isBlank()) {
            chosen = all;
        } else if (name.matches()) {
            String wanted = name.group(1).replace("''", "'");
            chosen = all.stream()
                    .filter(d -> d.roleName().equalsIgnoreCase(wanted))
                    .toList();
        } else if (type.matches()) {
            boolean builtIn = type.group(1).equalsIgnoreCase("BuiltInRole");
            chosen = all.stream().filter(d -> d.builtIn() == builtIn).toList();
        } else {
            throw ArmFailure.badRequest(
                    "InvalidFilter",
                    "$filter",
                    "The filter '" + filter
                            + "' is not supported; use roleName eq '{name}' or type eq 'BuiltInRole'|'CustomRole'.");
        }
        call.page(chosen, d -> wire(scope, d));
    }

    private void get(ArmCall call, Scope scope) {
        RoleDefinitionId id = idParam(call);
        RoleDefinition d = roleDefinitions
                .at(scope, id)
                .orElseThrow(() -> ArmErrors.of(
                        (Outcome.Rejected<?>) Outcome.rejected(RuleCode.RoleDefinitionNotFound, id), call.caller));
        call.json(200, wire(scope, d));
    }

    private void put(ArmCall call) {
        Scope scope = call.inTenant(call.scopeParam());
        RoleDefinitionId id = idParam(call);
        ObjectNode body = ArmJson.object(call.ctx.body());
        ObjectNode props = ArmJson.optionalObject(body, "properties", "properties");
        if (props == null)
            throw ArmFailure.badRequest(
                    "MissingRequiredProperty", "properties", "The property 'properties' is required.");
        String roleName = ArmJson.requiredText(props, "roleName", "properties.roleName");
        String description = ArmJson.optionalText(props, "description", "properties.description");
        List<String> actions = new ArrayList<>();
        List<String> notActions = new ArrayList<>();
        JsonNode permissions = props.get("permissions");
        if (permissions == null || !permissions.isArray()) {
            throw ArmFailure.badRequest(
                    "InvalidRequestContent", "properties.permissions", "'properties.permissions' must be an array.");
        }
        for (JsonNode p : permissions) {
            if (!(p instanceof ObjectNode o)) {
                throw ArmFailure.badRequest(
                        "InvalidRequestContent", "properties.permissions", "Each permission must be an object.");
            }
            Optional.ofNullable(ArmJson.optionalTextList(o, "actions", "properties.permissions.actions"))
                    .ifPresent(actions::addAll);
            Optional.ofNullable(ArmJson.optionalTextList(o, "notActions", "properties.permissions.notActions"))
                    .ifPresent(notActions::addAll);
        }
        boolean existed = roleDefinitions.customExists(id);
        RoleDefinition created = call.orRefuse(createCustomRole.create(
                call.caller,
                new CreateCustomRole.Request(scope.subscription(), id, roleName, description, actions, notActions)));
        call.json(existed ? 200 : 201, wire(scope, created));
    }

    private void delete(ArmCall call) {
        Scope scope = call.inTenant(call.scopeParam());
        RoleDefinitionId id = idParam(call);
        if (roleDefinitions.at(scope, id).isEmpty()) {
            call.ctx.status(204);
            return;
        }
        RoleDefinition deleted = call.orRefuse(deleteCustomRole.delete(call.caller, scope.subscription(), id));
        call.json(200, wire(scope, deleted));
    }

    private static RoleDefinitionId idParam(ArmCall call) {
        String raw = call.ctx.pathParam("roleDefinitionId");
        return RoleDefinitionId.parse(raw)
                .orElseThrow(() -> ArmFailure.badRequest(
                        "InvalidRoleDefinitionId",
                        "roleDefinitionId",
                        "The role definition ID '" + raw + "' is not a GUID."));
    }

    /** The definition's id as seen from a scope: prefixed by the scope's subscription, as ARM does. */
    static String idOf(Scope scope, RoleDefinitionId id) {
        return (scope.subscription() == null ? "" : "/subscriptions/" + scope.subscription()) + PATH + "/" + id;
    }

    static JsonNode wire(Scope scope, RoleDefinition d) {
        List<String> assignable = d.builtIn()
                ? List.of("/")
                : d.assignableScopes().stream().map(Scope::toString).toList();
        return ArmJson.MAPPER.valueToTree(new RoleDefinitionWire(
                idOf(scope, d.id()),
                d.id().toString(),
                TYPE,
                new Properties(
                        d.roleName(),
                        d.builtIn() ? "BuiltInRole" : "CustomRole",
                        d.description(),
                        assignable,
                        List.of(new Permission(d.actions(), d.notActions(), List.of(), List.of())))));
    }
}
