package dev.cerulean.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.worldfile.WorldGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code world generate}: valid worlds of the size asked, the same file for the same seed. */
class WorldGenerateCommandTest {
    @TempDir
    Path tmp;

    private final InMemoryStoreOpener opener = new InMemoryStoreOpener();
    private final Ports ports = opener.ports;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new Main(Map.of(), opener, new PrintWriter(out), new PrintWriter(err), r -> {}).run(args);
    }

    private Path generate(String name, String... shape) {
        Path file = tmp.resolve(name);
        String[] args = new String[shape.length + 4];
        args[0] = "world";
        args[1] = "generate";
        System.arraycopy(shape, 0, args, 2, shape.length);
        args[shape.length + 2] = "--out";
        args[shape.length + 3] = file.toString();
        assertThat(run(args)).as(err.toString()).isZero();
        return file;
    }

    @Test
    void aGeneratedWorldOverThreeMebibytesLoadsWithTheCountsAsked() throws Exception {
        // given a world of 7 directories, 12,000 users and 40 subscriptions of 300 assignments each
        Path file = generate(
                "big.yaml",
                "--directories",
                "7",
                "--users",
                "12000",
                "--subscriptions",
                "40",
                "--assignments-per-subscription",
                "300");
        assertThat(Files.size(file)).isGreaterThan(3L * 1024 * 1024);

        // when it is loaded
        int code = run(
                "world", "load", file.toString(), "--data", tmp.resolve("data").toString());

        // then everything asked for is in the store
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Loaded world " + file
                        + ": 7 Microsoft accounts, 7 directories, 12000 users, 0 apps, 40 subscriptions");
        var directories = ports.directories().all();
        assertThat(directories).hasSize(7);
        assertThat(directories.stream()
                        .mapToInt(
                                d -> ports.directoryUsers().inDirectory(d.id()).size())
                        .sum())
                .isEqualTo(12_000);
        var subscriptions = ports.subscriptions().all();
        assertThat(subscriptions).hasSize(40);
        for (Subscription s : subscriptions)
            assertThat(ports.roleAssignments().of(s.id())).hasSize(300);
        var first = directories.get(0);
        assertThat(ports.directoryRoles().members(first.id(), DirectoryRole.GlobalAdministrator))
                .hasSize(1);
        DirectoryUser someone = ports.directoryUsers().inDirectory(first.id()).get(0);
        assertThat(ports.passwordHasher().verify(WorldGenerator.PASSWORD, someone.password()))
                .isTrue();
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherOne() throws Exception {
        String[] shape = {"--directories", "3", "--users", "20", "--subscriptions", "4", "--seed", "42"};
        Path a = generate("a.yaml", shape);
        Path b = generate("b.yaml", shape);
        shape[shape.length - 1] = "43";
        Path c = generate("c.yaml", shape);

        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
        assertThat(Files.readString(c)).isNotEqualTo(Files.readString(a));
    }

    @Test
    void moreAssignmentsThanADirectoryHasUsersTakeFurtherRolesAndStillLoad() {
        // given subscriptions asking 10 assignments in directories of 3 users (4 roles: 12 at most)
        Path file = generate(
                "roles.yaml",
                "--directories",
                "2",
                "--users",
                "6",
                "--subscriptions",
                "2",
                "--assignments-per-subscription",
                "10");

        // then the world loads with its 10 distinct assignments per subscription
        assertThat(run(
                        "world",
                        "load",
                        file.toString(),
                        "--data",
                        tmp.resolve("data").toString()))
                .as(err.toString())
                .isZero();
        for (Subscription s : ports.subscriptions().all())
            assertThat(ports.roleAssignments().of(s.id())).hasSize(10);
    }

    @Test
    void usersWithoutADirectoryAreRefusedAndNothingIsWritten() {
        int code = run(
                "world",
                "generate",
                "--directories",
                "0",
                "--users",
                "5",
                "--out",
                tmp.resolve("x.yaml").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("users and subscriptions need at least one directory");
        assertThat(tmp.resolve("x.yaml")).doesNotExist();
    }

    @Test
    void theBenchmarkFixturesPutOneAccountInManyDirectoriesAndSubscriptionsAtTheAssignmentLimit() throws Exception {
        // given a world with the account in 4 of 5 directories and 2 subscriptions at the limit
        String[] shape = {
            "--directories", "5",
            "--users", "1010",
            "--subscriptions", "5",
            "--account-in-directories", "4",
            "--limit-subscriptions", "2",
            "--seed", "7"
        };
        Path file = generate("fixtures.yaml", shape);
        assertThat(Files.readString(generate("again.yaml", shape))).isEqualTo(Files.readString(file));

        // when it is loaded
        int code = run(
                "world", "load", file.toString(), "--data", tmp.resolve("data").toString());

        // then the account is a member of exactly the first 4 directories, with the known password
        assertThat(code).as(err.toString()).isZero();
        var account = ports.microsoftAccounts()
                .byEmail(Email.of(WorldGenerator.MANY_DIRECTORIES))
                .orElseThrow();
        assertThat(ports.passwordHasher().verify(WorldGenerator.PASSWORD, account.password()))
                .isTrue();
        var memberships = ports.directoryUsers().ofPerson(new Identity.Personal(account.id()));
        assertThat(memberships).hasSize(4);
        // and directory 0 has the 1000 users the limit needs besides its share of the others
        var first = ports.directories().all().stream()
                .filter(d -> d.initialDomain().equals("gen0.onmicrosoft.com"))
                .findFirst()
                .orElseThrow();
        assertThat(ports.directoryUsers().countIn(first.id())).isEqualTo(1000 + 2 + 1);
        // and two subscriptions more, administered by the account, each at 4000 assignments
        var subscriptions = ports.subscriptions().all();
        assertThat(subscriptions).hasSize(7);
        var limits = subscriptions.stream()
                .filter(s -> s.displayName().startsWith("Limit subscription"))
                .toList();
        assertThat(limits).hasSize(2);
        for (Subscription s : limits) {
            assertThat(ports.roleAssignments().of(s.id())).hasSize(WorldGenerator.LIMIT_ASSIGNMENTS);
            assertThat(s.serviceAdministrator().who()).isEqualTo(new Identity.Personal(account.id()));
            assertThat(s.directory()).isEqualTo(first.id());
        }
    }

    @Test
    void limitSubscriptionsWithoutEnoughUsersAreRefused() {
        int code = run(
                "world",
                "generate",
                "--directories",
                "2",
                "--users",
                "999",
                "--limit-subscriptions",
                "1",
                "--out",
                tmp.resolve("x.yaml").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("limit subscriptions need at least 1000 users");
        assertThat(tmp.resolve("x.yaml")).doesNotExist();
    }
}
