package dev.cerulean.server.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cerulean.core.common.DirectoryId;

/** Signs claims with the tenant's current key (RS256, {@code kid} in the header). */
public final class TokenSigner {
    private final SigningKeyRing keys;

    public TokenSigner(SigningKeyRing keys) {
        this.keys = keys;
    }

    public String sign(JWTClaimsSet claims, DirectoryId tenant) {
        SigningKeyRing.ActiveKey key = keys.signingKey(tenant);
        SignedJWT jwt = new SignedJWT(key.header(), claims);
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed", e);
        }
        return jwt.serialize();
    }
}
