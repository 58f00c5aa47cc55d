package dev.cerulean.server.graph;

import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.Domain;
import dev.cerulean.core.directory.GraphAppRoles;
import dev.cerulean.core.directory.ReadDirectories;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /v1.0/organization} (the token tenant's directory) and {@code /v1.0/domains}. The
 * initial domain is the default one: Cerulean has no "set as default" operation.
 */
final class OrganizationEndpoint {
    static final Set<String> READ_ROLES =
            Set.of(GraphAppRoles.DIRECTORY_READ_ALL, GraphAppRoles.DIRECTORY_READ_WRITE_ALL);
    private static final Set<String> DOMAIN_READ_ROLES = Set.of(
            GraphAppRoles.DIRECTORY_READ_ALL,
            GraphAppRoles.DIRECTORY_READ_WRITE_ALL,
            GraphAppRoles.DOMAIN_READ_WRITE_ALL);
    private static final Pattern DOMAIN_NAME = Pattern.compile("[A-Za-z0-9.-]{1,253}");

    private final GraphRequests requests;
    private final ReadDirectories directories;

    OrganizationEndpoint(GraphRequests requests, ReadDirectories directories) {
        this.requests = requests;
        this.directories = directories;
    }

    GraphResponse list(Context ctx, GraphCaller caller) {
        caller.requireDirectoryRead(READ_ROLES);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        return GraphResponse.ok(requests.read(() -> {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("@odata.context", query.context("organization"));
            payload.put("value", List.of(organization(caller)));
            return payload;
        }));
    }

    GraphResponse get(Context ctx, GraphCaller caller) {
        caller.requireDirectoryRead(READ_ROLES);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        String id = ctx.pathParam("organization");
        if (dev.cerulean.core.common.Guid.parse(id).isEmpty()) {
            throw GraphException.badRequest("id", "invalid object identifier '" + GraphRequests.shorten(id) + "'.");
        }
        if (!id.equalsIgnoreCase(caller.directory().toString())) throw GraphException.notFound(id);
        return GraphResponse.ok(requests.read(() -> {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("@odata.context", query.context("organization/$entity"));
            payload.putAll(organization(caller));
            return payload;
        }));
    }

    GraphResponse domains(Context ctx, GraphCaller caller) {
        caller.requireDirectoryRead(DOMAIN_READ_ROLES);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        return GraphResponse.ok(requests.read(() -> {
            List<Map<String, Object>> items = directories.domainsOf(caller.directory()).stream()
                    .sorted(Comparator.comparing((Domain d) -> !d.initial()).thenComparing(Domain::name))
                    .map(OrganizationEndpoint::domain)
                    .toList();
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("@odata.context", query.context("domains"));
            payload.put("value", items);
            return payload;
        }));
    }

    GraphResponse domain(Context ctx, GraphCaller caller) {
        caller.requireDirectoryRead(DOMAIN_READ_ROLES);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        String name = ctx.pathParam("domain");
        if (!DOMAIN_NAME.matcher(name).matches()) {
            throw GraphException.badRequest("id", "not a domain name: '" + GraphRequests.shorten(name) + "'.");
        }
        return GraphResponse.ok(requests.read(() -> {
            Domain domain = directories.domainsOf(caller.directory()).stream()
                    .filter(d -> d.name().equalsIgnoreCase(name))
                    .findFirst()
                    .orElseThrow(() -> GraphException.notFound(name));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("@odata.context", query.context("domains/$entity"));
            payload.putAll(domain(domain));
            return payload;
        }));
    }

    private Map<String, Object> organization(GraphCaller caller) {
        Directory directory = directories
                .byId(caller.directory())
                .orElseThrow(() -> GraphException.notFound(caller.directory().toString()));
        List<Map<String, Object>> verified = directories.domainsOf(directory.id()).stream()
                .filter(Domain::verified)
                .sorted(Comparator.comparing((Domain d) -> !d.initial()).thenComparing(Domain::name))
                .map(d -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("capabilities", "Email, OfficeCommunicationsOnline");
                    json.put("isDefault", d.initial());
                    json.put("isInitial", d.initial());
                    json.put("name", d.name());
                    json.put("type", "Managed");
                    return json;
                })
                .toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", directory.id().toString());
        json.put("deletedDateTime", null);
        json.put("businessPhones", List.of());
        json.put("city", null);
        json.put("country", null);
        json.put("countryLetterCode", directory.country());
        json.put(
                "createdDateTime",
                directory.createdAt() == null ? null : directory.createdAt().toString());
        json.put("displayName", directory.displayName());
        json.put("marketingNotificationEmails", List.of());
        json.put("onPremisesSyncEnabled", null);
        json.put("postalCode", null);
        json.put("preferredLanguage", "en");
        json.put("state", null);
        json.put("street", null);
        json.put("technicalNotificationMails", List.of());
        json.put("tenantType", "AAD");
        json.put("assignedPlans", List.of());
        json.put("provisionedPlans", List.of());
        json.put("verifiedDomains", verified);
        return json;
    }

    private static Map<String, Object> domain(Domain d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("authenticationType", "Managed");
        json.put("availabilityStatus", null);
        json.put("id", d.name());
        json.put("isAdminManaged", true);
        json.put("isDefault", d.initial());
        json.put("isInitial", d.initial());
        json.put("isRoot", true);
        json.put("isVerified", d.verified());
        json.put("passwordNotificationWindowInDays", 14);
        json.put("passwordValidityPeriodInDays", 2147483647);
        json.put("supportedServices", d.verified() ? List.of("Email", "OfficeCommunicationsOnline") : List.of());
        json.put("state", null);
        return json;
    }
}
