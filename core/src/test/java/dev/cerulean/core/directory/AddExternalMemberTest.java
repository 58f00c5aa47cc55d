package dev.cerulean.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AddExternalMemberTest {
    private final Worlds.KelleyWall world = Worlds.kelleyWall();
    private final Ports p = world.ports();
    private final AddExternalMember add = Worlds.useCases(p).directory().addExternalMember();

    @Test
    void globalAdministratorAddsMicrosoftAccountAsExternalMember() {
        DirectoryUser alex = add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "Alex.Ops@outlook.com")
                .orThrow();

        assertThat(alex.userPrincipalName()).isEqualTo("alex.ops_outlook.com#EXT#@contoso.onmicrosoft.com");
        assertThat(alex.source()).isEqualTo(DirectoryUser.Source.MICROSOFT_ACCOUNT);
        assertThat(alex.type()).isEqualTo(DirectoryUser.UserType.Member);
        assertThat(alex.person()).isEqualTo(new Identity.Personal(Worlds.ALEX_MSA));
        assertThat(alex.displayName()).isEqualTo("Alex Ops");
        assertThat(alex.invitation()).isNull();
        assertThat(p.directoryUsers().byId(Worlds.CONTOSO, alex.id())).contains(alex);
        assertThat(p.directoryRoles().rolesOf(Worlds.CONTOSO, alex.id())).isEmpty();
    }

    @Test
    void otherFlowsPrepareWithoutWritingThenCommitWithRoles() {
        MicrosoftAccount kelley = p.microsoftAccounts().byId(Worlds.KELLEY_MSA).orElseThrow();
        Directory contoso = p.directories().byId(Worlds.CONTOSO).orElseThrow();
        DirectoryState before = DirectoryState.of(p);

        DirectoryUser prepared = add.prepare(contoso, kelley).orThrow();
        assertThat(DirectoryState.of(p)).isEqualTo(before);

        DirectoryUser added =
                add.commit(world.contosoGlobalAdministrator(), prepared, DirectoryRole.GlobalAdministrator);
        assertThat(added.userPrincipalName()).isEqualTo("kelley.wall_outlook.com#EXT#@contoso.onmicrosoft.com");
        assertThat(p.directoryRoles().rolesOf(Worlds.CONTOSO, added.id()))
                .containsExactly(DirectoryRole.GlobalAdministrator);
        assertThat(p.activityLog().ofDirectory(Worlds.CONTOSO)).hasSize(2);
    }

    @Test
    void UserAlreadyExists_microsoftAccountAlreadyInTheDirectory() {
        DirectoryState before = DirectoryState.of(p);

        Outcome<DirectoryUser> outcome =
                add.add(world.kelleyMsaInDefault(), Worlds.DEFAULT_DIRECTORY, "alex.ops@outlook.com");

        assertThat(outcome.code()).isEqualTo(RuleCode.UserAlreadyExists);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void UserAlreadyExists_anotherUserOfTheDirectoryHasThatEmail() {
        // given megan.bowen@contoso.onmicrosoft.com is also a Microsoft account
        Worlds.useCases(p)
                .directory()
                .signUpMicrosoftAccount()
                .signUp("megan.bowen@contoso.onmicrosoft.com", "Megan (personal)", "Demo-Passw0rd!")
                .orThrow();
        DirectoryState before = DirectoryState.of(p);

        Outcome<DirectoryUser> outcome =
                add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "megan.bowen@contoso.onmicrosoft.com");

        assertThat(outcome.code()).isEqualTo(RuleCode.UserAlreadyExists);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void MicrosoftAccountNotFound_emailIsNoMicrosoftAccount() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "nobody@outlook.com")
                        .code())
                .isEqualTo(RuleCode.MicrosoftAccountNotFound);
        // a work account's name is not a Microsoft account either
        assertThat(add.add(
                                world.contosoGlobalAdministrator(),
                                Worlds.CONTOSO,
                                "sam.reader@kelleywalloutlook.onmicrosoft.com")
                        .code())
                .isEqualTo(RuleCode.MicrosoftAccountNotFound);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InsufficientDirectoryRole_memberWithoutRoleCannotAdd() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(add.add(world.megan(), Worlds.CONTOSO, "alex.ops@outlook.com")
                        .code())
                .isEqualTo(RuleCode.InsufficientDirectoryRole);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void InvalidEmail_malformedEmail() {
        DirectoryState before = DirectoryState.of(p);

        assertThat(add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "alex.ops")
                        .code())
                .isEqualTo(RuleCode.InvalidEmail);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }

    @Test
    void DirectoryMembershipLimitReached_microsoftAccountAlreadyIn500Directories() {
        // given Alex is in Default Directory and 499 more
        Identity alex = new Identity.Personal(Worlds.ALEX_MSA);
        for (int i = 0; i < 499; i++) {
            DirectoryId id = new DirectoryId(UUID.randomUUID());
            String domain = "seed" + i + ".onmicrosoft.com";
            p.directories()
                    .add(new Directory(
                            id,
                            "Seed " + i,
                            "US",
                            Directory.DirectoryOrigin.CLASSIC_PORTAL,
                            domain,
                            new Identity.Personal(Worlds.KELLEY_MSA),
                            Worlds.NOW));
            p.directoryUsers()
                    .add(new DirectoryUser(
                            new ObjectId(UUID.randomUUID()),
                            id,
                            "Alex Ops",
                            "alex.ops_outlook.com#EXT#@" + domain,
                            Email.of("alex.ops@outlook.com"),
                            DirectoryUser.UserType.Member,
                            DirectoryUser.Source.MICROSOFT_ACCOUNT,
                            alex,
                            null,
                            null));
        }
        DirectoryState before = DirectoryState.of(p);

        Outcome<DirectoryUser> outcome =
                add.add(world.contosoGlobalAdministrator(), Worlds.CONTOSO, "alex.ops@outlook.com");

        assertThat(outcome.code()).isEqualTo(RuleCode.DirectoryMembershipLimitReached);
        assertThat(DirectoryState.of(p)).isEqualTo(before);
    }
}
