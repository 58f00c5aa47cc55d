package dev.cerulean.server.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Scope;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ReadSubscriptions;
import dev.cerulean.core.subscription.Subscription;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * One authenticated ARM request: the caller its token speaks for, and the steps every endpoint
 * shares — parsing the path once into domain values, the token-tenant check, turning refusals
 * into {@link ArmFailure}s and writing JSON.
 */
final class ArmCall {
    final Context ctx;
    final Caller caller;
    private final ArmSettings settings;
    private final ReadSubscriptions subscriptions;

    ArmCall(Context ctx, Caller caller, ArmSettings settings, ReadSubscriptions subscriptions) {
        this.ctx = ctx;
        this.caller = caller;
        this.settings = settings;
        this.subscriptions = subscriptions;
    }

    /** This host as clients reach it, without a trailing slash. */
    String base() {
        return base(ctx, settings);
    }

    static String base(Context ctx, ArmSettings settings) {
        return settings.publicBaseUrl() != null ? settings.publicBaseUrl() : ctx.scheme() + "://" + ctx.host();
    }

    /** The {subscriptionId} path parameter as an id; 400 InvalidSubscriptionId otherwise. */
    SubscriptionId subscriptionParam() {
        String raw = ctx.pathParam("subscriptionId");
        return SubscriptionId.parse(raw)
                .orElseThrow(() -> ArmFailure.badRequest(
                        "InvalidSubscriptionId",
                        "subscriptionId",
                        "The provided subscription identifier '" + raw + "' is malformed or invalid."));
    }

    /** The {@code <scope>} path parameter (everything before /providers/…) as a scope; 400 InvalidScope otherwise. */
    Scope scopeParam() {
        String raw = ctx.pathParam("scope");
        String path = "/" + raw.replaceAll("^/+", "");
        return Scope.parse(path)
                .filter(s -> s.subscription() != null)
                .orElseThrow(() -> ArmFailure.badRequest(
                        "InvalidScope",
                        "scope",
                        "The scope '" + path + "' is not a subscription, resource group or resource."));
    }

    /**
     * The subscription, when the caller's token is for its directory: 404 SubscriptionNotFound for an
     * unknown one, 401 InvalidAuthenticationTokenTenant for a token of another tenant.
     */
    Subscription subscriptionInTenant(SubscriptionId id) {
        Subscription s = subscriptions
                .byId(id)
                .orElseThrow(() -> ArmErrors.of(
                        (Outcome.Rejected<?>) Outcome.rejected(RuleCode.SubscriptionNotFound, id), caller));
        if (!s.directory().equals(caller.directory())) {
            String wrong = base() + "/" + caller.directory() + "/";
            throw new ArmFailure(
                    401,
                    "InvalidAuthenticationTokenTenant",
                    "The access token is from the wrong issuer '"
                            + wrong + "'. It must match the tenant '" + base() + "/" + s.directory()
                            + "/' associated with this "
                            + "subscription. Please use the authority (URL) '" + base() + "/" + s.directory()
                            + "' to get the token.",
                    null,
                    Map.of(
                            "WWW-Authenticate",
                            ArmAuthentication.challenge(base(), s.directory().toString())));
        }
        return s;
    }

    /** The scope's subscription after the tenant check (the root scope has none to check). */
    Scope inTenant(Scope scope) {
        if (scope.subscription() != null) subscriptionInTenant(scope.subscription());
        return scope;
    }

    /** The outcome's value, or the refusal as an ARM failure. */
    <T> T orRefuse(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Ok<T> ok) return ok.value();
        throw ArmErrors.of((Outcome.Rejected<?>) outcome, caller);
    }

    ArmFailure forbidden(String action, Object scope) {
        return ArmErrors.of(
                (Outcome.Rejected<?>)
                        Outcome.rejected(RuleCode.AuthorizationFailed, caller.displayName(), action, scope),
                caller);
    }

    void json(int status, JsonNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }

    /** A list page in ARM's shape, {@code nextLink} absolute (see {@link Paging}). */
    <T> void page(List<T> items, java.util.function.Function<T, JsonNode> render) {
        Paging.write(this, items, render, Paging.PAGE_SIZE);
    }
}
