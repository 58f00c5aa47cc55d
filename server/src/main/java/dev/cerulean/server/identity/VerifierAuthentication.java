package dev.cerulean.server.identity;

import dev.cerulean.server.http.BearerAuthentication;
import java.util.Locale;
import java.util.function.Supplier;

/** The token verifier as the APIs see it: a bearer header in, the caller (or why not) out. */
public final class VerifierAuthentication implements BearerAuthentication {
    private final TokenVerifier verifier;
    private final Supplier<String> armOrigin;

    /** @param armOrigin this server's own ARM URL (an accepted ARM audience), known once it listens */
    public VerifierAuthentication(TokenVerifier verifier, Supplier<String> armOrigin) {
        this.verifier = verifier;
        this.armOrigin = armOrigin;
    }

    @Override
    public Result authenticate(String authorizationHeader, Audience audience) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new Refused(
                    "AuthenticationFailed",
                    "Authentication failed. The 'Authorization' header is missing" + " or is not a bearer token.");
        }
        String token = authorizationHeader.substring(7).trim();
        try {
            TokenVerifier.VerifiedToken verified = audience == Audience.GRAPH
                    ? verifier.verifyGraph(token, null)
                    : verifier.verifyArm(token, armOrigin.get(), null);
            return new Authenticated(verified.caller(), verified.scopes(), verified.roles());
        } catch (TokenVerifier.Rejected rejected) {
            return new Refused(reason(rejected.reason()), rejected.getMessage());
        }
    }

    private static String reason(TokenVerifier.Reason reason) {
        return switch (reason) {
            case EXPIRED -> "ExpiredAuthenticationToken";
            case WRONG_AUDIENCE -> "InvalidAuthenticationTokenAudience";
            case WRONG_TENANT -> "InvalidAuthenticationTokenTenant";
            case MALFORMED -> "AuthenticationFailed";
            default -> "InvalidAuthenticationToken";
        };
    }

    @Override
    public String toString() {
        return "VerifierAuthentication[" + armOrigin.get().toLowerCase(Locale.ROOT) + "]";
    }
}
