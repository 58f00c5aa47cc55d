package dev.cerulean.server.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.token.SigningKey;
import dev.cerulean.core.token.SigningKeys;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The RSA keys that sign each directory's tokens, kept in the store so that every node signs
 * and verifies with the same keys. A directory gets its first key on first use; a key signs for
 * {@link IdentitySettings#keyLifetime()} (or until {@link #rotate}), then the next one takes over,
 * and the old one stays published until every token it signed has expired.
 */
public final class SigningKeyRing {
    /** The key that currently signs a directory's tokens, ready to use. */
    public record ActiveKey(
            String keyId, DirectoryId directory, JWSHeader header, RSASSASigner signer, Instant until) {}

    /** A public key as the verifier needs it, with its signature verifier built once. */
    public record PublicKey(String keyId, DirectoryId directory, RSAKey key, RSASSAVerifier verifier) {}

    private static final Duration UNKNOWN_KID_MEMORY = Duration.ofSeconds(5);
    /** How often a node looks in the store for a newer key (a rotation made elsewhere, e.g. by the CLI). */
    static final Duration RECHECK = Duration.ofSeconds(60);

    private final Transactions transactions;
    private final SigningKeys store;
    private final Clock clock;
    private final Duration keyLifetime;
    private final Duration publishedAfterRetirement;
    private final Map<DirectoryId, ActiveKey> active = new ConcurrentHashMap<>();
    private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();
    private final Map<String, Instant> unknownKids = new ConcurrentHashMap<>();

    public SigningKeyRing(Transactions transactions, SigningKeys store, Clock clock, IdentitySettings settings) {
        this.transactions = transactions;
        this.store = store;
        this.clock = clock;
        this.keyLifetime = settings.keyLifetime();
        this.publishedAfterRetirement = settings.accessTokenLifetime().plus(settings.clockSkew());
    }

    /** The key that signs the directory's tokens now; created (and stored) when the directory has none. */
    public ActiveKey signingKey(DirectoryId directory) {
        Instant now = clock.instant();
        ActiveKey key = active.get(directory);
        if (key != null && now.isBefore(key.until())) return key;
        synchronized (this) {
            key = active.get(directory);
            if (key != null && now.isBefore(key.until())) return key;
            SigningKey stored = transactions.inTransaction(() -> store.ofDirectory(directory).stream()
                    .filter(k -> k.signsAt(now))
                    .reduce((older, newer) -> newer)
                    .orElseGet(() -> create(directory, now)));
            key = key != null && key.keyId().equals(stored.keyId())
                    ? recheckLater(key, stored, now)
                    : activate(stored, now);
            active.put(directory, key);
            return key;
        }
    }

    /** Retires the directory's signing keys and makes a new one sign from now on; answers the new key id. */
    public synchronized String rotate(DirectoryId directory) {
        Instant now = clock.instant();
        SigningKey fresh = transactions.inTransaction(() -> {
            store.ofDirectory(directory).stream()
                    .filter(k -> k.retiredAt() == null)
                    .forEach(k -> store.retire(k.keyId(), now));
            return create(directory, now);
        });
        active.put(directory, activate(fresh, now));
        return fresh.keyId();
    }

    /** The public key of that id, from memory or the store (another node may have made it). */
    public Optional<PublicKey> publicKey(String keyId) {
        if (keyId == null || keyId.length() > 64) return Optional.empty();
        PublicKey known = publicKeys.get(keyId);
        if (known != null) return Optional.of(known);
        Instant now = clock.instant();
        Instant missingUntil = unknownKids.get(keyId);
        if (missingUntil != null && now.isBefore(missingUntil)) return Optional.empty();
        Optional<PublicKey> found = store.byKeyId(keyId)
                .filter(k -> k.publishedAt(now, publishedAfterRetirement))
                .map(SigningKeyRing::publicOf);
        if (found.isPresent()) {
            publicKeys.put(keyId, found.get());
        } else {
            if (unknownKids.size() > 10_000) unknownKids.clear();
            unknownKids.put(keyId, now.plus(UNKNOWN_KID_MEMORY));
        }
        return found;
    }

    /** The JWKS of one directory: every key whose tokens may still be live. */
    public JWKSet published(DirectoryId directory) {
        signingKey(directory);
        return jwks(store.ofDirectory(directory));
    }

    /** The JWKS of every directory ({@code /common/discovery/keys}). */
    public JWKSet publishedEverywhere() {
        return jwks(store.all());
    }

    private JWKSet jwks(List<SigningKey> keys) {
        Instant now = clock.instant();
        List<JWK> out = new ArrayList<>();
        for (SigningKey k : keys) {
            if (k.publishedAt(now, publishedAfterRetirement))
                out.add(publicOf(k).key());
        }
        return new JWKSet(out);
    }

    private SigningKey create(DirectoryId directory, Instant now) {
        try {
            RSAKey generated = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
            SigningKey key = new SigningKey(
                    generated.getKeyID(),
                    directory,
                    generated.toPublicJWK().toJSONString(),
                    generated.toJSONString(),
                    now,
                    now.plus(keyLifetime),
                    null);
            store.add(key);
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA signing key", e);
        }
    }

    private static ActiveKey recheckLater(ActiveKey key, SigningKey stored, Instant now) {
        return new ActiveKey(key.keyId(), key.directory(), key.header(), key.signer(), until(stored, now));
    }

    /** Used until it stops signing or until the next look at the store, whichever is first. */
    private static Instant until(SigningKey stored, Instant now) {
        Instant recheck = now.plus(RECHECK);
        return stored.stopsSigning().isBefore(recheck) ? stored.stopsSigning() : recheck;
    }

    private ActiveKey activate(SigningKey stored, Instant now) {
        try {
            RSAKey key = RSAKey.parse(stored.privateJwk());
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .type(JOSEObjectType.JWT)
                    .keyID(stored.keyId())
                    .build();
            publicKeys.put(stored.keyId(), publicOf(stored));
            return new ActiveKey(
                    stored.keyId(),
                    stored.directory(),
                    header,
                    new RSASSASigner(key.toRSAPrivateKey()),
                    until(stored, now));
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("signing key " + stored.keyId() + " cannot be read", e);
        }
    }

    private static PublicKey publicOf(SigningKey stored) {
        try {
            RSAKey key = RSAKey.parse(stored.publicJwk());
            return new PublicKey(stored.keyId(), stored.directory(), key, new RSASSAVerifier(key.toRSAPublicKey()));
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("signing key " + stored.keyId() + " cannot be read", e);
        }
    }
}
