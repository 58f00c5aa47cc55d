package dev.cerulean.core.world;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.account.PasswordHasher;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.DirectoryUser.Source;
import dev.cerulean.core.world.World.PersonRef;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What resolving a world has found so far: the problems, and indexes of what is already
 * resolved so that later parts of the document can refer to earlier ones.
 */
final class WorldContext {
    /** When everything the world makes without a time of its own is made: the instant loading starts. */
    private final Instant now;

    final IdGenerator ids;
    private final PasswordHasher hasher;
    /** One hash per distinct plaintext: a world tends to reuse one password, and hashing is slow on purpose. */
    private final Map<String, PasswordHash> hashes = new HashMap<>();

    final List<WorldProblem> problems = new ArrayList<>();
    final WorldPlan plan = new WorldPlan();

    final Map<Email, MicrosoftAccount> accountsByEmail = new HashMap<>();
    /**
     * Work accounts homed in their directory by mail (by user principal name they are found through
     * their domain's directory: no second index of every user).
     */
    final Map<Email, WorldPlan.PlannedUser> homedByMail = new HashMap<>();

    /** Each directory's users by lower-case user principal name (compact: a world may have millions). */
    final Map<DirectoryId, CompactMap<String, WorldPlan.PlannedUser>> usersByUpn = new HashMap<>();

    final Map<UUID, AppRegistration> appsByClient = new HashMap<>();
    /** Client ids of managed identities, unique with the apps' (tokens carry either as appid). */
    final java.util.Set<UUID> identityClients = new java.util.HashSet<>();

    final Set<DirectoryId> directoryIds = new HashSet<>();
    /** Each domain (lower-case) and the directory that claimed it first. */
    private final Map<String, DirectoryId> domains = new HashMap<>();
    /** Domains claimed more than once (a problem): their users are looked for in every directory. */
    private final Set<String> domainsClaimedTwice = new HashSet<>();

    /** Every object id claimed so far (a set: each maps to itself). */
    private final CompactMap<UUID, UUID> objectIds = new CompactMap<>();
    /** The directories' ids in the world's order (generated ones included). */
    final List<DirectoryId> directoryOrder = new ArrayList<>();
    /** Each directory's groups by lower-case display name (several may share a name). */
    final Map<DirectoryId, Map<String, List<ObjectId>>> groupsByName = new HashMap<>();
    /** Every group of the world and its directory. */
    final Map<ObjectId, DirectoryId> groupDirectories = new HashMap<>();

    /** Who a person reference names, and the email it was named by (null for apps). */
    record Who(Identity identity, Email email) {}

    WorldContext(Clock clock, IdGenerator ids, PasswordHasher hasher) {
        this.now = clock.instant();
        this.ids = ids;
        this.hasher = hasher;
    }

    void problem(String path, String message) {
        problems.add(new WorldProblem(path, message));
    }

    Instant now() {
        return now;
    }

    UUID idOr(UUID given) {
        return given != null ? given : ids.newId();
    }

    boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The value, or a problem when it is missing. */
    String required(String value, String path) {
        if (blank(value)) problem(path, "is required");
        return value;
    }

    Optional<Email> email(String value, String path) {
        if (blank(value)) {
            problem(path, "is required");
            return Optional.empty();
        }
        Optional<Email> email = Email.parse(value);
        if (email.isEmpty()) problem(path, "'" + value + "' is not a valid email address");
        return email;
    }

    /** Claims an object id cloud-wide (users, service principals, managed identities). */
    void claimObjectId(ObjectId id, String path) {
        if (objectIds.putIfAbsent(id.value(), id.value()) != null) problem(path, "object id " + id + " is used twice");
    }

    /** A domain name in DNS form, claimed cloud-wide. */
    void claimDomain(String name, DirectoryId directory, String path) {
        if (blank(name)) {
            problem(path, "is required");
        } else if (Email.parse("x@" + name).isEmpty()) {
            problem(path, "'" + name + "' is not a valid domain name");
        } else if (domains.putIfAbsent(name.toLowerCase(Locale.ROOT), directory) != null) {
            domainsClaimedTwice.add(name.toLowerCase(Locale.ROOT));
            problem(path, "domain " + name + " is used twice");
        }
    }

    /** The work account homed in its directory whose user principal name, or else mail, is {@code email}. */
    WorldPlan.PlannedUser homedUser(Email email) {
        DirectoryId home = domains.get(email.domain());
        WorldPlan.PlannedUser user = home == null ? null : homedIn(home, email);
        if (user == null && domainsClaimedTwice.contains(email.domain())) {
            for (DirectoryId directory : directoryOrder) if (user == null) user = homedIn(directory, email);
        }
        return user != null ? user : homedByMail.get(email);
    }

    /** The user of {@code directory} whose user principal name is {@code upn}, or null. */
    WorldPlan.PlannedUser user(DirectoryId directory, Email upn) {
        CompactMap<String, WorldPlan.PlannedUser> users = usersByUpn.get(directory);
        return users == null ? null : users.get(upn.value());
    }

    private WorldPlan.PlannedUser homedIn(DirectoryId directory, Email upn) {
        WorldPlan.PlannedUser user = user(directory, upn);
        return user != null && user.details().source() == Source.WORK_ACCOUNT ? user : null;
    }

    /**
     * A secret given as plaintext or as a stored hash (exactly one); null when neither is given
     * (the caller decides whether it is required) or when both are.
     */
    PasswordHash secret(String plain, String hash, String path, String plainKey, String hashKey) {
        if (plain != null && hash != null) {
            problem(path + "/" + hashKey, "give either " + plainKey + " or " + hashKey + ", not both");
            return null;
        }
        if (hash != null) {
            if (hash.isBlank()) problem(path + "/" + hashKey, "is empty");
            return hash.isBlank() ? null : new PasswordHash(hash);
        }
        if (plain == null) return null;
        if (plain.isEmpty()) {
            problem(path + "/" + plainKey, "is empty");
            return null;
        }
        return hashes.computeIfAbsent(plain, hasher::hash);
    }

    /** Resolves a person reference; apps only where {@code appsAllowed}. */
    Optional<Who> person(PersonRef ref, String path, boolean appsAllowed) {
        if (ref == null) {
            problem(path, "is required");
            return Optional.empty();
        }
        int given = (ref.account() != null ? 1 : 0) + (ref.user() != null ? 1 : 0) + (ref.app() != null ? 1 : 0);
        if (given != 1) {
            problem(
                    path,
                    appsAllowed ? "give exactly one of account, user or app" : "give exactly one of account or user");
            return Optional.empty();
        }
        if (ref.app() != null) {
            if (!appsAllowed) {
                problem(path + "/app", "an app cannot be named here");
                return Optional.empty();
            }
            AppRegistration app = appsByClient.get(ref.app());
            if (app == null) problem(path + "/app", "no app with client id " + ref.app());
            return Optional.ofNullable(app)
                    .map(a -> new Who(new Identity.App(a.directory(), a.servicePrincipal()), null));
        }
        if (ref.account() != null) {
            return email(ref.account(), path + "/account").flatMap(e -> {
                MicrosoftAccount msa = accountsByEmail.get(e);
                if (msa == null) problem(path + "/account", "no Microsoft account " + e + " in this world");
                return Optional.ofNullable(msa).map(m -> new Who(m.identity(), e));
            });
        }
        return email(ref.user(), path + "/user").flatMap(e -> {
            WorldPlan.PlannedUser user = homedUser(e);
            if (user == null) problem(path + "/user", "no work account " + e + " in this world");
            return Optional.ofNullable(user).map(u -> new Who(u.person(), e));
        });
    }
}
