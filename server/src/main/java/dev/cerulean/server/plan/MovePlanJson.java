package dev.cerulean.server.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cerulean.core.access.RoleDefinition;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.move.MovePlan;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link MovePlan} as the JSON document people keep, the REST operation answers and
 * {@code cerulean move plan} writes; {@code docs/move-plan.schema.json} describes it (and
 * {@code MovePlanApiTest} keeps the two alike). Shared by the ARM operation, the portals' download and the CLI. Ids are ARM's where ARM has them.
 */
public final class MovePlanJson {
    /** Absent rather than null: a property that does not apply is left out. */
    private static final ObjectMapper MAPPER =
            new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private MovePlanJson() {}

    public static String write(MovePlan plan) {
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(of(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan is always JSON", e);
        }
    }

    static Map<String, Object> of(MovePlan p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", p.format());
        Map<String, Object> subscription = new LinkedHashMap<>();
        subscription.put("id", "/subscriptions/" + p.subscription());
        subscription.put("subscriptionId", p.subscription().toString());
        subscription.put("displayName", p.subscriptionName());
        subscription.put("version", p.subscriptionVersion());
        json.put("subscription", subscription);
        json.put("sourceTenantId", p.source().toString());
        json.put("destinationTenantId", p.destination().toString());
        json.put("generatedAt", p.generatedAt().toString());
        json.put(
                "roleAssignments",
                p.roleAssignments().stream()
                        .map(a -> assignment(p.subscription(), a))
                        .toList());
        json.put("customRoles", p.customRoles().stream().map(MovePlanJson::role).toList());
        json.put(
                "coAdministrators",
                p.coAdministrators().stream().map(a -> administrator(a, null)).toList());
        json.put("serviceAdministrator", administrator(p.serviceAdministrator(), p.serviceAdministratorLosesAccess()));
        json.put(
                "managedIdentities",
                p.managedIdentities().stream().map(MovePlanJson::identity).toList());
        json.put(
                "keyVaults",
                p.keyVaults().stream()
                        .map(v -> Map.of(
                                "resourceId",
                                v.resource().toString(),
                                "tenantId",
                                v.tenantId().toString()))
                        .toList());
        return json;
    }

    private static Map<String, Object> assignment(SubscriptionId subscription, MovePlan.PlannedAssignment a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.scope() + "/providers/Microsoft.Authorization/roleAssignments/" + a.id());
        json.put("name", a.id().toString());
        json.put("scope", a.scope().toString());
        json.put(
                "roleDefinitionId",
                "/subscriptions/" + subscription + "/providers/Microsoft.Authorization/roleDefinitions/"
                        + a.roleDefinition());
        json.put("roleName", a.roleName());
        json.put("description", a.description());
        MovePlan.PlannedPrincipal who = a.principal();
        Map<String, Object> principal = new LinkedHashMap<>();
        principal.put("id", who.id().toString());
        principal.put("type", who.type().name());
        principal.put("displayName", who.displayName());
        principal.put("userPrincipalName", who.userPrincipalName());
        principal.put("mail", who.mail());
        principal.put("appId", who.appId() == null ? null : who.appId().toString());
        json.put("principal", principal);
        return json;
    }

    private static Map<String, Object> role(RoleDefinition r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id().toString());
        json.put("roleName", r.roleName());
        json.put("description", r.description());
        json.put("actions", r.actions());
        json.put("notActions", r.notActions());
        json.put(
                "assignableScopes",
                r.assignableScopes().stream().map(Object::toString).toList());
        return json;
    }

    private static Map<String, Object> administrator(MovePlan.PlannedAdministrator a, Boolean losesAccess) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("email", a.email());
        json.put("microsoftAccount", a.microsoftAccount());
        if (losesAccess != null) json.put("losesAccess", losesAccess);
        return json;
    }

    private static Map<String, Object> identity(MovePlan.PlannedIdentity i) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("resourceId", i.resource().toString());
        json.put("type", i.systemAssigned() ? "SystemAssigned" : "UserAssigned");
        json.put("principalId", i.principalId().toString());
        json.put("clientId", i.clientId() == null ? null : i.clientId().toString());
        json.put(
                "roleAssignments",
                i.assignments().stream().map(Object::toString).toList());
        if (!i.systemAssigned())
            json.put("attachedTo", i.attachedTo().stream().map(Object::toString).toList());
        return json;
    }

    /** The plan's JSON as a tree (for answers). */
    public static JsonNode tree(MovePlan plan) {
        return MAPPER.valueToTree(of(plan));
    }
}
