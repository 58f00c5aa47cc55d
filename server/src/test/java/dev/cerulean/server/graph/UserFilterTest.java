package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.directory.UserCondition;
import dev.cerulean.core.directory.UserCondition.Match;
import dev.cerulean.core.directory.UserCondition.Property;
import dev.cerulean.server.graph.UserFilter.Narrowing;
import org.junit.jupiter.api.Test;

/** Which $filter expressions on users the database answers, and which are evaluated in memory. */
class UserFilterTest {
    private static Narrowing exact(Property p, Match m, String value) {
        return new Narrowing(new UserCondition(p, m, value), true);
    }

    private static Narrowing part(Property p, Match m, String value) {
        return new Narrowing(new UserCondition(p, m, value), false);
    }

    @Test
    void aSingleConditionIsTheWholeFilter() {
        assertThat(UserFilter.narrowing("userPrincipalName eq 'Lee.Gu@contoso.com'"))
                .contains(exact(Property.userPrincipalName, Match.EQUALS, "Lee.Gu@contoso.com"));
        assertThat(UserFilter.narrowing("startswith(displayName,'O''Brien')"))
                .contains(exact(Property.displayName, Match.STARTS_WITH, "O'Brien"));
        assertThat(UserFilter.narrowing("MAIL eq 'a@b.c'")).isPresent();
        assertThat(UserFilter.narrowing("userType eq 'Guest'"))
                .contains(exact(Property.userType, Match.EQUALS, "Guest"));
        assertThat(UserFilter.narrowing("accountEnabled eq false"))
                .contains(exact(Property.accountEnabled, Match.EQUALS, "false"));
        assertThat(UserFilter.narrowing("mailNickname eq 'meg'"))
                .contains(exact(Property.mailNickname, Match.EQUALS, "meg"));
    }

    @Test
    void aTopLevelAndIsNarrowedByItsMostSelectiveCondition() {
        assertThat(UserFilter.narrowing("userType eq 'Guest' and startswith(mail,'lee')"))
                .contains(part(Property.mail, Match.STARTS_WITH, "lee"));
        assertThat(UserFilter.narrowing("accountEnabled eq true and (mail eq 'a' or mail eq 'b')"))
                .contains(part(Property.accountEnabled, Match.EQUALS, "true"));
        assertThat(UserFilter.narrowing("mail ne 'x' AND userType eq 'Member' and id eq 'y'"))
                .contains(part(Property.id, Match.EQUALS, "y"));
        assertThat(UserFilter.narrowing("mail ne 'x' AND userType eq 'Member'"))
                .contains(part(Property.userType, Match.EQUALS, "Member"));
    }

    @Test
    void anythingElseIsLeftToTheFullParser() {
        assertThat(UserFilter.narrowing(null)).isEmpty();
        assertThat(UserFilter.narrowing("mail ne 'a@b.c'")).isEmpty();
        assertThat(UserFilter.narrowing("startswith(userType,'G')")).isEmpty();
        assertThat(UserFilter.narrowing("startswith(id,'0')")).isEmpty();
        assertThat(UserFilter.narrowing("accountEnabled eq 'true'")).isEmpty();
        assertThat(UserFilter.narrowing("mail eq 'a' or mail eq 'b'")).isEmpty();
        assertThat(UserFilter.narrowing("userType eq 'Guest' and mail eq 'a' or mail eq 'b'"))
                .isEmpty();
        assertThat(UserFilter.narrowing("(mail eq 'a' and userType eq 'Guest')"))
                .isEmpty();
        assertThat(UserFilter.narrowing("mail eq unquoted")).isEmpty();
        assertThat(UserFilter.narrowing("mail eq 'unterminated")).isEmpty();
    }
}
