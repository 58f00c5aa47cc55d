package dev.cerulean.server.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AddClientSecret;
import dev.cerulean.core.directory.AppFilter;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.ChangeApplication;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.GraphAppRoles;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.core.directory.RegisterApp;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /v1.0/applications}: application objects (no service principal until
 * {@code POST /servicePrincipals} makes one), their password credentials and owners. A secret's
 * text is answered once, by addPassword; only its hash is kept.
 */
final class ApplicationsEndpoint {
    private static final Set<String> LIST_OPTIONS = Set.of("$top", "$skiptoken", "$filter", "$count");
    private static final Duration DEFAULT_SECRET_LIFETIME = Duration.ofDays(730);
    /** Azure's "never expires" is 2299-12-31; later end times are refused. */
    private static final Instant LATEST_END = Instant.parse("2300-01-01T00:00:00Z");

    private final GraphRequests requests;
    private final ReadDirectories directories;
    private final RegisterApp register;
    private final ChangeApplication change;
    private final AddClientSecret addSecret;

    ApplicationsEndpoint(
            GraphRequests requests,
            ReadDirectories directories,
            RegisterApp register,
            ChangeApplication change,
            AddClientSecret addSecret) {
        this.requests = requests;
        this.directories = directories;
        this.register = register;
        this.change = change;
        this.addSecret = addSecret;
    }

    GraphResponse list(Context ctx, GraphCaller caller) {
        caller.requireDirectoryRead(GraphAppRoles.READ_APPS);
        GraphQuery query = GraphQuery.of(ctx, LIST_OPTIONS);
        ApplicationFilter filter = ApplicationFilter.parse(query.filter());
        AppFilter wanted = ApplicationFilter.on(filter, AppFilter.APPLICATIONS);
        return GraphResponse.ok(requests.read(() -> {
            // a page read in the database, by name: a directory may have any number of apps
            List<AppRegistration> read =
                    directories.applicationsPage(caller.directory(), wanted, query.skip(), query.top() + 1);
            List<Map<String, Object>> items = read.stream()
                    .limit(query.top())
                    .map(ApplicationJson::application)
                    .toList();
            int total = query.count() ? directories.applicationCount(caller.directory(), wanted) : 0;
            return query.pageOf("applications", items, read.size() > query.top(), total);
        }));
    }

    GraphResponse get(Context ctx, GraphCaller caller) {
        caller.requireExactLookup(GraphAppRoles.READ_APPS);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        return GraphResponse.ok(entity(query, requests.read(() -> find(caller.directory(), ctx))));
    }

    GraphResponse create(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_APPS);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(body, Set.of("displayName", "signInAudience"), "microsoft.graph.application");
        String displayName = GraphJson.requiredString(body, "displayName");
        String audience = GraphJson.optionalString(body, "signInAudience");
        if (audience != null && !audience.equals("AzureADMyOrg")) {
            throw GraphException.badRequest("signInAudience", "only AzureADMyOrg (single tenant) is supported.");
        }
        AppRegistration app =
                requests.change(() -> register.registerApplication(caller.caller(), caller.directory(), displayName));
        return GraphResponse.created(entity(query, app));
    }

    GraphResponse update(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_APPS);
        GraphQuery.of(ctx, Set.of());
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(body, Set.of("displayName", "groupMembershipClaims"), "microsoft.graph.application");
        String displayName = GraphJson.optionalString(body, "displayName");
        AppRegistration.GroupClaims claims = groupClaims(body);
        ObjectId id = objectId(ctx);
        if (displayName == null && claims == null) requests.read(() -> find(caller.directory(), ctx));
        if (displayName != null) {
            requests.change(() -> change.rename(caller.caller(), caller.directory(), id, displayName));
        }
        if (claims != null) {
            requests.change(() -> change.groupClaims(caller.caller(), caller.directory(), id, claims));
        }
        return GraphResponse.noContent();
    }

    /** {@code groupMembershipClaims}: None (or null), SecurityGroup or All; Cerulean has no other groups. */
    private static AppRegistration.GroupClaims groupClaims(ObjectNode body) {
        if (!body.has("groupMembershipClaims")) return null;
        if (body.get("groupMembershipClaims").isNull()) return AppRegistration.GroupClaims.None;
        String value = GraphJson.optionalString(body, "groupMembershipClaims");
        for (AppRegistration.GroupClaims c : AppRegistration.GroupClaims.values()) {
            if (c.name().equalsIgnoreCase(value)) return c;
        }
        throw GraphException.badRequest("groupMembershipClaims", "None, SecurityGroup or All is expected.");
    }

    GraphResponse delete(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_APPS);
        GraphQuery.of(ctx, Set.of());
        ObjectId id = objectId(ctx);
        requests.change(() -> change.delete(caller.caller(), caller.directory(), id));
        return GraphResponse.noContent();
    }

    /** {@code POST /applications/{id}/addPassword}: the new secret's text, this once. */
    GraphResponse addPassword(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_APPS);
        GraphQuery query = GraphQuery.of(ctx, Set.of());
        // a JSON object is required, as Graph requires it ({} for a secret with the defaults)
        ObjectNode body = GraphJson.object(ctx);
        String displayName = null;
        Instant end = null;
        GraphJson.onlyKnown(body, Set.of("passwordCredential"), "addPassword parameters");
        ObjectNode credential = GraphJson.optionalObject(body, "passwordCredential");
        if (credential != null) {
            GraphJson.onlyKnown(
                    credential,
                    Set.of("displayName", "endDateTime", "startDateTime"),
                    "microsoft.graph.passwordCredential");
            displayName = GraphJson.optionalString(credential, "displayName");
            end = instant(credential, "endDateTime");
            instant(credential, "startDateTime");
        }
        Instant chosenEnd = end;
        UUID clientId = requests.read(() -> find(caller.directory(), ctx)).clientId();
        var created = requests.change(() -> addSecret.addExpiring(caller.caller(), clientId, now -> {
            if (chosenEnd == null) return now.plus(DEFAULT_SECRET_LIFETIME);
            // checked against the use case's clock, before anything is written
            if (!chosenEnd.isAfter(now) || !chosenEnd.isBefore(LATEST_END)) {
                throw GraphException.badRequest(
                        "passwordCredential.endDateTime", "must be in the future and before the year 2300.");
            }
            return chosenEnd;
        }));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@odata.context", query.context("microsoft.graph.passwordCredential"));
        json.putAll(ApplicationJson.passwordCredential(created.stored(), displayName, created.value()));
        return GraphResponse.ok(json);
    }

    /** {@code POST /applications/{id}/removePassword} with {@code keyId}: the secret stops working at once. */
    GraphResponse removePassword(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_APPS);
        GraphQuery.of(ctx, Set.of());
        ObjectNode body = GraphJson.object(ctx);
        GraphJson.onlyKnown(body, Set.of("keyId"), "removePassword parameters");
        String keyText = GraphJson.requiredString(body, "keyId");
        UUID keyId = Guid.parse(keyText).orElseThrow(() -> GraphException.badRequest("keyId", "a GUID is expected."));
        ObjectId id = objectId(ctx);
        requests.change(() -> change.removeSecret(caller.caller(), caller.directory(), id, keyId));
        return GraphResponse.noContent();
    }

    GraphResponse owners(Context ctx, GraphCaller caller) {
        caller.requireExactLookup(GraphAppRoles.READ_APPS);
        GraphQuery query = GraphQuery.of(ctx, Set.of("$top", "$skiptoken", "$count"));
        return GraphResponse.ok(requests.read(() -> {
            AppRegistration app = find(caller.directory(), ctx);
            Directory directory = directories
                    .byId(caller.directory())
                    .orElseThrow(
                            () -> GraphException.notFound(caller.directory().toString()));
            List<Map<String, Object>> items = new ArrayList<>();
            for (ObjectId owner : app.owners()) {
                directories.user(caller.directory(), owner).ifPresent(u -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("@odata.type", "#microsoft.graph.user");
                    json.putAll(UserJson.of(u, directory, UserJson.DEFAULT));
                    items.add(json);
                });
            }
            return query.page("directoryObjects", items);
        }));
    }

    /** {@code POST /applications/{id}/owners/$ref} with {@code {"@odata.id": "…/directoryObjects/{id}"}}. */
    GraphResponse addOwner(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_APPS);
        GraphQuery.of(ctx, Set.of());
        ObjectId owner = ObjectReference.of(GraphJson.object(ctx));
        ObjectId id = objectId(ctx);
        requests.change(() -> change.addOwner(caller.caller(), caller.directory(), id, owner));
        return GraphResponse.noContent();
    }

    GraphResponse removeOwner(Context ctx, GraphCaller caller) {
        caller.requireWriter(GraphAppRoles.MANAGE_APPS);
        GraphQuery.of(ctx, Set.of());
        String ownerText = ctx.pathParam("owner");
        ObjectId owner = ObjectId.parse(ownerText)
                .orElseThrow(() -> GraphException.badRequest(
                        "ownerId", "invalid object identifier '" + GraphRequests.shorten(ownerText) + "'."));
        ObjectId id = objectId(ctx);
        requests.change(() -> change.removeOwner(caller.caller(), caller.directory(), id, owner));
        return GraphResponse.noContent();
    }

    private Map<String, Object> entity(GraphQuery query, AppRegistration app) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@odata.context", query.context("applications/$entity"));
        json.putAll(ApplicationJson.application(app));
        return json;
    }

    private AppRegistration find(DirectoryId directory, Context ctx) {
        ObjectId id = objectId(ctx);
        return directories.application(directory, id).orElseThrow(() -> GraphException.notFound(id.toString()));
    }

    /** The path's application id: a GUID, or a 400 as Graph answers "Invalid object identifier". */
    private static ObjectId objectId(Context ctx) {
        String text = ctx.pathParam("application");
        return ObjectId.parse(text)
                .orElseThrow(() -> GraphException.badRequest(
                        "id", "invalid object identifier '" + GraphRequests.shorten(text) + "'."));
    }

    private static Instant instant(ObjectNode body, String field) {
        String text = GraphJson.optionalString(body, field);
        if (text == null) return null;
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw GraphException.badRequest(field, "a date and time such as 2027-01-01T00:00:00Z is expected.");
        }
    }
}
