package dev.cerulean.server.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.ResourceId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.resource.ManagedIdentityTokens;
import dev.cerulean.core.resource.ManagedIdentityTokens.Selector;
import dev.cerulean.core.subscription.Resource;
import dev.cerulean.server.page.Language;
import dev.cerulean.server.page.Messages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The managed-identity token endpoint as Azure App Service serves it to its apps, for the clients
 * that read {@code IDENTITY_ENDPOINT} and {@code IDENTITY_HEADER} (azure-identity's
 * {@code ManagedIdentityCredential} through MSAL): {@code GET /msi/token?resource=…&api-version=2019-08-01}
 * with the header {@code X-IDENTITY-HEADER}, optionally {@code client_id}, {@code principal_id}
 * (MSAL sends {@code object_id}) or {@code mi_res_id} (also {@code msi_res_id}) to pick one of the
 * identities the header's grant names. The answer is {@code {access_token, expires_on, resource,
 * token_type, client_id}}; the token is an app token of the identity ({@code oid} its principal id,
 * {@code appid} its client id, {@code idtyp app}, {@code xms_mirid} its resource id) for the
 * resource's audience, signed like the client-credentials tokens. The header is a secret: it is
 * compared by its hash and never logged. Unknown identities are 400, not 404, as MSAL retries 404s.
 */
final class ManagedIdentityEndpoint {
    static final String PATH = "/msi/token";
    static final String API_VERSION = "2019-08-01";
    static final String HEADER = "X-IDENTITY-HEADER";
    private static final Messages ENGLISH = Messages.of(Language.en);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final ManagedIdentityTokens tokens;
    private final ResourceScopes resources;
    private final TokenClaims claims;
    private final TokenSigner signer;
    private final Clock clock;
    private final IdentitySettings settings;

    ManagedIdentityEndpoint(
            ManagedIdentityTokens tokens,
            ResourceScopes resources,
            TokenClaims claims,
            TokenSigner signer,
            Clock clock,
            IdentitySettings settings) {
        this.tokens = tokens;
        this.resources = resources;
        this.claims = claims;
        this.signer = signer;
        this.clock = clock;
        this.settings = settings;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::token);
    }

    private void token(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        try {
            String version = ctx.queryParam("api-version");
            if (!API_VERSION.equals(version)) {
                throw new Refusal(400, "invalid_request", "api-version must be " + API_VERSION + ".");
            }
            String resource = ctx.queryParam("resource");
            if (resource == null || resource.isBlank()) {
                throw new Refusal(400, "invalid_request", "The resource parameter is required.");
            }
            Selector selector = selector(ctx);
            String origin = Origins.of(ctx);
            RequestedScopes scopes = resources.parse(resource.trim() + "/.default", origin, false);
            Outcome<ManagedIdentityTokens.Served> served = tokens.resolve(ctx.header(HEADER), selector);
            if (served instanceof Outcome.Rejected<ManagedIdentityTokens.Served> r) throw refusal(r);
            respond(ctx, 200, answer(served.orThrow(), scopes, resource, origin));
        } catch (OAuthError e) {
            write(ctx, new Refusal(400, e.error(), e.description()));
        } catch (Refusal e) {
            write(ctx, e);
        }
    }

    private Map<String, Object> answer(
            ManagedIdentityTokens.Served served, RequestedScopes scopes, String resource, String origin) {
        Resource.ManagedIdentity mi = served.identity();
        ObjectId principal = mi.principalId();
        Subject subject = new Subject(
                new Caller(new Identity.App(mi.tenantId(), principal), mi.tenantId(), principal, null),
                mi.tenantId(),
                principal.value(),
                null,
                null,
                null,
                null,
                null,
                true,
                List.of(),
                List.of(),
                null,
                null,
                null);
        Instant now = clock.instant();
        JWTClaimsSet access =
                claims.accessToken(subject, scopes, mi.clientId(), true, origin, now, settings.accessTokenLifetime());
        JWTClaimsSet withResource = new JWTClaimsSet.Builder(access)
                .claim("xms_mirid", served.resource().id().toString())
                .build();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", signer.sign(withResource, mi.tenantId()));
        body.put(
                "expires_on",
                String.valueOf(withResource.getExpirationTime().toInstant().getEpochSecond()));
        body.put("resource", resource);
        body.put("token_type", "Bearer");
        body.put("client_id", mi.clientId().toString());
        return body;
    }

    /** At most one of the ways to name an identity, each well-formed. */
    private static Selector selector(Context ctx) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String name : List.of("client_id", "principal_id", "object_id", "mi_res_id", "msi_res_id")) {
            String v = ctx.queryParam(name);
            if (v != null && !v.isBlank()) given.put(name, v.trim());
        }
        if (given.isEmpty()) return Selector.DEFAULT;
        if (given.size() > 1) {
            throw new Refusal(400, "invalid_request", "Name the identity once: " + String.join(", ", given.keySet()));
        }
        var e = given.entrySet().iterator().next();
        return switch (e.getKey()) {
            case "client_id" -> new Selector(guid(e.getKey(), e.getValue()), null, null);
            case "principal_id", "object_id" -> new Selector(null, new ObjectId(guid(e.getKey(), e.getValue())), null);
            default ->
                new Selector(
                        null,
                        null,
                        ResourceId.parse(e.getValue())
                                .orElseThrow(() ->
                                        new Refusal(400, "invalid_request", e.getKey() + " is not a resource id.")));
        };
    }

    private static UUID guid(String name, String value) {
        return Guid.parse(value).orElseThrow(() -> new Refusal(400, "invalid_request", name + " is not a GUID."));
    }

    private static Refusal refusal(Outcome.Rejected<?> r) {
        int status = r.code().kind() == RuleCode.Kind.UNAUTHENTICATED ? 401 : 400;
        return new Refusal(status, r.code().name(), ENGLISH.rule(r.code(), r.args()));
    }

    private static void write(Context ctx, Refusal e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.error);
        body.put("error_description", e.getMessage());
        respond(ctx, e.status, body);
    }

    private static void respond(Context ctx, int status, Map<String, Object> body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of strings did not serialize", e);
        }
    }

    /** A refused request: status, error code and description (never the header's value). */
    private static final class Refusal extends RuntimeException {
        final int status;
        final String error;

        Refusal(int status, String error, String description) {
            super(description, null, false, false);
            this.status = status;
            this.error = error;
        }
    }
}
