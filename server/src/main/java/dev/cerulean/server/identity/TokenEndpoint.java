package dev.cerulean.server.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.oauth2.sdk.GrantType;
import dev.cerulean.server.http.BodyLimit;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /{tenant}/oauth2/v2.0/token} (and the v1 {@code /{tenant}/oauth2/token}, whose
 * {@code resource} parameter becomes {@code <resource>/.default}), dispatching on
 * {@code grant_type} to one {@link GrantHandler} per grant; and
 * {@code POST /{tenant}/oauth2/v2.0/devicecode}.
 */
public final class TokenEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<GrantType, GrantHandler> grants;
    private final DeviceAuthorization devices;
    private final TenantResolver tenants;
    private final OAuthErrors errors;

    public TokenEndpoint(
            Map<GrantType, GrantHandler> grants,
            DeviceAuthorization devices,
            TenantResolver tenants,
            OAuthErrors errors) {
        this.grants = Map.copyOf(grants);
        this.devices = devices;
        this.tenants = tenants;
        this.errors = errors;
    }

    public void register(RoutesConfig routes) {
        routes.post("/{tenant}/oauth2/v2.0/token", ctx -> token(ctx, false));
        routes.post("/{tenant}/oauth2/token", ctx -> token(ctx, true));
        routes.post("/{tenant}/oauth2/v2.0/devicecode", this::deviceCode);
    }

    private void token(Context ctx, boolean v1) {
        try {
            TokenRequest request = request(ctx, v1);
            String grantType = request.param("grant_type");
            if (grantType == null) throw OAuthError.missing("grant_type");
            // MSAL sends the device-code grant by its short name
            GrantType type = grantType.equals("device_code") ? GrantType.DEVICE_CODE : new GrantType(grantType);
            GrantHandler handler = grants.get(type);
            if (handler == null) {
                throw new OAuthError(
                        400,
                        "unsupported_grant_type",
                        70003,
                        "The app requested an unsupported grant type '" + grantType + "'.");
            }
            respond(ctx, handler.grant(request));
        } catch (Exception e) {
            errors.write(e, ctx);
        }
    }

    private void deviceCode(Context ctx) {
        try {
            respond(ctx, devices.start(request(ctx, false)));
        } catch (Exception e) {
            errors.write(e, ctx);
        }
    }

    private TokenRequest request(Context ctx, boolean v1) {
        if (BodyLimit.exceeded(ctx)) throw OAuthError.tooLarge();
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        Map<String, List<String>> form = form(ctx);
        if (v1 && form.containsKey("resource") && !form.containsKey("scope")) {
            Map<String, List<String>> translated = new HashMap<>(form);
            List<String> scopes = new ArrayList<>();
            for (String r : form.get("resource")) scopes.add(r + "/.default");
            translated.put("scope", List.of(String.join(" ", scopes)));
            form = translated;
        }
        return new TokenRequest(tenant, form, ctx.header("Authorization"), Origins.of(ctx), ctx.ip());
    }

    /**
     * The form parameters. Some clients (MSAL's device-code request through azure-core's pipeline)
     * send the url-encoded body without its Content-Type: such a body is read as a form all the same.
     */
    private static Map<String, List<String>> form(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (contentType.startsWith("application/x-www-form-urlencoded")) return ctx.formParamMap();
        if (!contentType.isEmpty()
                && !contentType.startsWith("text/plain")
                && !contentType.startsWith("application/octet-stream")) {
            throw OAuthError.invalidRequest(900144, "The request body must be application/x-www-form-urlencoded.");
        }
        Map<String, List<String>> form = new HashMap<>();
        String body = ctx.body();
        if (body.isBlank()) return form;
        for (String pair : body.trim().split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return form;
    }

    private static void respond(Context ctx, Map<String, Object> body) throws Exception {
        ctx.header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .contentType("application/json; charset=utf-8")
                .result(JSON.writeValueAsBytes(body));
    }
}
