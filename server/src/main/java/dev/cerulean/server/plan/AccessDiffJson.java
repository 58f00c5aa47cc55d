package dev.cerulean.server.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cerulean.core.move.AccessDiff;
import dev.cerulean.core.move.AccessDiff.Access;
import dev.cerulean.core.move.AccessDiff.PrincipalAccess;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The diff of a rehearsed move as {@code POST …/changeTenantRequest/diff} answers it and {@code
 * cerulean move diff} prints it: each principal of the plan with each role it had at each scope and
 * how it holds it again ({@code DIRECTLY}, {@code MAPPED}) or not ({@code MISSING}), then each
 * co-administrator of the plan and whether it, or the user it is mapped to, is co-administrator
 * again; {@code empty} when nobody misses anything.
 */
public final class AccessDiffJson {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private AccessDiffJson() {}

    public static JsonNode tree(AccessDiff diff) {
        return MAPPER.valueToTree(of(diff));
    }

    public static String write(AccessDiff diff) {
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(of(diff));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a diff is always JSON", e);
        }
    }

    /** For a person: every principal, what it had and whether it has it again, then the verdict. */
    public static void print(AccessDiff diff, PrintWriter out) {
        for (PrincipalAccess p : diff.principals()) {
            String name = p.principal().displayName() == null
                    ? p.principal().id().toString()
                    : p.principal().displayName();
            out.println((p.missesAny() ? "- " : "  ") + p.principal().type() + " " + name + " ("
                    + p.principal().id() + ")"
                    + (p.counterpart() == null ? ", unmapped" : " -> " + p.counterpart()));
            for (Access a : p.access()) {
                out.println(String.format(
                        "    %-9s %s at %s",
                        a.regained(), a.roleName() == null ? a.roleDefinition() : a.roleName(), a.scope()));
            }
        }
        for (AccessDiff.CoAdministratorAccess c : diff.coAdministrators()) {
            out.println((c.regained() == AccessDiff.Regained.MISSING ? "- " : "  ") + "Co-administrator " + c.email()
                    + (c.counterpart() == null ? ", unmapped" : " -> " + c.counterpart()));
            out.println(String.format("    %-9s co-administrator", c.regained()));
        }
        int missing = diff.differences().size();
        int admins = diff.missingCoAdministrators().size();
        if (diff.empty()) {
            out.println("No differences: every principal of the plan has its access again.");
            return;
        }
        out.println(missing + " of " + diff.principals().size() + " principals miss access they had."
                + (admins == 0
                        ? ""
                        : " " + admins + " of " + diff.coAdministrators().size()
                                + " co-administrators are not named again."));
    }

    private static Map<String, Object> of(AccessDiff diff) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subscriptionId", diff.subscription().toString());
        json.put("empty", diff.empty());
        json.put(
                "principals",
                diff.principals().stream().map(AccessDiffJson::principal).toList());
        json.put(
                "coAdministrators",
                diff.coAdministrators().stream()
                        .map(AccessDiffJson::coAdministrator)
                        .toList());
        return json;
    }

    private static Map<String, Object> coAdministrator(AccessDiff.CoAdministratorAccess c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("email", c.email());
        json.put("counterpart", c.counterpart() == null ? null : c.counterpart().toString());
        json.put("regained", c.regained().name());
        return json;
    }

    private static Map<String, Object> principal(PrincipalAccess p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.principal().id().toString());
        json.put("type", p.principal().type().name());
        json.put("displayName", p.principal().displayName());
        json.put("counterpart", p.counterpart() == null ? null : p.counterpart().toString());
        json.put("missesAccess", p.missesAny());
        json.put("access", p.access().stream().map(AccessDiffJson::access).toList());
        return json;
    }

    private static Map<String, Object> access(Access a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scope", a.scope().toString());
        json.put("roleDefinitionId", a.roleDefinition().toString());
        json.put("roleName", a.roleName());
        json.put("plannedAssignment", a.plannedAssignment().toString());
        json.put("regained", a.regained().name());
        json.put(
                "liveAssignment",
                a.liveAssignment() == null ? null : a.liveAssignment().toString());
        return json;
    }
}
