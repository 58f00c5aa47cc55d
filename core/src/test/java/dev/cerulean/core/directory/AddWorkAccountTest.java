package dev.cerulean.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import org.junit.jupiter.api.Test;

class AddWorkAccountTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final AddWorkAccount add = Worlds.useCases(p).directory().addWorkAccount();

    @Test
    void globalAdministratorCreatesWorkAccountHomedInItsDirectory() {
        DirectoryUser user = add.add(
                        world.contosoGlobalAdministrator(),
                        Worlds.CONTOSO,
                        "Nestor Wilke",
                        "Nestor.Wilke@contoso.onmicrosoft.com",
                        "Sp4rkly-Dawn")
                .orThrow();

        assertThat(user.userPrincipalName()).isEqualTo("nestor.wilke@contoso.onmicrosoft.com");
        assertThat(user.mail()).isEqualTo(Email.of("nestor.wilke@contoso.onmicrosoft.com"));
        assertThat(user.source()).isEqualTo(DirectoryUser.Source.WORK_ACCOUNT);
        assertThat(user.type()).isEqualTo(DirectoryUser.UserType.Member);
        assertThat(user.person()).isEqualTo(new Identity.Work(Worlds.CONTOSO, user.id()));
        assertThat(p.passwordHasher().verify("Sp4rkly-Dawn", user.password())).isTrue();
        assertThat(p.directoryUsers().byId(Worlds.CONTOSO, user.id())).contains(user);
        assertThat(p.activityLog().all().get(0).operation()).isEqualTo(DirectoryOperations.CREATE_USER);
    }

    @Test
    void aWorkAccountMayBeCreatedDisabledWithItsOwnAlias() {
        DirectoryUser user = add.add(
                        world.contosoGlobalAdministrator(),
                        Worlds.CONTOSO,
                        "Nestor Wilke",
                        "nestor@contoso.onmicrosoft.com",
                        "Sp4rkly-Dawn",
                        "nestor.wilke",
                        false)
                .orThrow();
        DirectoryUser plain = add.add(
                        world.contosoGlobalAdministrator(),
                        Worlds.CONTOSO,
                        "Lynne",
                        "lynne.r@contoso.onmicrosoft.com",
                        "Sp4rkly-Dawn")
                .orThrow();

        assertThat(user.mailNickname()).isEqualTo("nestor.wilke");
        assertThat(user.accountEnabled()).isFalse();
        assertThat(p.directoryUsers().byId(Worlds.CONTOSO, user.id())).contains(user);
        assertThat(plain.mailNickname()).isEqualTo("lynne.r");
        assertThat(plain.accountEnabled()).isTrue();
    }

    @Test
    void InvalidMailNickname_anAliasWithSpacesOrAnAtIsRefused() {
        DirectoryState before = DirectoryState.of(p);

        for (String alias : new String[] {"has space", "a@b", "", "x".repeat(65), "é"}) {
            assertThat(add.add(
                                    world.contosoGlobalAdministrator(),
                                    Worlds.CONTOSO,
                                    "Nestor",
                                    "nestor@contoso.onmicrosoft.com",
                                    "Sp4rkly-Dawn",
                                    alias,
                                    true)
                            .code())
                    .as(alias)
                    .isEqualTo(RuleCode.InvalidMailNickname);
        }
        assertThat(DirectoryState.of(p)).isEqualTo(before);
        assertThat(p.activityLog().all()).isEmpty();
    }

    @Test
    void userAdministratorMayCreateWorkAccounts() {
        p.directoryRoles().assign(Worlds.CONTOSO, DirectoryRole.UserAdministrator, Worlds.MEGAN_BOWEN);

        assertThat(add.add(world.megan(), Worlds.CONTOSO, "Nestor", "nestor@contoso.onmicrosoft.com", "Sp4rkly-Dawn")
                        .isOk())
                .isTrue();
    }

    @Test
    void applicationWithDirectoryReadWriteAllMayCreateWorkAccounts() {
        // contoso-automation holds Directory.ReadWrite.All in the demo world
        var app = new dev.cerulean.core.account.Caller(
                new Identity.App(Worlds.CONTOSO, Worlds.CONTOSO_AUTOMATION_SP),
                Worlds.CONTOSO,
                Worlds.CONTOSO_AUTOMATION_SP,
                null);

        assertThat(add.add(app, Worlds.CONTOSO, "Nestor", "nestor@contoso.onmicrosoft.com", "Sp4rkly-Dawn")
                        .isOk())
                .isTrue();
    }

    @Test
    void InsufficientDirectoryRole_ordinaryMemberCannotCreateUsers() {
        DirectoryState before = DirectoryState.of(p);

        Outcome<DirectoryUser> outcome =
                add.add(world.megan(), Worlds.CONTOSO, "Nestor", "nestor@contoso.onmicrosoft.com", "Sp4rkly-Dawn");

        assertThat(outcome.code()).isEqualTo(RuleCode.InsufficientDirectoryRole);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InsufficientDirectoryRole_globalAdministratorOfAnotherDirectoryCannotCreateUsersHere() {
        DirectoryState before = DirectoryState.of(p);

        // Kelley's MSA is Global Administrator of Default Directory, not of Contoso
        assertThat(add.add(
                                world.kelleyMsaInDefault(),
                                Worlds.CONTOSO,
                                "Nestor",
                                "nestor@contoso.onmicrosoft.com",
                                "Sp4rkly-Dawn")
                        .code())
                .isEqualTo(RuleCode.InsufficientDirectoryRole);
        // an application without Graph roles
        assertThat(add.add(
                                world.demoAutomation(),
                                Worlds.DEFAULT_DIRECTORY,
                                "Nestor",
                                "nestor@kelleywalloutlook.onmicrosoft.com",
                                "Sp4rkly-Dawn")
                        .code())
                .isEqualTo(RuleCode.InsufficientDirectoryRole);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InvalidUserPrincipalName_mustBeOnAVerifiedDomainOfTheDirectory() {
        p.directories().addDomain(new Domain("contoso.com", Worlds.CONTOSO, false, false));
        DirectoryState before = DirectoryState.of(p);

        for (String upn : new String[] {
            "nestor@kelleywalloutlook.onmicrosoft.com", "nestor@contoso.com", "nestor@outlook.com", "nestor", null
        }) {
            assertThat(add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "Nestor", upn, "Sp4rkly-Dawn")
                            .code())
                    .as(upn)
                    .isEqualTo(RuleCode.InvalidUserPrincipalName);
        }
        assertThat(DirectoryState.of(p)).isEqualTo(before);

        // once verified, the custom domain may carry users
        p.directories().updateDomain(new Domain("contoso.com", Worlds.CONTOSO, false, true));
        assertThat(add.add(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO,
                                "Nestor",
                                "nestor@contoso.com",
                                "Sp4rkly-Dawn")
                        .isOk())
                .isTrue();
    }

    @Test
    void UserAlreadyExists_userPrincipalNameIsUnique() {
        DirectoryState before = DirectoryState.of(p);

        Outcome<DirectoryUser> outcome = add.add(
                world.contosoGlobalAdministrator(),
                Worlds.CONTOSO,
                "Megan 2",
                "MEGAN.BOWEN@contoso.onmicrosoft.com",
                "Sp4rkly-Dawn");

        assertThat(outcome.code()).isEqualTo(RuleCode.UserAlreadyExists);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void PasswordTooWeak_newWorkAccountPasswordFollowsPolicy() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(add.add(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO,
                                "Nestor",
                                "nestor@contoso.onmicrosoft.com",
                                "alllowercase")
                        .code())
                .isEqualTo(RuleCode.PasswordTooWeak);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void DirectoryNotFound_unknownDirectory() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(add.add(
                                world.contosoGlobalAdministrator(),
                                DirectoryId.of("dddddddd-0000-4000-8000-000000000009"),
                                "Nestor",
                                "nestor@contoso.onmicrosoft.com",
                                "Sp4rkly-Dawn")
                        .code())
                .isEqualTo(RuleCode.DirectoryNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }
}
