package dev.cerulean.server.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks the bearer tokens that every API of the server receives: an RS256 JWS (never
 * {@code alg: none}, never a MAC such as HS256 keyed with the public key), signed by a published
 * key of the token's own tenant (by {@code kid}), with an issuer of this identity platform for
 * that tenant, one of the expected audiences, and valid now within a small clock skew; optionally
 * of an expected tenant. Answers who the caller is.
 */
public final class TokenVerifier {
    private static final int MAX_TOKEN_LENGTH = 16 * 1024;

    /** Why a token was refused; the APIs map these to their own error codes. */
    public enum Reason {
        MALFORMED,
        UNSUPPORTED_ALGORITHM,
        UNKNOWN_KEY,
        BAD_SIGNATURE,
        WRONG_ISSUER,
        WRONG_AUDIENCE,
        EXPIRED,
        NOT_YET_VALID,
        WRONG_TENANT,
        UNKNOWN_SUBJECT
    }

    public static final class Rejected extends Exception {
        private final Reason reason;

        Rejected(Reason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** A token that passed every check: its caller, tenant, audience and the claims APIs decide on. */
    public record VerifiedToken(
            Caller caller,
            DirectoryId tenant,
            String audience,
            boolean app,
            String clientId,
            List<String> roles,
            List<String> scopes,
            List<String> wids,
            Instant expiresAt,
            JWTClaimsSet claims) {}

    /** A token whose signature checked out with {@code key}, and its claims. */
    private record Signed(SigningKeyRing.PublicKey key, JWTClaimsSet claims) {}

    /**
     * Tokens whose signature was checked, by their exact text: a client sends the same token with
     * every call for an hour, and checking an RS256 signature and parsing the claims was about a
     * third of an ARM read. Everything that depends on time or on the request (key still
     * published, tenant, issuer, audience, expiry, subject) is still checked on every call.
     */
    private static final int SIGNATURES_REMEMBERED = 1_024;

    private final Cache<String, Signed> signatures = BoundedCache.of(SIGNATURES_REMEMBERED);
    /** The origin comes from the request's Host header: remember a few, never an unbounded number. */
    private final Cache<String, Set<String>> armAudiencesWith = BoundedCache.of(64);

    private static final Set<String> GRAPH_AUDIENCES = Set.of(ResourceScopes.withSlash(ResourceScopes.GRAPH_AUDIENCE));

    private final SigningKeyRing keys;
    private final DirectoryUsers users;
    private final Clock clock;
    private final Duration skew;
    private final Set<String> issuerHosts;
    /** exp (required) and nbf, on the injected clock, within the clock skew: Nimbus's claims verifier. */
    private final TimeChecks timeChecks;
    /** The server's own {@code host:port}s once it listens (null: not known yet, any host). */
    private volatile Set<String> ownAuthorities;

    private final Set<String> armAudiences;
    /**
     * ARM audiences once the server listens: the public ones, and this server under every name and
     * port it answers on (a token requested for {@code https://127.0.0.1:PORT/} is as good as one
     * for {@code https://localhost:PORT/}).
     */
    private volatile Set<String> ownArmAudiences;

    public TokenVerifier(SigningKeyRing keys, DirectoryUsers users, Clock clock, IdentitySettings settings) {
        this.keys = keys;
        this.users = users;
        this.clock = clock;
        this.skew = settings.clockSkew();
        this.timeChecks = new TimeChecks(clock, skew);
        this.issuerHosts = lower(settings.issuerHosts());
        Set<String> arm = new HashSet<>(ResourceScopes.PUBLIC_ARM_RESOURCES);
        arm.addAll(settings.armResources());
        this.armAudiences = Set.copyOf(normalized(arm));
    }

    /**
     * The names and ports this server answers on, once it listens: without configured issuer hosts,
     * a token's issuer must name one of them (the names the server's certificate holds).
     */
    public void listeningOn(Set<String> authorities) {
        this.ownAuthorities = lower(authorities);
        Set<String> arm = new HashSet<>(armAudiences);
        for (String a : ownAuthorities) arm.add("https://" + a + "/");
        for (String a : issuerHosts) arm.add("https://" + a + "/");
        this.ownArmAudiences = Set.copyOf(arm);
    }

    /** Verifies a token for Azure Resource Manager (any ARM audience; {@code ownOrigin} is this server's ARM URL). */
    public VerifiedToken verifyArm(String token, String ownOrigin, DirectoryId expectedTenant) throws Rejected {
        Set<String> known = ownArmAudiences != null ? ownArmAudiences : armAudiences;
        Set<String> audiences =
                ownOrigin == null || known.contains(ResourceScopes.withSlash(ownOrigin.toLowerCase(Locale.ROOT)))
                        ? known
                        : armAudiencesWith.getIfPresent(ownOrigin);
        if (audiences == null) {
            Set<String> all = new HashSet<>(known);
            all.add(ResourceScopes.withSlash(ownOrigin.toLowerCase(Locale.ROOT)));
            audiences = Set.copyOf(all);
            armAudiencesWith.put(ownOrigin, audiences);
        }
        return verify(token, audiences, expectedTenant);
    }

    /** Verifies a token for Microsoft Graph. */
    public VerifiedToken verifyGraph(String token, DirectoryId expectedTenant) throws Rejected {
        return verify(token, GRAPH_AUDIENCES, expectedTenant);
    }

    /**
     * @param audiences accepted audiences (compared case-insensitively, trailing slash ignored)
     * @param expectedTenant the tenant the token must be of; null for any
     */
    public VerifiedToken verify(String token, Set<String> audiences, DirectoryId expectedTenant) throws Rejected {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw new Rejected(Reason.MALFORMED, "No token, or a token too long.");
        }
        String compact = token.trim();
        Signed signed = signatures.getIfPresent(compact);
        if (signed == null || keys.publicKey(signed.key().keyId()).isEmpty()) {
            signed = checkSignature(compact);
            signatures.put(compact, signed);
        }
        SigningKeyRing.PublicKey key = signed.key();
        JWTClaimsSet claims = signed.claims();
        DirectoryId tenant = uuid(claims, "tid")
                .map(DirectoryId::new)
                .orElseThrow(() -> new Rejected(Reason.MALFORMED, "The token has no tenant (tid)."));
        if (!key.directory().equals(tenant)) {
            throw new Rejected(Reason.BAD_SIGNATURE, "The token is signed with another tenant's key.");
        }
        checkIssuer(claims.getIssuer(), tenant);
        String audience = checkAudience(claims.getAudience(), audiences);
        Date exp = claims.getExpirationTime();
        try {
            timeChecks.verify(claims, null);
        } catch (BadJWTException e) {
            Date nbf = claims.getNotBeforeTime();
            boolean early = exp != null
                    && nbf != null
                    && clock.instant().isBefore(nbf.toInstant().minus(skew));
            throw early
                    ? new Rejected(Reason.NOT_YET_VALID, "The token is not valid yet.")
                    : new Rejected(Reason.EXPIRED, "The token is expired.");
        }
        if (expectedTenant != null && !expectedTenant.equals(tenant)) {
            throw new Rejected(
                    Reason.WRONG_TENANT, "The token is from tenant " + tenant + ", not " + expectedTenant + ".");
        }
        boolean app = "app".equals(string(claims, "idtyp"));
        return new VerifiedToken(
                caller(claims, tenant, app),
                tenant,
                audience,
                app,
                string(claims, "appid"),
                list(claims, "roles"),
                scopes(claims),
                list(claims, "wids"),
                exp.toInstant(),
                claims);
    }

    /**
     * Parses the token and checks its signature with the published key it names: the part of a
     * verification that depends on the token's text alone, so its outcome can be remembered.
     */
    private Signed checkSignature(String compact) throws Rejected {
        JWT parsed;
        try {
            parsed = JWTParser.parse(compact);
        } catch (ParseException e) {
            throw new Rejected(Reason.MALFORMED, "The token is not a JWT.");
        }
        if (!(parsed instanceof SignedJWT jwt)) {
            throw new Rejected(Reason.UNSUPPORTED_ALGORITHM, "The token is not signed (alg none or encrypted).");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new Rejected(
                    Reason.UNSUPPORTED_ALGORITHM,
                    "Tokens are signed with RS256 only, not " + jwt.getHeader().getAlgorithm() + ".");
        }
        String keyId = jwt.getHeader().getKeyID();
        Optional<SigningKeyRing.PublicKey> key = keys.publicKey(keyId);
        if (key.isEmpty()) throw new Rejected(Reason.UNKNOWN_KEY, "The token's signing key (kid) is not known.");
        // the algorithm and key id are checked above so that each refusal keeps its own reason (the
        // APIs answer them differently); Nimbus's processor verifies the signature with that key
        try {
            return new Signed(key.get(), signatureProcessor(key.get()).process(jwt, null));
        } catch (BadJOSEException | JOSEException e) {
            throw new Rejected(Reason.BAD_SIGNATURE, "The token's signature is invalid.");
        }
    }

    private void checkIssuer(String issuer, DirectoryId tenant) throws Rejected {
        URI uri;
        try {
            uri = issuer == null ? null : new URI(issuer);
        } catch (Exception e) {
            uri = null;
        }
        boolean ok = uri != null
                && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                && uri.getRawAuthority() != null
                && issuerHostAccepted(uri.getRawAuthority().toLowerCase(Locale.ROOT))
                && (("/" + tenant + "/").equals(uri.getRawPath()) || ("/" + tenant + "/v2.0").equals(uri.getRawPath()))
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null;
        if (!ok)
            throw new Rejected(
                    Reason.WRONG_ISSUER, "The token's issuer is not this identity platform's for its tenant.");
    }

    private boolean issuerHostAccepted(String authority) {
        if (!issuerHosts.isEmpty()) return issuerHosts.contains(authority);
        Set<String> own = ownAuthorities;
        return own == null || own.contains(authority);
    }

    private static String checkAudience(List<String> audience, Set<String> accepted) throws Rejected {
        Set<String> normalized = normalized(accepted);
        if (audience != null
                && audience.size() == 1
                && normalized.contains(ResourceScopes.withSlash(audience.get(0).toLowerCase(Locale.ROOT)))) {
            return audience.get(0);
        }
        throw new Rejected(Reason.WRONG_AUDIENCE, "The token's audience " + audience + " is not accepted here.");
    }

    private Caller caller(JWTClaimsSet claims, DirectoryId tenant, boolean app) throws Rejected {
        ObjectId oid = uuid(claims, "oid")
                .map(ObjectId::new)
                .orElseThrow(() -> new Rejected(Reason.MALFORMED, "The token has no object id (oid)."));
        if (app) return new Caller(new Identity.App(tenant, oid), tenant, oid, null);
        String name = Optional.ofNullable(string(claims, "upn")).orElse(string(claims, "unique_name"));
        if (name != null && name.startsWith("live.com#")) name = name.substring("live.com#".length());
        Email email = Email.parse(name).orElse(null);
        if (tenant.equals(Tenant.CONSUMERS_TENANT)) {
            return new Caller(new Identity.Personal(new MicrosoftAccountId(oid.value())), null, null, email);
        }
        DirectoryUser user = users.byId(tenant, oid)
                .orElseThrow(() -> new Rejected(Reason.UNKNOWN_SUBJECT, "The token's user is not in its tenant."));
        // a user disabled after its token was issued stops at once, as Azure AD's continuous access evaluation does
        if (!user.accountEnabled()) throw new Rejected(Reason.UNKNOWN_SUBJECT, "The token's user is disabled.");
        return new Caller(user.person(), tenant, oid, email);
    }

    private static Optional<UUID> uuid(JWTClaimsSet claims, String name) {
        return Optional.ofNullable(string(claims, name)).flatMap(Guid::parse);
    }

    private static String string(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }

    private static List<String> list(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        if (value instanceof List<?> l)
            return l.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .toList();
        return List.of();
    }

    private static List<String> scopes(JWTClaimsSet claims) {
        String scp = string(claims, "scp");
        return scp == null || scp.isBlank() ? List.of() : List.of(scp.trim().split("\\s+"));
    }

    private static Set<String> normalized(Set<String> urls) {
        Set<String> out = new HashSet<>();
        for (String u : urls) out.add(ResourceScopes.withSlash(u.toLowerCase(Locale.ROOT)));
        return out;
    }

    private static Set<String> lower(Set<String> hosts) {
        Set<String> out = new HashSet<>();
        for (String h : hosts) out.add(h.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    /**
     * A processor that verifies the signature with {@code key} only, for RS256 only; the claims are
     * checked apart ({@link TimeChecks} on every call, the rest by hand: Azure's audience forms and
     * issuer-per-tenant are no standard claims check), because verified signatures are remembered.
     */
    private static DefaultJWTProcessor<SecurityContext> signatureProcessor(SigningKeyRing.PublicKey key) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new SingleKeyJWSKeySelector<>(JWSAlgorithm.RS256, rsaPublicKey(key)));
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        return processor;
    }

    private static java.security.interfaces.RSAPublicKey rsaPublicKey(SigningKeyRing.PublicKey key) {
        try {
            return key.key().toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("a published signing key is an RSA key", e);
        }
    }

    /** Nimbus's expiry and not-before checks, on the server's clock (tests move it) instead of the system's. */
    private static final class TimeChecks extends DefaultJWTClaimsVerifier<SecurityContext> {
        private final Clock clock;

        TimeChecks(Clock clock, Duration skew) {
            super(null, Set.of("exp"));
            this.clock = clock;
            setMaxClockSkew((int) Math.min(Integer.MAX_VALUE, skew.toSeconds()));
        }

        @Override
        protected Date currentTime() {
            return Date.from(clock.instant());
        }
    }
}
