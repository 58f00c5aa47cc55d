package dev.cerulean.server.identity;

import com.github.benmanes.caffeine.cache.Cache;
import dev.cerulean.core.account.PasswordHasher;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.AppRegistrations;
import dev.cerulean.core.directory.ClientSecret;
import dev.cerulean.core.signin.Lockout;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The applications that may ask for tokens: the app registrations of every directory, and the
 * well-known first-party public clients (Azure CLI, Azure PowerShell, Visual Studio Code) that
 * Azure's own tools sign people in with.
 * <p>
 * Client secrets are stored as Argon2id hashes, far too slow to check on every request. A secret
 * that verified once is remembered for {@link IdentitySettings#secretCacheTtl()} under an HMAC
 * (with a key that lives only in this process) of client id and secret, together with the key id
 * of the stored secret it matched: a later request with the same pair costs one HMAC, and is
 * still refused as soon as that stored secret is removed or expires.
 */
public final class Clients {
    private final Lockout lockout;
    /** An application as the identity platform sees it; {@code app} is null for first-party clients. */
    public record Client(UUID clientId, String displayName, AppRegistration app) {
        public boolean isFirstParty() {
            return app == null;
        }
    }

    static final Map<UUID, String> FIRST_PARTY = Map.of(
            UUID.fromString("04b07795-8ddb-461a-bbee-02f9e1bf7b46"), "Microsoft Azure CLI",
            UUID.fromString("1950a258-227b-4e31-a9cf-717495945fc2"), "Microsoft Azure PowerShell",
            UUID.fromString("aebc6443-996d-45c2-90f0-388ff96faa56"), "Visual Studio Code");

    private record Verified(UUID secretKeyId, Instant until) {}

    /** A registration as read, until when public-client lookups use it, and its stored version then. */
    private record Known(AppRegistration app, Instant until, long version) {}

    /**
     * How long an app registration read from the store is used without reading it again to name a
     * public client (authorization code, device code, refresh token): a renamed or deleted app is seen
     * on every node within this time. Authenticating a confidential client never uses it.
     */
    static final Duration APP_SNAPSHOT = Duration.ofSeconds(5);

    private static final int MAX_REMEMBERED = 50_000;

    private final AppRegistrations apps;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Duration remember;
    private final byte[] cacheKey = new byte[32];
    private final ThreadLocal<Mac> macs;
    private final Cache<String, Verified> verified = BoundedCache.of(MAX_REMEMBERED);
    private final Cache<UUID, Known> known = BoundedCache.of(MAX_REMEMBERED);

    public Clients(
            AppRegistrations apps, PasswordHasher hasher, Lockout lockout, Clock clock, IdentitySettings settings) {
        this.lockout = lockout;
        this.apps = apps;
        this.hasher = hasher;
        this.clock = clock;
        this.remember = settings.secretCacheTtl();
        new SecureRandom().nextBytes(cacheKey);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
            }
        });
    }

    /** The client of that id: an app registration or a first-party client; refused when unknown. */
    public Client require(String clientId) {
        if (clientId == null || clientId.isBlank()) throw OAuthError.missing("client_id");
        Optional<UUID> id = Guid.parse(clientId.trim());
        if (id.isEmpty()) {
            throw OAuthError.unauthorizedClient(
                    700016, "Application with identifier '" + clientId + "' was not found in the directory.");
        }
        String firstParty = FIRST_PARTY.get(id.get());
        if (firstParty != null) return new Client(id.get(), firstParty, null);
        return app(id.get())
                .map(a -> new Client(a.clientId(), a.displayName(), a))
                .orElseThrow(() -> OAuthError.unauthorizedClient(
                        700016, "Application with identifier '" + clientId + "' was not found in the directory."));
    }

    /**
     * Authenticates a confidential client by its secret.
     * @return the app registration
     */
    public AppRegistration authenticate(ClientCredentials credentials) {
        Client named = require(credentials.clientId());
        Client client = named;
        if (!named.isFirstParty()) {
            AppRegistration current = current(named.clientId(), credentials.clientId());
            client = new Client(current.clientId(), current.displayName(), current);
        }
        if (client.isFirstParty()) {
            throw OAuthError.invalidClient(
                    7000218,
                    "The request body must contain the following parameter: "
                            + "'client_assertion' or 'client_secret'.");
        }
        if (credentials.secret() == null || credentials.secret().isEmpty()) {
            throw OAuthError.invalidClient(
                    7000218,
                    "The request body must contain the following parameter: "
                            + "'client_assertion' or 'client_secret'.");
        }
        AppRegistration app = client.app();
        Instant now = clock.instant();
        // per client AND address: a flood of wrong secrets from one place cannot lock the app out elsewhere;
        // a secret remembered as right is not throttled; anything else is checked only while not locked
        String lockKey = "client:" + app.clientId() + "|" + credentials.clientAddress();
        String key = cacheKey(app.clientId(), credentials.secret());
        Verified known = verified.getIfPresent(key);
        if (known != null && now.isBefore(known.until())) {
            boolean stillThere = app.secrets().stream()
                    .anyMatch(s -> s.keyId().equals(known.secretKeyId()) && now.isBefore(s.expiresAt()));
            if (stillThere) return withServicePrincipal(app);
            verified.invalidate(key);
        }
        lockout.lockedFor(lockKey).ifPresent(wait -> {
            throw OAuthError.throttled(
                    50196,
                    "Too many requests with a wrong client secret for app '" + app.clientId() + "'. Wait "
                            + wait.toSeconds() + " seconds before trying again.",
                    wait.toSeconds());
        });
        boolean anyExpired = false;
        for (ClientSecret stored : app.secrets()) {
            if (!now.isBefore(stored.expiresAt())) {
                anyExpired = true;
                continue;
            }
            boolean right;
            try {
                right = hasher.verify(credentials.secret(), stored.hash());
            } catch (PasswordHasher.Busy busy) {
                throw OAuthError.throttled(50196, "The server is busy checking secrets; try again in a moment.", 1);
            }
            if (right) {
                verified.put(key, new Verified(stored.keyId(), now.plus(remember)));
                lockout.succeeded(lockKey);
                return withServicePrincipal(app);
            }
        }
        lockout.failed(lockKey);
        if (anyExpired && app.secrets().stream().allMatch(s -> !now.isBefore(s.expiresAt()))) {
            throw OAuthError.invalidClient(
                    7000222, "The provided client secret keys for app '" + app.clientId() + "' are expired.");
        }
        throw OAuthError.invalidClient(
                7000215,
                "Invalid client secret provided. Ensure the secret being sent in the "
                        + "request is the client secret value, not the client secret ID, for a secret added to app '"
                        + app.clientId() + "'.");
    }

    /**
     * The registration as stored now: one primary-key read of its version, and the whole registration
     * read again only when the version moved (a secret removed, a role changed, through any node). The
     * version is read first, so a registration kept with it can only be older than it claims, never newer.
     */
    private AppRegistration current(UUID clientId, String asGiven) {
        OptionalLong version = apps.version(clientId);
        Known kept = known.getIfPresent(clientId);
        if (version.isPresent() && kept != null && kept.version() == version.getAsLong()) return kept.app();
        Optional<AppRegistration> found = version.isPresent() ? apps.byClientId(clientId) : Optional.empty();
        if (found.isEmpty()) {
            known.invalidate(clientId);
            throw OAuthError.unauthorizedClient(
                    700016, "Application with identifier '" + asGiven + "' was not found in the directory.");
        }
        known.put(clientId, new Known(found.get(), clock.instant().plus(APP_SNAPSHOT), version.getAsLong()));
        return found.get();
    }

    /**
     * An application object without a service principal (Graph's POST /applications makes none)
     * cannot sign in, as in Entra ID; told only to a client that proved its secret.
     */
    private static AppRegistration withServicePrincipal(AppRegistration app) {
        if (app.hasServicePrincipal()) return app;
        throw OAuthError.invalidClient(
                7000229,
                "The client application " + app.clientId() + " is missing service principal in the tenant "
                        + app.directory() + ".");
    }

    private Optional<AppRegistration> app(UUID clientId) {
        Instant now = clock.instant();
        Known snapshot = known.getIfPresent(clientId);
        if (snapshot != null && now.isBefore(snapshot.until())) return Optional.of(snapshot.app());
        Optional<AppRegistration> found = apps.byClientId(clientId);
        if (found.isPresent()) {
            known.put(clientId, new Known(found.get(), now.plus(APP_SNAPSHOT), Long.MIN_VALUE));
        } else {
            known.invalidate(clientId);
        }
        return found;
    }

    private String cacheKey(UUID clientId, String secret) {
        Mac mac = macs.get();
        mac.update(clientId.toString().getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return Base64.getEncoder().encodeToString(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
