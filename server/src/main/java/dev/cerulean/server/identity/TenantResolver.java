package dev.cerulean.server.identity;

import com.github.benmanes.caffeine.cache.Cache;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.Domain;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves a tenant path segment, case-insensitively: {@code common}, {@code organizations},
 * {@code consumers}, a directory id, or any verified domain of a directory. Found directories are
 * remembered briefly: every token request names its tenant, and directories are rarely added.
 */
public final class TenantResolver {
    private static final Duration REMEMBER = Duration.ofSeconds(30);
    private static final int MAX_REMEMBERED = 10_000;

    private record Remembered(Tenant tenant, Instant until) {}

    private final Directories directories;
    private final Clock clock;
    private final Cache<String, Remembered> remembered = BoundedCache.of(MAX_REMEMBERED);

    public TenantResolver(Directories directories, Clock clock) {
        this.directories = directories;
        this.clock = clock;
    }

    public Optional<Tenant> resolve(String segment) {
        if (segment == null || segment.isBlank() || segment.length() > 256) return Optional.empty();
        String key = segment.trim().toLowerCase(Locale.ROOT);
        switch (key) {
            case "common":
                return Optional.of(new Tenant(Tenant.Kind.COMMON, null, segment));
            case "organizations":
                return Optional.of(new Tenant(Tenant.Kind.ORGANIZATIONS, null, segment));
            case "consumers":
                return Optional.of(new Tenant(Tenant.Kind.CONSUMERS, null, segment));
            default:
                break;
        }
        if (key.equals(Tenant.CONSUMERS_TENANT.value().toString())) {
            return Optional.of(new Tenant(Tenant.Kind.CONSUMERS, null, segment));
        }
        Instant now = clock.instant();
        Remembered known = remembered.getIfPresent(key);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(new Tenant(Tenant.Kind.DIRECTORY, known.tenant().directory(), segment));
        }
        Optional<DirectoryId> found = Guid.parse(key)
                .map(DirectoryId::new)
                .filter(id -> directories.byId(id).isPresent())
                .or(() -> directories.domainsNamed(key).stream()
                        .filter(Domain::verified)
                        .map(Domain::directory)
                        .findFirst());
        found.ifPresent(id -> {
            remembered.put(key, new Remembered(new Tenant(Tenant.Kind.DIRECTORY, id, key), now.plus(REMEMBER)));
        });
        return found.map(id -> new Tenant(Tenant.Kind.DIRECTORY, id, segment));
    }

    /** Like {@link #resolve}, refusing an unknown tenant as Microsoft does (AADSTS90002). */
    public Tenant require(String segment) {
        return resolve(segment)
                .orElseThrow(() -> OAuthError.invalidRequest(
                        90002,
                        "Tenant '" + segment
                                + "' not found. Check to make sure you have the correct tenant ID and are signing "
                                + "into the correct cloud."));
    }
}
