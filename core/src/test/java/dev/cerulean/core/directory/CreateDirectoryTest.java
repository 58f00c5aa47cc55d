package dev.cerulean.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreateDirectoryTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final CreateDirectory create = Worlds.useCases(p).directory().createDirectory();

    @Test
    void microsoftAccountCreatorBecomesExternalMemberAndGlobalAdministrator() {
        // when
        CreateDirectory.Created created = create.create(world.kelleyMsaInDefault(), "Fabrikam", "Fabrikam", "se")
                .orThrow();

        // then
        Directory d = created.directory();
        assertThat(d.displayName()).isEqualTo("Fabrikam");
        assertThat(d.initialDomain()).isEqualTo("fabrikam.onmicrosoft.com");
        assertThat(d.country()).isEqualTo("SE");
        assertThat(d.origin()).isEqualTo(Directory.DirectoryOrigin.CLASSIC_PORTAL);
        assertThat(d.createdBy()).isEqualTo(new Identity.Personal(Worlds.KELLEY_MSA));
        assertThat(p.directories().byId(d.id())).contains(d);
        assertThat(p.directories().domainsOf(d.id()))
                .containsExactly(new Domain("fabrikam.onmicrosoft.com", d.id(), true, true));

        DirectoryUser user = created.creator();
        assertThat(user.userPrincipalName()).isEqualTo("kelley.wall_outlook.com#EXT#@fabrikam.onmicrosoft.com");
        assertThat(user.source()).isEqualTo(DirectoryUser.Source.MICROSOFT_ACCOUNT);
        assertThat(user.type()).isEqualTo(DirectoryUser.UserType.Member);
        assertThat(user.mail()).isEqualTo(Email.of("kelley.wall@outlook.com"));
        assertThat(user.password()).isNull();
        assertThat(p.directoryUsers().byId(d.id(), user.id())).contains(user);
        assertThat(p.directoryRoles().rolesOf(d.id(), user.id())).containsExactly(DirectoryRole.GlobalAdministrator);
        assertThat(p.activityLog().ofDirectory(d.id()))
                .extracting(e -> e.operation())
                .containsExactlyInAnyOrder(
                        DirectoryOperations.CREATE_DIRECTORY,
                        DirectoryOperations.ADD_EXTERNAL_MEMBER,
                        DirectoryOperations.ASSIGN_ROLE);
    }

    @Test
    void workAccountCreatorBecomesExternalWorkAccountMember() {
        CreateDirectory.Created created = create.create(
                        world.contosoGlobalAdministrator(), "Contoso Labs", "contosolabs", "US")
                .orThrow();

        assertThat(created.creator().userPrincipalName())
                .isEqualTo("kelley.wall_contoso.onmicrosoft.com#EXT#@contosolabs.onmicrosoft.com");
        assertThat(created.creator().source()).isEqualTo(DirectoryUser.Source.EXTERNAL_WORK_ACCOUNT);
        assertThat(created.creator().person()).isEqualTo(new Identity.Work(Worlds.CONTOSO, Worlds.KELLEY_CONTOSO));
        assertThat(p.directoryRoles()
                        .rolesOf(created.directory().id(), created.creator().id()))
                .containsExactly(DirectoryRole.GlobalAdministrator);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "fab-rikam",
                "fab.rikam",
                "fab rikam",
                "fabrikam.onmicrosoft.com",
                "räksmörgås",
                "abcdefghijklmnopqrstuvwxyz12"
            })
    void InvalidDirectoryName_domainNameMustBe1To27LettersAndDigits(String name) {
        DirectoryState before = DirectoryState.of(p);

        Outcome<CreateDirectory.Created> outcome = create.create(world.kelleyMsaInDefault(), "Fabrikam", name, "US");

        assertThat(outcome.code()).isEqualTo(RuleCode.InvalidDirectoryName);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void twentySevenCharactersAreEnough() {
        assertThat(create.create(world.kelleyMsaInDefault(), "Long", "abcdefghijklmnopqrstuvwxy12", "US")
                        .isOk())
                .isTrue();
    }

    @Test
    void DomainAlreadyExists_initialDomainIsUniqueAcrossTheCloud() {
        DirectoryState before = DirectoryState.of(p);

        Outcome<CreateDirectory.Created> outcome =
                create.create(world.kelleyMsaInDefault(), "Contoso 2", "Contoso", "US");

        assertThat(outcome.code()).isEqualTo(RuleCode.DomainAlreadyExists);
        assertThat(outcome).isEqualTo(Outcome.rejected(RuleCode.DomainAlreadyExists, "contoso.onmicrosoft.com"));
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InvalidDisplayName_directoryNeedsAName() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(create.create(world.kelleyMsaInDefault(), " ", "fabrikam", "US")
                        .code())
                .isEqualTo(RuleCode.InvalidDisplayName);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InvalidCountry_countryMustBeAnIsoCode() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(create.create(world.kelleyMsaInDefault(), "Fabrikam", "fabrikam", "Sweden")
                        .code())
                .isEqualTo(RuleCode.InvalidCountry);
        assertThat(create.create(world.kelleyMsaInDefault(), "Fabrikam", "fabrikam", null)
                        .code())
                .isEqualTo(RuleCode.InvalidCountry);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void AuthorizationFailed_applicationsDoNotCreateDirectories() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(create.create(world.demoAutomation(), "Fabrikam", "fabrikam", "US")
                        .code())
                .isEqualTo(RuleCode.AuthorizationFailed);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void DirectoryCreationLimitReached_the201stDirectoryIsRefused() {
        // given Kelley created Default Directory and 198 more: 199 in all
        Identity kelley = new Identity.Personal(Worlds.KELLEY_MSA);
        seedDirectories(198, kelley, false);
        assertThat(p.directories().countCreatedBy(kelley)).isEqualTo(199);
        // the 200th is still allowed
        assertThat(create.create(world.kelleyMsaInDefault(), "Number 200", "number200", "US")
                        .isOk())
                .isTrue();
        DirectoryState before = DirectoryState.of(p);

        // when
        Outcome<CreateDirectory.Created> outcome =
                create.create(world.kelleyMsaInDefault(), "Number 201", "number201", "US");

        // then
        assertThat(outcome)
                .isEqualTo(Outcome.rejected(RuleCode.DirectoryCreationLimitReached, "kelley.wall@outlook.com", 200));
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void DirectoryMembershipLimitReached_aPersonIsInAtMost500Directories() {
        // given Kelley is in Default Directory and 499 directories someone else created: 500 in all
        seedDirectories(499, new Identity.Personal(Worlds.ALEX_MSA), true);
        assertThat(p.directoryUsers().ofPerson(new Identity.Personal(Worlds.KELLEY_MSA)))
                .hasSize(500);
        DirectoryState before = DirectoryState.of(p);

        // when
        Outcome<CreateDirectory.Created> outcome =
                create.create(world.kelleyMsaInDefault(), "One more", "onemore", "US");

        // then
        assertThat(outcome)
                .isEqualTo(Outcome.rejected(RuleCode.DirectoryMembershipLimitReached, "kelley.wall@outlook.com", 500));
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    /** Writes {@code count} directories straight into the ports, optionally with Kelley's MSA in each. */
    private void seedDirectories(int count, Identity creator, boolean withKelley) {
        Identity kelley = new Identity.Personal(Worlds.KELLEY_MSA);
        for (int i = 0; i < count; i++) {
            DirectoryId id = new DirectoryId(UUID.randomUUID());
            String domain = "seed" + i + ".onmicrosoft.com";
            p.directories()
                    .add(new Directory(
                            id,
                            "Seed " + i,
                            "US",
                            Directory.DirectoryOrigin.CLASSIC_PORTAL,
                            domain,
                            creator,
                            Worlds.NOW));
            if (withKelley) {
                p.directoryUsers()
                        .add(new DirectoryUser(
                                new ObjectId(UUID.randomUUID()),
                                id,
                                "Kelley Wall",
                                "kelley.wall_outlook.com#EXT#@" + domain,
                                Email.of("kelley.wall@outlook.com"),
                                DirectoryUser.UserType.Member,
                                DirectoryUser.Source.MICROSOFT_ACCOUNT,
                                kelley,
                                null,
                                null));
            }
        }
    }
}
