package dev.cerulean.server.identity;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.signin.AccountKind;
import dev.cerulean.core.signin.SignIn;
import dev.cerulean.core.signin.SignInDirectory;
import dev.cerulean.core.signin.SignInResult;
import java.util.Map;
import java.util.Optional;

/**
 * {@code password} (resource owner password credentials): the same sign-in as the pages, with its
 * throttling and generic refusal; for work accounts only, as in Azure (a Microsoft account is
 * refused as a wrong password would be). Not on {@code /common} or {@code /consumers}, as Microsoft. When
 * the name is both a Microsoft account and a work account, the tenant decides which one is meant.
 * A person who is not in the named tenant is refused.
 */
final class PasswordGrant implements GrantHandler {
    private final Clients clients;
    private final ResourceScopes resources;
    private final TokenIssuer issuer;
    private final SignIn signIn;
    private final SignInDirectory directories;

    PasswordGrant(
            Clients clients, ResourceScopes resources, TokenIssuer issuer, SignIn signIn, SignInDirectory directories) {
        this.clients = clients;
        this.resources = resources;
        this.issuer = issuer;
        this.signIn = signIn;
        this.directories = directories;
    }

    @Override
    public Map<String, Object> grant(TokenRequest request) {
        Tenant tenant = request.tenant();
        if (tenant.kind() == Tenant.Kind.COMMON || tenant.kind() == Tenant.Kind.CONSUMERS) {
            throw OAuthError.invalidRequest(
                    9002331,
                    "The password grant is not supported on /" + tenant.segment()
                            + ". Use /organizations or a tenant-specific endpoint.");
        }
        PersonalClient client = PersonalClient.of(clients, request);
        String username = request.required("username");
        String password = request.required("password");
        RequestedScopes scopes = resources.parse(request.param("scope"), request.origin(), true);
        AccountKind kind = signIn.asksWhichAccount(username) ? AccountKind.Work : null;
        Outcome<SignInResult> outcome =
                signIn.signIn(username, password, kind, request.clientAddress(), tenant.directoryOrNull());
        if (outcome instanceof Outcome.Rejected<SignInResult> r) throw refusal(r.code(), r.args());
        if (!(outcome.orThrow() instanceof SignInResult.SignedIn signedIn)) {
            throw OAuthError.invalidGrant(50126, "Error validating credentials due to invalid username or password.");
        }
        if (signedIn.caller().identity() instanceof Identity.Personal) {
            // Azure supports the password grant only for work accounts: a Microsoft (personal) account,
            // also one invited into a tenant, gets the generic refusal and must use the authorization
            // code or device code flow
            throw OAuthError.invalidGrant(50126, "Error validating credentials due to invalid username or password.");
        }
        Caller caller = inTenant(signedIn.caller(), tenant);
        return issuer.forPerson(
                caller, client.client().clientId(), client.authenticated(), scopes, null, request.origin());
    }

    private Caller inTenant(Caller caller, Tenant tenant) {
        if (tenant.isDirectory()) {
            if (tenant.directory().equals(caller.directory())) return caller;
            Optional<Caller> switched = directories.switchTo(caller, tenant.directory());
            if (switched.isEmpty() && directories.disabledIn(caller.identity(), tenant.directory()))
                throw Subjects.disabled();
            return switched.orElseThrow(() -> OAuthError.invalidGrant(
                    50020,
                    "User account '" + caller.displayName()
                            + "' from identity provider does not exist in tenant '" + tenant.segment()
                            + "' and cannot access the application in that tenant."));
        }
        if (caller.directory() == null) {
            throw OAuthError.invalidGrant(
                    50020,
                    "User account '" + caller.displayName()
                            + "' is a personal account in no directory; it cannot sign in through /" + tenant.segment()
                            + ".");
        }
        return caller;
    }

    static OAuthError refusal(RuleCode code, java.util.List<String> args) {
        return switch (code) {
            case AccountTemporarilyLocked ->
                OAuthError.invalidGrant(
                        50053,
                        "Your account is locked because you've "
                                + "tried to sign in too many times with an incorrect user ID or password.");
            case UserAccountDisabled -> Subjects.disabled();
            // told to come back later (an address failing too often, or the hashing pool full): 429 with Retry-After
            case TooManySignInAttempts ->
                OAuthError.throttled(
                        50196,
                        "The server terminated an operation because "
                                + "it encountered a client request loop. Wait before trying again.",
                        seconds(args));
            default ->
                OAuthError.invalidGrant(50126, "Error validating credentials due to invalid username or password.");
        };
    }

    private static long seconds(java.util.List<String> args) {
        try {
            return args.isEmpty() ? 1 : Long.parseLong(args.get(0));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
