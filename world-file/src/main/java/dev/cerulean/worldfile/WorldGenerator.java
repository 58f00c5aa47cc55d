package dev.cerulean.worldfile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser.Source;
import dev.cerulean.core.directory.DirectoryUser.UserType;
import dev.cerulean.core.world.World.AccountSpec;
import dev.cerulean.core.world.World.AssignmentSpec;
import dev.cerulean.core.world.World.PersonRef;
import dev.cerulean.core.world.World.PrincipalRef;
import dev.cerulean.core.world.World.SubscriptionSpec;
import dev.cerulean.core.world.World.UserSpec;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a generated world of a given shape, for tests and benchmarks, as it goes (nothing of the
 * world is held beyond one subscription's assignments). The same shape and seed give the same file.
 *
 * <p>Directory {@code d} ({@code gen<d>.onmicrosoft.com}) is created by the Microsoft account
 * {@code owner<d>@outlook.com}; users are dealt to directories in turn ({@code user<n>@gen<d>…},
 * the first of each directory a Global Administrator), as are subscriptions, whose administrators
 * are their directory's owner and whose role assignments go to distinct users of their directory
 * (Reader, then Contributor, Owner and User Access Administrator when there are more assignments
 * than users). Everyone's password is {@link #PASSWORD}, so the loader hashes it once.
 *
 * <p>For scale benchmarks, two fixtures at the portals' limits can be asked for. With
 * {@code accountInDirectories} N, the Microsoft account {@link #MANY_DIRECTORIES} is an external
 * member of the first N directories (what ACTIVE DIRECTORY lists for it). With
 * {@code limitSubscriptions} K, K more subscriptions of directory 0, administered by that account
 * (or by directory 0's owner without it), each carry {@link #LIMIT_ASSIGNMENTS} role assignments
 * (R28's limit); directory 0 then gets the {@code LIMIT_ASSIGNMENTS / 4} users they need first,
 * and the other users are dealt to every directory in turn as before.
 */
public final class WorldGenerator {
    public static final String PASSWORD = "Generated-Passw0rd!";
    /** The Microsoft account of the {@code accountInDirectories} fixture. */
    public static final String MANY_DIRECTORIES = "many@outlook.com";
    /** Role assignments of each limit subscription: R28's limit per subscription. */
    public static final int LIMIT_ASSIGNMENTS = 4000;

    private static final List<String> ROLES = List.of("Reader", "Contributor", "Owner", "User Access Administrator");

    /** How big a world: counts of directories, users and subscriptions, and assignments per subscription. */
    public record Shape(
            int directories,
            int users,
            int subscriptions,
            int assignmentsPerSubscription,
            long seed,
            int accountInDirectories,
            int limitSubscriptions) {
        public Shape {
            if (directories < 0
                    || users < 0
                    || subscriptions < 0
                    || assignmentsPerSubscription < 0
                    || accountInDirectories < 0
                    || limitSubscriptions < 0) throw new IllegalArgumentException("counts are zero or more");
            if (accountInDirectories > directories)
                throw new IllegalArgumentException("the account can be in at most the " + directories + " directories");
            if (limitSubscriptions > 0 && users < LIMIT_ASSIGNMENTS / ROLES.size())
                throw new IllegalArgumentException("limit subscriptions need at least "
                        + LIMIT_ASSIGNMENTS / ROLES.size() + " users (one per four assignments)");
            if (directories == 0 && (users > 0 || subscriptions > 0))
                throw new IllegalArgumentException("users and subscriptions need at least one directory");
            if (assignmentsPerSubscription > 4000)
                throw new IllegalArgumentException("at most 4000 role assignments per subscription");
        }

        /** A shape without the benchmark fixtures. */
        public Shape(int directories, int users, int subscriptions, int assignmentsPerSubscription, long seed) {
            this(directories, users, subscriptions, assignmentsPerSubscription, seed, 0, 0);
        }

        /** Users set aside for directory 0 so that its limit subscriptions reach {@link #LIMIT_ASSIGNMENTS}. */
        private int reserved() {
            return limitSubscriptions > 0 ? LIMIT_ASSIGNMENTS / ROLES.size() : 0;
        }

        /** Users of directory {@code d}: users are dealt in turn, so the first ones get one more. */
        int usersIn(int d) {
            int dealt = users - reserved();
            return dealt / directories + (d < dealt % directories ? 1 : 0) + (d == 0 ? reserved() : 0);
        }

        /** Role assignments of a subscription of directory {@code d}: one per distinct user and role. */
        int assignmentsIn(int d) {
            return Math.min(assignmentsPerSubscription, usersIn(d) * ROLES.size());
        }
    }

    private final Shape shape;
    private final Random random;
    private final List<DirectoryId> directoryIds = new ArrayList<>();

    private WorldGenerator(Shape shape) {
        this.shape = shape;
        this.random = new Random(shape.seed());
    }

    /** Writes the world of {@code shape} to {@code out} (which is flushed, not closed). */
    public static void write(Shape shape, Writer out) throws IOException {
        new WorldGenerator(shape).writeTo(out);
    }

    private void writeTo(Writer out) throws IOException {
        try (JsonGenerator g = WorldJackson.FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeArrayFieldStart("accounts");
            for (int d = 0; d < shape.directories(); d++) {
                value(g, new AccountSpec(null, owner(d), "Owner " + d, PASSWORD, null, null));
            }
            if (shape.accountInDirectories() > 0)
                value(g, new AccountSpec(null, MANY_DIRECTORIES, "Many Directories", PASSWORD, null, null));
            g.writeEndArray();
            g.writeArrayFieldStart("directories");
            for (int d = 0; d < shape.directories(); d++) directory(g, d);
            g.writeEndArray();
            g.writeArrayFieldStart("subscriptions");
            for (int s = 0; s < shape.subscriptions(); s++) subscription(g, s);
            for (int k = 0; k < shape.limitSubscriptions(); k++) limitSubscription(g, k);
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
    }

    /** A directory written field by field, so that its users stream out one at a time. */
    private void directory(JsonGenerator g, int d) throws IOException {
        DirectoryId id = new DirectoryId(uuid());
        directoryIds.add(id);
        g.writeStartObject();
        g.writeStringField("id", id.toString());
        g.writeStringField("name", "Generated " + d);
        g.writeStringField("initialDomain", domain(d));
        g.writeFieldName("createdBy");
        value(g, PersonRef.account(owner(d)));
        g.writeArrayFieldStart("users");
        for (int u = 0; u < shape.usersIn(d); u++) {
            value(
                    g,
                    new UserSpec(
                            new ObjectId(uuid()),
                            upn(d, u),
                            "User " + d + "." + u,
                            null,
                            null,
                            null,
                            null,
                            null,
                            PASSWORD,
                            null,
                            u == 0 ? List.of(DirectoryRole.GlobalAdministrator) : List.of()));
        }
        if (d < shape.accountInDirectories()) value(g, manyDirectoriesIn(d));
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The fixture account as an external member of directory {@code d}, as the portal adds one. */
    private UserSpec manyDirectoriesIn(int d) {
        return new UserSpec(
                new ObjectId(uuid()),
                MANY_DIRECTORIES.replace('@', '_') + "#EXT#@" + domain(d),
                "Many Directories",
                MANY_DIRECTORIES,
                UserType.Member,
                Source.MICROSOFT_ACCOUNT,
                PersonRef.account(MANY_DIRECTORIES),
                null,
                null,
                null,
                List.of());
    }

    /** A subscription of directory 0 at R28's limit: every (user, role) pair of its first users. */
    private void limitSubscription(JsonGenerator g, int k) throws IOException {
        SubscriptionId id = new SubscriptionId(uuid());
        List<AssignmentSpec> assignments = new ArrayList<>(LIMIT_ASSIGNMENTS);
        int users = LIMIT_ASSIGNMENTS / ROLES.size();
        for (int a = 0; a < LIMIT_ASSIGNMENTS; a++) {
            assignments.add(new AssignmentSpec(
                    null,
                    "/subscriptions/" + id,
                    new PrincipalRef(upn(0, a % users), null, null, null),
                    ROLES.get(a / users),
                    null,
                    null,
                    null));
        }
        PersonRef admin = PersonRef.account(shape.accountInDirectories() > 0 ? MANY_DIRECTORIES : owner(0));
        value(
                g,
                new SubscriptionSpec(
                        id,
                        "Limit subscription " + k,
                        null,
                        null,
                        directoryIds.get(0),
                        admin,
                        admin,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        assignments));
    }

    private void subscription(JsonGenerator g, int s) throws IOException {
        int d = s % shape.directories();
        SubscriptionId id = new SubscriptionId(uuid());
        int users = shape.usersIn(d);
        List<AssignmentSpec> assignments = new ArrayList<>();
        int first = users == 0 ? 0 : random.nextInt(users);
        for (int a = 0; a < shape.assignmentsIn(d); a++) {
            assignments.add(new AssignmentSpec(
                    null,
                    "/subscriptions/" + id,
                    new PrincipalRef(upn(d, (first + a) % users), null, null, null),
                    ROLES.get(a / users),
                    null,
                    null,
                    null));
        }
        PersonRef owner = PersonRef.account(owner(d));
        value(
                g,
                new SubscriptionSpec(
                        id,
                        "Subscription " + s,
                        null,
                        null,
                        directoryIds.get(d),
                        owner,
                        owner,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        assignments));
    }

    /** Each value written without a flush of its own: the file is flushed once, at the end. */
    private static final ObjectWriter VALUES =
            WorldJackson.MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private static void value(JsonGenerator g, Object value) throws IOException {
        VALUES.writeValue(g, value);
    }

    /** A random (version 4) GUID from the seeded generator. */
    private UUID uuid() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    private static String owner(int d) {
        return "owner" + d + "@outlook.com";
    }

    private static String domain(int d) {
        return "gen" + d + ".onmicrosoft.com";
    }

    private static String upn(int d, int u) {
        return "user" + u + "@" + domain(d);
    }
}
