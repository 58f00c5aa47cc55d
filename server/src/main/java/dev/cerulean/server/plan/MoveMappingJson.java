package dev.cerulean.server.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cerulean.core.move.MovePlan;
import dev.cerulean.core.move.ProposeMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapping of a plan's principals to the destination, as a file a person checks and edits:
 * each principal as the plan describes it, its proposed {@code target} (null where none was found)
 * and how it was found ({@code matchedBy}) or why not. A system-assigned identity's target is
 * proposed as {@value #REENABLE} (Azure's checklist: enable it again after the move; its
 * assignments follow the new principal), a user-assigned one's as {@value #RECREATE} (Azure's fix:
 * delete it and create it again, then attach it again where it was). Then each co-administrator
 * (the change removes them all) by its email, with the destination's user proposed to name
 * co-administrator again as its {@code target}. Restore reads {@code target} as edited
 * ({@link MoveMappingReader}).
 */
public final class MoveMappingJson {
    public static final String FORMAT = "1";
    /** The target that asks restore to enable a system-assigned identity again. */
    public static final String REENABLE = "reenable";
    /** The target that asks restore to re-create a user-assigned identity in the new directory. */
    public static final String RECREATE = "recreate";

    private static final ObjectMapper MAPPER = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private MoveMappingJson() {}

    public static String write(MovePlan plan, List<ProposeMapping.Entry> entries) {
        return write(plan, entries, List.of());
    }

    public static String write(
            MovePlan plan, List<ProposeMapping.Entry> entries, List<ProposeMapping.CoAdministratorEntry> admins) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("subscriptionId", plan.subscription().toString());
        json.put("subscriptionVersion", plan.subscriptionVersion());
        json.put("sourceTenantId", plan.source().toString());
        json.put("destinationTenantId", plan.destination().toString());
        json.put("principals", entries.stream().map(e -> entry(plan, e)).toList());
        json.put(
                "coAdministrators",
                admins.stream().map(MoveMappingJson::coAdministrator).toList());
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mapping is always JSON", e);
        }
    }

    private static Map<String, Object> entry(MovePlan plan, ProposeMapping.Entry e) {
        MovePlan.PlannedPrincipal p = e.source();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id().toString());
        json.put("type", p.type().name());
        json.put("displayName", p.displayName());
        json.put("userPrincipalName", p.userPrincipalName());
        json.put("mail", p.mail());
        json.put("appId", p.appId() == null ? null : p.appId().toString());
        var identity = e.match() != ProposeMapping.Match.MANAGED_IDENTITY
                ? java.util.Optional.<MovePlan.PlannedIdentity>empty()
                : plan.managedIdentities().stream()
                        .filter(i -> i.principalId().equals(p.id()))
                        .findFirst();
        json.put(
                "target",
                identity.isPresent()
                        ? identity.get().systemAssigned() ? REENABLE : RECREATE
                        : e.target() == null ? null : e.target().toString());
        json.put("matchedBy", e.match().name());
        return json;
    }

    private static Map<String, Object> coAdministrator(ProposeMapping.CoAdministratorEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("email", e.source().email());
        json.put("microsoftAccount", e.source().microsoftAccount());
        json.put("target", e.target() == null ? null : e.target().toString());
        json.put("matchedBy", e.match().name());
        return json;
    }
}
