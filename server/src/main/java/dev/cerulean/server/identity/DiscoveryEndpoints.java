package dev.cerulean.server.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.DirectoryUsers;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What clients read before they ask for tokens: the user realm (MSAL calls it before every
 * password grant), instance discovery, the OpenID configurations (v2 and v1) and the JWKS of a
 * tenant or of every tenant.
 */
public final class DiscoveryEndpoints {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TenantResolver tenants;
    private final SigningKeyRing keys;
    private final Directories directories;
    private final DirectoryUsers users;
    private final MicrosoftAccounts accounts;
    private final OAuthErrors errors;

    public DiscoveryEndpoints(
            TenantResolver tenants,
            SigningKeyRing keys,
            Directories directories,
            DirectoryUsers users,
            MicrosoftAccounts accounts,
            OAuthErrors errors) {
        this.tenants = tenants;
        this.keys = keys;
        this.directories = directories;
        this.users = users;
        this.accounts = accounts;
        this.errors = errors;
    }

    public void register(RoutesConfig routes) {
        routes.get("/common/userrealm/{username}", this::userRealm);
        routes.get("/{tenant}/discovery/instance", this::instance);
        routes.get("/{tenant}/v2.0/.well-known/openid-configuration", ctx -> configuration(ctx, true));
        routes.get("/{tenant}/.well-known/openid-configuration", ctx -> configuration(ctx, false));
        routes.get("/{tenant}/discovery/v2.0/keys", this::keys);
        routes.get("/{tenant}/discovery/keys", this::keys);
    }

    private void userRealm(Context ctx) {
        String name = ctx.pathParam("username").trim();
        Optional<Email> email = Email.parse(name);
        String domain =
                name.contains("@") ? name.substring(name.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT) : "";
        boolean work = email.map(e -> !users.workAccountsWithEmail(e).isEmpty()).orElse(false)
                || directories.domainsNamed(domain).stream().anyMatch(d -> d.verified());
        boolean personal = email.flatMap(accounts::byEmail).isPresent();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ver", "1.0");
        body.put("account_type", work ? "Managed" : personal ? "MSA" : "Unknown");
        body.put("domain_name", domain);
        body.put("cloud_instance_name", "cerulean.local");
        body.put("cloud_audience_urn", "urn:federation:MicrosoftOnline");
        json(ctx, body);
    }

    private void instance(Context ctx) {
        String origin = Origins.of(ctx);
        String host = origin.substring(origin.indexOf("://") + 3);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("preferred_network", host);
        entry.put("preferred_cache", host);
        // MSAL keys its instance cache by the host without the port: name both spellings
        String bare = host.startsWith("[")
                ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        entry.put("aliases", bare.equals(host) ? List.of(host) : List.of(host, bare));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "tenant_discovery_endpoint",
                origin + "/" + ctx.pathParam("tenant") + "/v2.0/.well-known/openid-configuration");
        body.put("api-version", "1.1");
        body.put("metadata", List.of(entry));
        json(ctx, body);
    }

    private void configuration(Context ctx, boolean v2) {
        try {
            Tenant tenant = tenants.require(ctx.pathParam("tenant"));
            String origin = Origins.of(ctx);
            String segment = ctx.pathParam("tenant");
            String tid = switch (tenant.kind()) {
                case DIRECTORY -> tenant.directory().toString();
                case CONSUMERS -> Tenant.CONSUMERS_TENANT.toString();
                default -> "{tenantid}";
            };
            String base = origin + "/" + segment;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("token_endpoint", base + (v2 ? "/oauth2/v2.0/token" : "/oauth2/token"));
            body.put("token_endpoint_auth_methods_supported", List.of("client_secret_post", "client_secret_basic"));
            body.put("jwks_uri", v2 ? base + "/discovery/v2.0/keys" : origin + "/common/discovery/keys");
            body.put("response_modes_supported", List.of("query", "form_post"));
            body.put("subject_types_supported", List.of("pairwise"));
            body.put("id_token_signing_alg_values_supported", List.of("RS256"));
            body.put("response_types_supported", List.of("code"));
            body.put("scopes_supported", List.of("openid", "profile", "email", "offline_access"));
            body.put("issuer", origin + "/" + tid + (v2 ? "/v2.0" : "/"));
            body.put("request_uri_parameter_supported", false);
            body.put("authorization_endpoint", base + (v2 ? "/oauth2/v2.0/authorize" : "/oauth2/authorize"));
            body.put("device_authorization_endpoint", base + (v2 ? "/oauth2/v2.0/devicecode" : "/oauth2/devicecode"));
            body.put(
                    "grant_types_supported",
                    List.of(
                            "client_credentials",
                            "password",
                            "authorization_code",
                            "refresh_token",
                            "urn:ietf:params:oauth:grant-type:device_code"));
            body.put("code_challenge_methods_supported", List.of("S256"));
            body.put(
                    "claims_supported",
                    List.of(
                            "sub",
                            "iss",
                            "aud",
                            "exp",
                            "iat",
                            "nbf",
                            "nonce",
                            "name",
                            "preferred_username",
                            "oid",
                            "tid",
                            "ver",
                            "idp"));
            body.put("tenant_region_scope", null);
            body.put("cloud_instance_name", "cerulean.local");
            body.put("msgraph_host", "graph.microsoft.com");
            json(ctx, body);
        } catch (Exception e) {
            errors.write(e, ctx);
        }
    }

    private void keys(Context ctx) {
        try {
            Tenant tenant = tenants.require(ctx.pathParam("tenant"));
            var set = tenant.isDirectory() ? keys.published(tenant.directory()) : keys.publishedEverywhere();
            ctx.header("Cache-Control", "public, max-age=300")
                    .contentType("application/json; charset=utf-8")
                    .result(set.toString(true));
        } catch (Exception e) {
            errors.write(e, ctx);
        }
    }

    private static void json(Context ctx, Object body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
