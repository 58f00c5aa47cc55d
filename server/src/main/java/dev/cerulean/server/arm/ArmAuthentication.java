package dev.cerulean.server.arm;

import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.subscription.ReadSubscriptions;
import dev.cerulean.server.http.AzurePublicNames;
import dev.cerulean.server.http.BearerAuthentication;
import dev.cerulean.server.http.BodyLimit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first step of every ARM call: the {@code Authorization} header through
 * {@link BearerAuthentication} for the ARM audience. A missing or refused token is a 401 whose
 * {@code WWW-Authenticate} names the authority to get a token from: the tenant of the
 * subscription the path names, else {@code common}.
 */
final class ArmAuthentication {
    /** What an endpoint does once the caller is known. */
    @FunctionalInterface
    interface ArmHandler {
        void handle(ArmCall call) throws Exception;
    }

    private static final Pattern SUBSCRIPTION_IN_PATH = Pattern.compile(
            "/subscriptions/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})",
            Pattern.CASE_INSENSITIVE);

    private final BearerAuthentication bearer;
    private final ArmSettings settings;
    private final ReadSubscriptions subscriptions;

    ArmAuthentication(BearerAuthentication bearer, ArmSettings settings, ReadSubscriptions subscriptions) {
        this.bearer = bearer;
        this.settings = settings;
        this.subscriptions = subscriptions;
    }

    Handler authenticated(ArmHandler handler) {
        return ctx -> {
            // a body over the limit is refused before anything else, as Azure's front door does
            if (BodyLimit.exceeded(ctx)) throw tooLarge();
            var result = authenticate(ctx.header("Authorization"));
            if (result instanceof BearerAuthentication.Authenticated a
                    && a.caller() != null
                    && a.caller().directory() != null) {
                try {
                    handler.handle(new ArmCall(ctx, a.caller(), settings, subscriptions));
                } catch (RuntimeException e) {
                    throw BodyLimit.isTooLarge(e) ? tooLarge() : e;
                }
                return;
            }
            var refused = result instanceof BearerAuthentication.Refused r
                    ? r
                    : new BearerAuthentication.Refused("InvalidAuthenticationToken", "The access token is invalid.");
            // reached under Resource Manager's public name (interception): sign in at Azure's login name
            String base = AzurePublicNames.isManagement(ctx.host())
                    ? AzurePublicNames.LOGIN_ORIGIN
                    : ArmCall.base(ctx, settings);
            throw new ArmFailure(
                    401,
                    refused.reason(),
                    refused.message(),
                    null,
                    Map.of("WWW-Authenticate", challenge(base, tenantOf(ctx))));
        };
    }

    private static ArmFailure tooLarge() {
        return new ArmFailure(413, "RequestContentTooLarge", BodyLimit.MESSAGE, null);
    }

    private BearerAuthentication.Result authenticate(String header) {
        if (header == null || header.isBlank()) {
            return new BearerAuthentication.Refused(
                    "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing.");
        }
        try {
            return bearer.authenticate(header, BearerAuthentication.Audience.ARM);
        } catch (RuntimeException e) {
            // a verifier that trips over a strange header still answers 401, never 500
            return new BearerAuthentication.Refused("InvalidAuthenticationToken", "The access token is invalid.");
        }
    }

    /** The tenant to name in the challenge: the directory of the subscription in the path, else common. */
    private String tenantOf(Context ctx) {
        Matcher m = SUBSCRIPTION_IN_PATH.matcher(ctx.path());
        if (!m.find()) return "common";
        return SubscriptionId.parse(m.group(1))
                .flatMap(subscriptions::byId)
                .map(s -> s.directory().toString())
                .orElse("common");
    }

    static String challenge(String base, String tenant) {
        return "Bearer authorization_uri=\"" + base + "/" + tenant + "\", error=\"invalid_token\", "
                + "error_description=\"The authentication failed because of missing 'Authorization' header or an invalid token.\"";
    }
}
