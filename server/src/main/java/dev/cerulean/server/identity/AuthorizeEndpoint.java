package dev.cerulean.server.identity;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.signin.Session;
import dev.cerulean.core.signin.SignInDirectory;
import dev.cerulean.core.token.AuthorizationCode;
import dev.cerulean.core.token.AuthorizationCodes;
import dev.cerulean.core.token.TokenHash;
import dev.cerulean.server.signin.SignInPages;
import dev.cerulean.server.signin.WebSessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code GET /{tenant}/oauth2/v2.0/authorize}: the sign-in of the authorization-code flow. The
 * browser needs a session (else it goes to {@code /login} and comes back; {@code prompt=login}
 * always goes there first); then a single-use code, bound to client, redirect URI, PKCE challenge
 * and nonce, goes to the redirect URI with {@code state}, {@code client_info} and
 * {@code session_state}, in the query or as an auto-submitting form POST ({@code form_post}).
 * Problems with the client or the redirect URI are shown here; all others go to the client.
 */
public final class AuthorizeEndpoint {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Transactions transactions;
    private final AuthorizationCodes codes;
    private final TenantResolver tenants;
    private final Clients clients;
    private final ResourceScopes resources;
    private final WebSessions sessions;
    private final SignInDirectory directories;
    private final Subjects subjects;
    private final TokenClaims claims;
    private final Clock clock;
    private final IdentitySettings settings;

    public AuthorizeEndpoint(
            Transactions transactions,
            AuthorizationCodes codes,
            TenantResolver tenants,
            Clients clients,
            ResourceScopes resources,
            WebSessions sessions,
            SignInDirectory directories,
            Subjects subjects,
            TokenClaims claims,
            Clock clock,
            IdentitySettings settings) {
        this.transactions = transactions;
        this.codes = codes;
        this.tenants = tenants;
        this.clients = clients;
        this.resources = resources;
        this.sessions = sessions;
        this.directories = directories;
        this.subjects = subjects;
        this.claims = claims;
        this.clock = clock;
        this.settings = settings;
    }

    public void register(RoutesConfig routes) {
        routes.get("/{tenant}/oauth2/v2.0/authorize", this::authorize);
        routes.get("/{tenant}/oauth2/authorize", this::authorize);
    }

    private void authorize(Context ctx) {
        String origin = Origins.of(ctx);
        Tenant tenant;
        Clients.Client client;
        String redirectUri = ctx.queryParam("redirect_uri");
        try {
            tenant = tenants.require(ctx.pathParam("tenant"));
            client = clients.require(ctx.queryParam("client_id"));
            if (!RedirectUris.allowed(redirectUri, origin)) {
                throw OAuthError.invalidRequest(
                        50011,
                        "The redirect URI '" + redirectUri + "' specified in the request "
                                + "does not match the redirect URIs configured for the application '"
                                + client.clientId() + "'.");
            }
        } catch (OAuthError e) {
            AuthorizePages.error(ctx, e);
            return;
        }
        String responseMode =
                Optional.ofNullable(ctx.queryParam("response_mode")).orElse("query");
        String state = ctx.queryParam("state");
        try {
            if (!responseMode.equals("query") && !responseMode.equals("form_post")) {
                responseMode = "query";
                throw OAuthError.invalidRequest(900144, "response_mode must be query or form_post.");
            }
            if (!"code".equals(ctx.queryParam("response_type"))) {
                throw new OAuthError(
                        400,
                        "unsupported_response_type",
                        700054,
                        "response_type '" + ctx.queryParam("response_type") + "' is not enabled for the application.");
            }
            RequestedScopes scopes = resources.parse(ctx.queryParam("scope"), origin, true);
            String challenge = ctx.queryParam("code_challenge");
            if (challenge != null && !"S256".equals(ctx.queryParam("code_challenge_method"))) {
                throw OAuthError.invalidRequest(501491, "Invalid code_challenge_method: only S256 is supported.");
            }
            if (challenge != null && !challenge.matches("[A-Za-z0-9_-]{43}")) {
                throw OAuthError.invalidRequest(501491, "Invalid size of code_challenge parameter.");
            }
            String prompt = ctx.queryParam("prompt");
            Optional<Session> session = sessions.current(ctx);
            if ("none".equals(prompt) && session.isEmpty()) {
                throw new OAuthError(
                        400,
                        "login_required",
                        50058,
                        "A silent sign-in request was sent but no user is " + "signed in.");
            }
            if (session.isEmpty() || "login".equals(prompt)) {
                ctx.redirect(SignInPages.loginUrl(withoutPrompt(ctx)), HttpStatus.FOUND);
                return;
            }
            Caller caller = inTenant(session.get().caller(), tenant);
            // before any code is stored: refused when the person left the directory or was disabled since signing in
            String clientInfo = claims.clientInfo(subjects.forPerson(caller));
            String code = newCode();
            transactions.inTransaction(() -> {
                codes.add(new AuthorizationCode(
                        TokenHash.of(code),
                        caller,
                        client.clientId(),
                        redirectUri,
                        challenge,
                        ctx.queryParam("nonce"),
                        scopes.all(),
                        clock.instant().plus(settings.codeLifetime())));
                return null;
            });
            Map<String, String> answer = new LinkedHashMap<>();
            answer.put("code", code);
            answer.put("client_info", clientInfo);
            if (state != null) answer.put("state", state);
            answer.put(
                    "session_state",
                    TokenHash.of("session_state:" + session.get().id()).substring(0, 32));
            respond(ctx, redirectUri, responseMode, answer);
        } catch (OAuthError e) {
            Map<String, String> answer = new LinkedHashMap<>();
            answer.put("error", e.error());
            answer.put("error_description", e.description());
            if (state != null) answer.put("state", state);
            respond(ctx, redirectUri, responseMode, answer);
        }
    }

    private Caller inTenant(Caller caller, Tenant tenant) {
        if (tenant.isDirectory() && !tenant.directory().equals(caller.directory())) {
            return directories
                    .switchTo(caller, tenant.directory())
                    .orElseThrow(() -> new OAuthError(
                            400,
                            "access_denied",
                            50020,
                            "User account '" + caller.displayName() + "' does not exist in tenant '" + tenant.segment()
                                    + "' and cannot access the application in that tenant."));
        }
        if (tenant.kind() == Tenant.Kind.ORGANIZATIONS && caller.directory() == null) {
            throw new OAuthError(
                    400,
                    "access_denied",
                    50020,
                    "A personal account in no directory cannot sign in " + "through /organizations.");
        }
        return caller;
    }

    /** This authorize URL as a path on this server, minus {@code prompt=login} so that coming back does not loop. */
    private static String withoutPrompt(Context ctx) {
        String query = ctx.queryParamMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("prompt"))
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        return ctx.path() + (query.isEmpty() ? "" : "?" + query);
    }

    private static void respond(Context ctx, String redirectUri, String mode, Map<String, String> answer) {
        if (mode.equals("form_post")) {
            AuthorizePages.formPost(ctx, redirectUri, answer);
            return;
        }
        String query = answer.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(redirectUri + (redirectUri.contains("?") ? "&" : "?") + query, HttpStatus.FOUND);
    }

    private static String newCode() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "1.A" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
