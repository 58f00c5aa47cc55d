package dev.cerulean.server.arm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.access.DeleteRoleAssignment;
import dev.cerulean.core.access.ListRoleAssignments;
import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role assignments at the root, subscription, resource-group and resource scopes: PUT (201 when
 * created, 200 when the same one is there or only its description changed), GET, DELETE (204 when
 * there is none) and the list with its filters, through the core's use cases. Every answer carries
 * {@code properties.description} (null when none).
 */
final class RoleAssignmentsEndpoint {
    static final String TYPE = "Microsoft.Authorization/roleAssignments";
    private static final String PATH = "/providers/Microsoft.Authorization/roleAssignments";
    private static final Pattern ROLE_DEFINITION = Pattern.compile(
            "(?:/subscriptions/[0-9a-fA-F-]{36})?/providers/Microsoft\\.Authorization/roleDefinitions/([0-9a-fA-F-]{36})|([0-9a-fA-F-]{36})",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PRINCIPAL_TYPES =
            Set.of("user", "group", "serviceprincipal", "foreigngroup", "device");

    /** {@code description} is always written, null when none (as ARM answers it). */
    record Properties(
            String roleDefinitionId,
            String principalId,
            String principalType,
            String scope,
            String createdOn,
            String updatedOn,
            String createdBy,
            String updatedBy,
            @JsonInclude(JsonInclude.Include.ALWAYS) String description,
            String condition) {}

    record RoleAssignmentWire(String id, String name, String type, Properties properties) {}

    private final CreateRoleAssignment create;
    private final DeleteRoleAssignment delete;
    private final ListRoleAssignments list;

    RoleAssignmentsEndpoint(CreateRoleAssignment create, DeleteRoleAssignment delete, ListRoleAssignments list) {
        this.create = create;
        this.delete = delete;
        this.list = list;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.get(PATH, auth.authenticated(c -> list(c, Scope.ROOT)));
        routes.get(PATH + "/{roleAssignmentName}", auth.authenticated(c -> get(c, Scope.ROOT)));
        routes.put(PATH + "/{roleAssignmentName}", auth.authenticated(c -> put(c, Scope.ROOT)));
        routes.delete(PATH + "/{roleAssignmentName}", auth.authenticated(c -> delete(c, Scope.ROOT)));
        routes.get("/<scope>" + PATH, auth.authenticated(c -> list(c, c.inTenant(c.scopeParam()))));
        routes.get(
                "/<scope>" + PATH + "/{roleAssignmentName}",
                auth.authenticated(c -> get(c, c.inTenant(c.scopeParam()))));
        routes.put(
                "/<scope>" + PATH + "/{roleAssignmentName}",
                auth.authenticated(c -> put(c, c.inTenant(c.scopeParam()))));
        routes.delete(
                "/<scope>" + PATH + "/{roleAssignmentName}",
                auth.authenticated(c -> delete(c, c.inTenant(c.scopeParam()))));
    }

    private void list(ArmCall call, Scope scope) {
        RoleAssignmentFilter filter = RoleAssignmentFilter.parse(call.ctx.queryParam("$filter"));
        Paging.skip(call); // a malformed $skiptoken is refused before any work
        List<RoleAssignment> listed =
                call.orRefuse(list.list(call.caller, scope, filter.principal(), filter.throughGroups()));
        call.page(filter.apply(listed, scope), RoleAssignmentsEndpoint::wire);
    }

    private void get(ArmCall call, Scope scope) {
        RoleAssignmentId id = idParam(call);
        List<RoleAssignment> listed = call.orRefuse(list.list(call.caller, scope, null));
        RoleAssignment found = listed.stream()
                .filter(a -> a.id().equals(id) && a.scope().equals(scope))
                .findFirst()
                .orElseThrow(() -> ArmErrors.of(
                        (Outcome.Rejected<?>) Outcome.rejected(RuleCode.RoleAssignmentNotFound, id), call.caller));
        call.json(200, wire(found));
    }

    private void put(ArmCall call, Scope scope) {
        RoleAssignmentId id = idParam(call);
        ObjectNode body = ArmJson.object(call.ctx.body());
        ObjectNode props = ArmJson.optionalObject(body, "properties", "properties");
        if (props == null)
            throw ArmFailure.badRequest(
                    "MissingRequiredProperty", "properties", "The property 'properties' is required.");
        String roleText = ArmJson.requiredText(props, "roleDefinitionId", "properties.roleDefinitionId");
        Matcher m = ROLE_DEFINITION.matcher(roleText.trim());
        RoleDefinitionId role = m.matches()
                ? RoleDefinitionId.parse(m.group(1) != null ? m.group(1) : m.group(2))
                        .orElse(null)
                : null;
        if (role == null) {
            throw ArmFailure.badRequest(
                    "InvalidRoleDefinitionId",
                    "properties.roleDefinitionId",
                    "The role definition ID '" + roleText + "' is not valid.");
        }
        String principalText = ArmJson.requiredText(props, "principalId", "properties.principalId");
        ObjectId principal = ObjectId.parse(principalText.trim())
                .orElseThrow(() -> ArmFailure.badRequest(
                        "InvalidPrincipalId",
                        "properties.principalId",
                        "The principal ID '" + principalText + "' is not a GUID."));
        String principalType = ArmJson.optionalText(props, "principalType", "properties.principalType");
        if (principalType != null && !PRINCIPAL_TYPES.contains(principalType.toLowerCase(java.util.Locale.ROOT))) {
            throw ArmFailure.badRequest(
                    "InvalidPrincipalType",
                    "properties.principalType",
                    "The principal type '" + principalType + "' is not User, Group or ServicePrincipal.");
        }
        String description = ArmJson.optionalText(props, "description", "properties.description");
        var result = call.orRefuse(
                create.create(call.caller, new CreateRoleAssignment.Request(id, scope, role, principal, description)));
        call.json(result.created() ? 201 : 200, wire(result.assignment()));
    }

    private void delete(ArmCall call, Scope scope) {
        RoleAssignmentId id = idParam(call);
        Outcome<RoleAssignment> outcome = delete.delete(call.caller, scope, id);
        if (outcome.code() == RuleCode.RoleAssignmentNotFound) {
            call.ctx.status(204);
            return;
        }
        call.json(200, wire(call.orRefuse(outcome)));
    }

    private static RoleAssignmentId idParam(ArmCall call) {
        String raw = call.ctx.pathParam("roleAssignmentName");
        return RoleAssignmentId.parse(raw)
                .orElseThrow(() -> ArmFailure.badRequest(
                        "InvalidRoleAssignmentId",
                        "roleAssignmentName",
                        "The role assignment ID '" + raw + "' is not valid: it must be a GUID."));
    }

    static String idOf(RoleAssignment a) {
        return (a.scope().subscription() == null ? "" : a.scope().toString()) + PATH + "/" + a.id();
    }

    static JsonNode wire(RoleAssignment a) {
        String created = a.createdAt() == null ? null : a.createdAt().toString();
        return ArmJson.MAPPER.valueToTree(new RoleAssignmentWire(
                idOf(a),
                a.id().toString(),
                TYPE,
                new Properties(
                        RoleDefinitionsEndpoint.idOf(a.scope(), a.roleDefinition()),
                        a.principalId().toString(),
                        a.principalType().name(),
                        a.scope().toString(),
                        created,
                        created,
                        a.createdBy(),
                        a.createdBy(),
                        a.description(),
                        null)));
    }
}
