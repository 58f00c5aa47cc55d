package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.externalMsaUser;
import static dev.cerulean.core.contract.ContractData.msa;
import static dev.cerulean.core.contract.ContractData.objectId;
import static dev.cerulean.core.contract.ContractData.workUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.UserCondition;
import dev.cerulean.core.directory.UserQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public abstract class DirectoryUsersContract extends PortContract {
    private static UserCondition upnStartingWith(String prefix) {
        return new UserCondition(UserCondition.Property.userPrincipalName, UserCondition.Match.STARTS_WITH, prefix);
    }

    private final DirectoryId contoso = directoryId();
    private final DirectoryId fabrikam = directoryId();

    @Test
    void anAddedUserIsFoundByIdAndInItsDirectoryOnly() {
        DirectoryUser megan = workUser(contoso, "MeganB@contoso.onmicrosoft.com", "megan@contoso.com");
        DirectoryUser lee = workUser(contoso, "LeeG@contoso.onmicrosoft.com", null);

        ports.directoryUsers().add(megan);
        ports.directoryUsers().add(lee);

        assertThat(ports.directoryUsers().byId(contoso, megan.id())).contains(megan);
        assertThat(ports.directoryUsers().byId(fabrikam, megan.id())).isEmpty();
        assertThat(ports.directoryUsers().byId(contoso, objectId())).isEmpty();
        assertThat(ports.directoryUsers().inDirectory(contoso)).containsExactlyInAnyOrder(megan, lee);
        assertThat(ports.directoryUsers().inDirectory(fabrikam)).isEmpty();
    }

    @Test
    void byIdsReadsTheUsersOfOneDirectoryThatExistInOneGo() {
        DirectoryUser megan = workUser(contoso, "MeganB@contoso.onmicrosoft.com", "megan@contoso.com");
        DirectoryUser lee = workUser(contoso, "LeeG@contoso.onmicrosoft.com", null);
        ports.directoryUsers().add(megan);
        ports.directoryUsers().add(lee);

        assertThat(ports.directoryUsers().byIds(contoso, List.of(megan.id(), objectId(), lee.id(), megan.id())))
                .containsOnly(Map.entry(megan.id(), megan), Map.entry(lee.id(), lee));
        assertThat(ports.directoryUsers().byIds(fabrikam, List.of(megan.id()))).isEmpty();
        assertThat(ports.directoryUsers().byIds(contoso, List.of())).isEmpty();
    }

    @Test
    void aDirectorysUsersArePagedByPrincipalNameWhateverItsCase() {
        DirectoryUser c = workUser(contoso, "carol@contoso.onmicrosoft.com", null);
        DirectoryUser a = workUser(contoso, "Alice@contoso.onmicrosoft.com", null);
        DirectoryUser b = workUser(contoso, "bob@contoso.onmicrosoft.com", null);
        ports.directoryUsers().add(c);
        ports.directoryUsers().add(a);
        ports.directoryUsers().add(b);
        ports.directoryUsers().add(workUser(fabrikam, "aaron@fabrikam.com", null));

        assertThat(ports.directoryUsers().page(contoso, 0, 2)).containsExactly(a, b);
        assertThat(ports.directoryUsers().page(contoso, 2, 2)).containsExactly(c);
        assertThat(ports.directoryUsers().page(contoso, 3, 2)).isEmpty();
        assertThat(ports.directoryUsers().countIn(contoso)).isEqualTo(3);
        assertThat(ports.directoryUsers().countIn(directoryId())).isZero();
    }

    @Test
    void aConditionIsEvaluatedWhateverTheCaseAndWildcardsInAPrefixAreLiteral() {
        DirectoryUser megan = workUser(contoso, "MeganB@contoso.onmicrosoft.com", "Megan.Bowen@Contoso.com");
        DirectoryUser meg = workUser(contoso, "meg_ops@contoso.onmicrosoft.com", null);
        DirectoryUser lee = workUser(contoso, "LeeG@contoso.onmicrosoft.com", "lee@contoso.com");
        DirectoryUser other = workUser(fabrikam, "megan@fabrikam.com", "megan.bowen@contoso.com");
        for (DirectoryUser u : java.util.List.of(megan, meg, lee, other))
            ports.directoryUsers().add(u);

        var byMail =
                new UserCondition(UserCondition.Property.mail, UserCondition.Match.EQUALS, "megan.bowen@contoso.com");
        var byUpn = new UserCondition(
                UserCondition.Property.userPrincipalName, UserCondition.Match.EQUALS, "LEEG@CONTOSO.onmicrosoft.com");
        var byPrefix =
                new UserCondition(UserCondition.Property.userPrincipalName, UserCondition.Match.STARTS_WITH, "MEG");
        var literal =
                new UserCondition(UserCondition.Property.userPrincipalName, UserCondition.Match.STARTS_WITH, "meg_");
        var byName = new UserCondition(UserCondition.Property.displayName, UserCondition.Match.STARTS_WITH, "user l");

        assertThat(ports.directoryUsers().page(contoso, byMail, 0, 10)).containsExactly(megan);
        assertThat(ports.directoryUsers().page(contoso, byUpn, 0, 10)).containsExactly(lee);
        assertThat(ports.directoryUsers().page(contoso, byPrefix, 0, 10)).containsExactly(meg, megan);
        assertThat(ports.directoryUsers().page(contoso, byPrefix, 1, 10)).containsExactly(megan);
        assertThat(ports.directoryUsers().page(contoso, literal, 0, 10)).containsExactly(meg);
        assertThat(ports.directoryUsers().page(contoso, byName, 0, 10)).containsExactly(lee);
        assertThat(ports.directoryUsers().countIn(contoso, byPrefix)).isEqualTo(2);
        assertThat(ports.directoryUsers().countIn(fabrikam, byMail)).isEqualTo(1);
    }

    @Test
    void usersAreSelectedByAliasTypeAndEnabledStateInTheStore() {
        DirectoryUser megan =
                workUser(contoso, "MeganB@contoso.onmicrosoft.com", null).with("Meg.Ops", true);
        DirectoryUser lee =
                workUser(contoso, "LeeG@contoso.onmicrosoft.com", null).with(null, false);
        DirectoryUser guest = ContractData.externalMsaUser(contoso, msa(), "guest@outlook.com");
        DirectoryUser elsewhere = workUser(fabrikam, "megan@fabrikam.com", null).with("meg.ops", false);
        for (DirectoryUser u : List.of(megan, lee, guest, elsewhere))
            ports.directoryUsers().add(u);
        var alias = new UserCondition(UserCondition.Property.mailNickname, UserCondition.Match.EQUALS, "MEG.OPS");
        var guests = new UserCondition(UserCondition.Property.userType, UserCondition.Match.EQUALS, "guest");
        var disabled = new UserCondition(UserCondition.Property.accountEnabled, UserCondition.Match.EQUALS, "false");
        var enabled = new UserCondition(UserCondition.Property.accountEnabled, UserCondition.Match.EQUALS, "true");

        assertThat(ports.directoryUsers().page(contoso, alias, 0, 10)).containsExactly(megan);
        assertThat(ports.directoryUsers().page(contoso, guests, 0, 10)).containsExactly(guest);
        assertThat(ports.directoryUsers().page(contoso, disabled, 0, 10)).containsExactly(lee);
        assertThat(ports.directoryUsers().countIn(contoso, enabled)).isEqualTo(2);
        assertThat(ports.directoryUsers().countIn(fabrikam, disabled)).isEqualTo(1);
        var byId = new UserCondition(
                UserCondition.Property.id,
                UserCondition.Match.EQUALS,
                lee.id().toString().toUpperCase(java.util.Locale.ROOT));
        assertThat(ports.directoryUsers().page(contoso, byId, 0, 10)).containsExactly(lee);
        assertThat(ports.directoryUsers().countIn(fabrikam, byId)).isZero();
        var notAnId = new UserCondition(UserCondition.Property.id, UserCondition.Match.EQUALS, "not-a-guid");
        assertThat(ports.directoryUsers().page(contoso, notAnId, 0, 10)).isEmpty();
        assertThat(guest.type()).isEqualTo(DirectoryUser.UserType.Guest);
    }

    @Test
    void compoundQueriesAreEvaluatedByTheStoreAsInMemoryMissingValuesIncluded() {
        DirectoryUser megan = workUser(contoso, "MeganB@contoso.onmicrosoft.com", "Megan.Bowen@Contoso.com");
        DirectoryUser noMail = workUser(contoso, "meg_ops@contoso.onmicrosoft.com", null);
        DirectoryUser lee = workUser(contoso, "LeeG@contoso.onmicrosoft.com", "lee@contoso.com")
                .with(null, false);
        DirectoryUser guest = ContractData.externalMsaUser(contoso, msa(), "guest@outlook.com");
        List<DirectoryUser> all = List.of(megan, noMail, lee, guest);
        all.forEach(ports.directoryUsers()::add);
        var notMegansMail = new UserCondition(
                UserCondition.Property.mail, UserCondition.Match.NOT_EQUALS, "MEGAN.BOWEN@contoso.com");
        var startsMeg =
                new UserCondition(UserCondition.Property.userPrincipalName, UserCondition.Match.STARTS_WITH, "meg");
        var guests = new UserCondition(UserCondition.Property.userType, UserCondition.Match.EQUALS, "Guest");
        var enabled = new UserCondition(UserCondition.Property.accountEnabled, UserCondition.Match.NOT_EQUALS, "false");
        List<UserQuery> queries = List.of(
                notMegansMail,
                new UserQuery.AllOf(List.of(startsMeg, notMegansMail)),
                new UserQuery.AnyOf(List.of(guests, new UserQuery.AllOf(List.of(startsMeg, enabled)))),
                new UserQuery.AllOf(List.of(enabled, new UserQuery.AnyOf(List.of(guests, notMegansMail)))),
                new UserQuery.AllOf(List.of()),
                new UserQuery.AnyOf(List.of()));

        for (UserQuery q : queries) {
            List<DirectoryUser> expected = all.stream()
                    .filter(q::matches)
                    .sorted(java.util.Comparator.comparing(
                            u -> u.userPrincipalName().toLowerCase(java.util.Locale.ROOT)))
                    .toList();
            assertThat(ports.directoryUsers().page(contoso, q, 0, 10))
                    .as(q.toString())
                    .isEqualTo(expected);
            assertThat(ports.directoryUsers().countIn(contoso, q))
                    .as(q.toString())
                    .isEqualTo(expected.size());
        }
        assertThat(ports.directoryUsers().page(contoso, notMegansMail, 0, 10))
                .as("a user without mail is not equal to any mail")
                .contains(noMail)
                .doesNotContain(megan);
    }

    @Test
    void anyNameMatchesThePrincipalNameTheDisplayNameOrTheMail() {
        DirectoryUser megan = workUser(contoso, "MeganB@contoso.onmicrosoft.com", "Megan.Bowen@Contoso.com");
        DirectoryUser lee = workUser(contoso, "LeeG@contoso.onmicrosoft.com", "lee@contoso.com");
        DirectoryUser other = workUser(fabrikam, "megan@fabrikam.com", null);
        for (DirectoryUser u : java.util.List.of(megan, lee, other))
            ports.directoryUsers().add(u);

        assertThat(ports.directoryUsers().page(contoso, anyName("meganb"), 0, 10))
                .containsExactly(megan);
        assertThat(ports.directoryUsers().page(contoso, anyName("MEGAN.BO"), 0, 10))
                .containsExactly(megan);
        assertThat(ports.directoryUsers().page(contoso, anyName(lee.displayName()), 0, 10))
                .containsExactly(lee);
        assertThat(ports.directoryUsers().countIn(contoso, anyName("megan"))).isEqualTo(1);
        assertThat(ports.directoryUsers().countIn(contoso, anyName("%"))).isZero();
    }

    private static UserCondition anyName(String prefix) {
        return new UserCondition(UserCondition.Property.anyName, UserCondition.Match.STARTS_WITH, prefix);
    }

    @Test
    void aSearchPagesTheUsersWhosePrincipalNameStartsWithThePrefixWhateverItsCase() {
        DirectoryUser alan = workUser(contoso, "Alan@contoso.onmicrosoft.com", null);
        DirectoryUser alice = workUser(contoso, "alice@contoso.onmicrosoft.com", null);
        DirectoryUser alvin = workUser(contoso, "alvin@contoso.onmicrosoft.com", null);
        DirectoryUser underscored = workUser(contoso, "a_lx@contoso.onmicrosoft.com", null);
        ports.directoryUsers().add(alvin);
        ports.directoryUsers().add(underscored);
        ports.directoryUsers().add(alice);
        ports.directoryUsers().add(alan);
        ports.directoryUsers().add(workUser(contoso, "bob@contoso.onmicrosoft.com", null));
        ports.directoryUsers().add(workUser(fabrikam, "alfred@fabrikam.com", null));

        assertThat(ports.directoryUsers().page(contoso, upnStartingWith("AL"), 0, 2))
                .containsExactly(alan, alice);
        assertThat(ports.directoryUsers().page(contoso, upnStartingWith("al"), 2, 2))
                .containsExactly(alvin);
        assertThat(ports.directoryUsers().countIn(contoso, upnStartingWith("Al")))
                .isEqualTo(3);
        // the prefix's own wildcards are literal: "a_" is not "a" and any one character
        assertThat(ports.directoryUsers().page(contoso, upnStartingWith("a_"), 0, 10))
                .containsExactly(underscored);
        assertThat(ports.directoryUsers().countIn(contoso, upnStartingWith("%")))
                .isZero();
        assertThat(ports.directoryUsers().countIn(contoso, upnStartingWith("carol")))
                .isZero();
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        Identity.Personal kelley = msa();
        DirectoryUser guest = externalMsaUser(contoso, kelley, "kelley.wall@outlook.com");

        ports.directoryUsers().add(guest);

        DirectoryUser stored = ports.directoryUsers().byId(contoso, guest.id()).orElseThrow();
        assertThat(stored).isEqualTo(guest);
        assertThat(stored.person()).isEqualTo(kelley);
        assertThat(stored.invitation()).isEqualTo(DirectoryUser.InvitationState.PendingAcceptance);
        assertThat(stored.password()).isNull();
    }

    @Test
    void byPrincipalNameIgnoresCase() {
        DirectoryUser megan = workUser(contoso, "MeganB@contoso.onmicrosoft.com", null);
        ports.directoryUsers().add(megan);

        assertThat(ports.directoryUsers().byPrincipalName(contoso, "meganb@CONTOSO.onmicrosoft.com"))
                .contains(megan);
        assertThat(ports.directoryUsers().byPrincipalName(fabrikam, "meganb@contoso.onmicrosoft.com"))
                .isEmpty();
    }

    @Test
    void aPrincipalNameIsUniqueInADirectoryWhateverItsCase() {
        DirectoryUser megan = workUser(contoso, "MeganB@contoso.onmicrosoft.com", null);
        ports.directoryUsers().add(megan);

        assertThatThrownBy(() -> ports.directoryUsers().add(workUser(contoso, "meganb@contoso.onmicrosoft.com", null)))
                .isInstanceOf(RuntimeException.class);
        DirectoryUser elsewhere = workUser(fabrikam, "MeganB@contoso.onmicrosoft.com", null);
        ports.directoryUsers().add(elsewhere);

        assertThat(ports.directoryUsers().inDirectory(contoso)).containsExactly(megan);
        assertThat(ports.directoryUsers().inDirectory(fabrikam)).containsExactly(elsewhere);
    }

    @Test
    void byEmailMatchesMailOrPrincipalNameInThatDirectory() {
        DirectoryUser byMail = workUser(contoso, "megan@contoso.onmicrosoft.com", "megan.bowen@contoso.com");
        DirectoryUser byUpn = workUser(contoso, "Megan.Bowen@contoso.com", null);
        DirectoryUser other = workUser(contoso, "lee@contoso.onmicrosoft.com", "lee@contoso.com");
        DirectoryUser otherDirectory = workUser(fabrikam, "megan.bowen@contoso.com", null);
        for (DirectoryUser u : new DirectoryUser[] {byMail, byUpn, other, otherDirectory})
            ports.directoryUsers().add(u);

        assertThat(ports.directoryUsers().byEmail(contoso, Email.of("megan.bowen@contoso.com")))
                .containsExactlyInAnyOrder(byMail, byUpn);
        assertThat(ports.directoryUsers().byEmail(contoso, Email.of("nobody@contoso.com")))
                .isEmpty();
    }

    @Test
    void workAccountsWithEmailAreHomedUsersOfAnyDirectory() {
        DirectoryUser inContoso = workUser(contoso, "kelley@contoso.com", null);
        DirectoryUser inFabrikam = workUser(fabrikam, "k@fabrikam.onmicrosoft.com", "kelley@contoso.com");
        DirectoryUser guest = externalMsaUser(fabrikam, msa(), "kelley@contoso.com");
        for (DirectoryUser u : new DirectoryUser[] {inContoso, inFabrikam, guest})
            ports.directoryUsers().add(u);

        assertThat(ports.directoryUsers().workAccountsWithEmail(Email.of("KELLEY@contoso.com")))
                .containsExactlyInAnyOrder(inContoso, inFabrikam);
    }

    @Test
    void ofPersonListsTheUserObjectOfThePersonInEveryDirectory() {
        Identity.Personal kelley = msa();
        DirectoryUser inContoso = externalMsaUser(contoso, kelley, "kelley.wall@outlook.com");
        DirectoryUser inFabrikam = externalMsaUser(fabrikam, kelley, "kelley.wall@outlook.com");
        ports.directoryUsers().add(inContoso);
        ports.directoryUsers().add(inFabrikam);
        ports.directoryUsers().add(externalMsaUser(contoso, msa(), "alex@outlook.com"));

        assertThat(ports.directoryUsers().ofPerson(kelley)).containsExactlyInAnyOrder(inContoso, inFabrikam);
        assertThat(ports.directoryUsers().ofPerson(msa())).isEmpty();
    }

    @Test
    void aliasAndEnabledStateSurviveTheRoundTrip() {
        DirectoryUser alias =
                workUser(contoso, "MeganB@contoso.onmicrosoft.com", null).with("megan.bowen", false);
        DirectoryUser plain = workUser(contoso, "LeeG@contoso.onmicrosoft.com", null);

        ports.directoryUsers().add(alias);
        ports.directoryUsers().add(plain);

        DirectoryUser stored = ports.directoryUsers().byId(contoso, alias.id()).orElseThrow();
        assertThat(stored).isEqualTo(alias);
        assertThat(stored.mailNickname()).isEqualTo("megan.bowen");
        assertThat(stored.accountEnabled()).isFalse();
        DirectoryUser storedPlain =
                ports.directoryUsers().byId(contoso, plain.id()).orElseThrow();
        assertThat(storedPlain.mailNickname()).isEqualTo("LeeG");
        assertThat(storedPlain.accountEnabled()).isTrue();
    }

    @Test
    void updateChangesAliasAndEnabledState() {
        DirectoryUser megan = workUser(contoso, "MeganB@contoso.onmicrosoft.com", null);
        ports.directoryUsers().add(megan);
        DirectoryUser disabled = megan.with("mb", false);

        ports.directoryUsers().update(disabled);
        assertThat(ports.directoryUsers().byId(contoso, megan.id())).contains(disabled);

        ports.directoryUsers().update(megan);
        assertThat(ports.directoryUsers().byId(contoso, megan.id())).contains(megan);
    }

    @Test
    void updateReplacesTheStoredUser() {
        DirectoryUser guest = externalMsaUser(contoso, msa(), "kelley.wall@outlook.com");
        ports.directoryUsers().add(guest);
        DirectoryUser accepted = new DirectoryUser(
                guest.id(),
                contoso,
                "Kelley Wall",
                guest.userPrincipalName(),
                Email.of("kelley@outlook.com"),
                DirectoryUser.UserType.Member,
                guest.source(),
                guest.person(),
                DirectoryUser.InvitationState.Accepted,
                null);

        ports.directoryUsers().update(accepted);

        assertThat(ports.directoryUsers().byId(contoso, guest.id())).contains(accepted);
    }

    @Test
    void removeDeletesOnlyThatUser() {
        DirectoryUser megan = workUser(contoso, "megan@contoso.com", null);
        DirectoryUser lee = workUser(contoso, "lee@contoso.com", null);
        ports.directoryUsers().add(megan);
        ports.directoryUsers().add(lee);

        ports.directoryUsers().remove(contoso, megan.id());

        assertThat(ports.directoryUsers().inDirectory(contoso)).containsExactly(lee);
        assertThat(ports.directoryUsers().byPrincipalName(contoso, "megan@contoso.com"))
                .isEmpty();
    }
}
