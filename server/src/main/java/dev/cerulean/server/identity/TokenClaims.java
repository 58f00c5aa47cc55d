package dev.cerulean.server.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * Chooses the claims of the tokens (signing is {@link TokenSigner}'s job). Access tokens have the
 * v1 shape Azure Resource Manager and Graph accept: {@code iss https://HOST/{tid}/}, {@code aud},
 * {@code tid oid sub}, {@code upn unique_name name idp} for people, {@code scp} or {@code roles},
 * {@code appid}, {@code wids}, {@code iat nbf exp}. Id tokens have the v2 shape MSAL builds its
 * account from: {@code aud} = the client id as one string, {@code iss https://HOST/{tid}/v2.0}.
 */
public final class TokenClaims {

    public JWTClaimsSet accessToken(
            Subject s,
            RequestedScopes scopes,
            UUID clientId,
            boolean clientAuthenticated,
            String origin,
            Instant now,
            Duration lifetime) {
        JWTClaimsSet.Builder b = times(new JWTClaimsSet.Builder(), now, lifetime)
                .audience(scopes.resource().audience())
                .issuer(origin + "/" + s.tenant() + "/")
                .subject(s.objectId().toString())
                .claim("tid", s.tenant().toString())
                .claim("oid", s.objectId().toString())
                .claim("appid", clientId.toString())
                .claim("appidacr", clientAuthenticated ? "1" : "0")
                .claim("uti", UUID.randomUUID().toString())
                .claim("ver", "1.0");
        if (s.app()) {
            b.claim("idtyp", "app");
            if (scopes.resource().kind() == RequestedScopes.Resource.Kind.GRAPH
                    && !s.graphRoles().isEmpty()) {
                b.claim("roles", s.graphRoles());
            }
        } else {
            b.claim("idtyp", "user")
                    .claim("scp", scopes.delegatedPermissions())
                    .claim("name", s.name())
                    .claim("unique_name", s.uniqueName());
            if (s.upn() != null) b.claim("upn", s.upn());
            if (s.idp() != null) b.claim("idp", s.idp());
        }
        if (!s.wids().isEmpty())
            b.claim("wids", s.wids().stream().map(UUID::toString).toList());
        groups(b, s);
        return b.build();
    }

    public JWTClaimsSet idToken(Subject s, UUID clientId, String nonce, String origin, Instant now, Duration lifetime) {
        JWTClaimsSet.Builder b = times(new JWTClaimsSet.Builder(), now, lifetime)
                .audience(clientId.toString())
                .issuer(origin + "/" + s.tenant() + "/v2.0")
                .subject(pairwiseSubject(clientId, s.objectId()))
                .claim("tid", s.tenant().toString())
                .claim("oid", s.objectId().toString())
                .claim("name", s.name())
                .claim("preferred_username", s.preferredUsername())
                .claim("ver", "2.0");
        if (s.idp() != null) b.claim("idp", s.idp());
        if (nonce != null) b.claim("nonce", nonce);
        groups(b, s);
        return b.build();
    }

    /**
     * {@code groups} when the app asked for them: at most {@value #GROUPS_LIMIT} ids, as Entra puts
     * in a JWT; past that, Entra's overage: no ids, but {@code _claim_names}/{@code _claim_sources}
     * pointing at Graph's getMemberObjects for the subject.
     */
    private static void groups(JWTClaimsSet.Builder b, Subject s) {
        if (s.groups() == null) return;
        if (s.groups().size() <= GROUPS_LIMIT) {
            b.claim("groups", s.groups());
            return;
        }
        String kind = s.app() ? "servicePrincipals" : "users";
        b.claim("_claim_names", java.util.Map.of("groups", "src1"));
        b.claim(
                "_claim_sources",
                java.util.Map.of(
                        "src1",
                        java.util.Map.of(
                                "endpoint",
                                "https://graph.microsoft.com/v1.0/" + kind + "/" + s.objectId()
                                        + "/getMemberObjects")));
    }

    /** Entra's limit of group ids in a JWT; more become an overage claim. */
    public static final int GROUPS_LIMIT = 200;

    /** {@code client_info}: base64url of {"uid":home object id,"utid":home tenant}, MSAL's account key. */
    public String clientInfo(Subject s) {
        String json = "{\"uid\":\"" + s.homeObjectId() + "\",\"utid\":\"" + s.homeTenant() + "\"}";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Like Microsoft's: a per-application subject, so that two apps cannot correlate a person by {@code sub}. */
    static String pairwiseSubject(UUID clientId, UUID objectId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((clientId + ":" + objectId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder times(JWTClaimsSet.Builder b, Instant now, Duration lifetime) {
        Instant second = Instant.ofEpochSecond(now.getEpochSecond());
        return b.issueTime(Date.from(second))
                .notBeforeTime(Date.from(second))
                .expirationTime(Date.from(second.plus(lifetime)));
    }
}
