package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.directory.UserCondition;
import org.junit.jupiter.api.Test;

/** Which $filter expressions on users the database answers, and which are evaluated in memory. */
class UserFilterTest {
    @Test
    void aSingleEqualityOrPrefixOnNameMailOrDisplayNameIsOneCondition() {
        assertThat(UserFilter.condition("userPrincipalName eq 'Lee.Gu@contoso.com'"))
                .contains(new UserCondition(
                        UserCondition.Property.userPrincipalName, UserCondition.Match.EQUALS, "Lee.Gu@contoso.com"));
        assertThat(UserFilter.condition("startswith(displayName,'O''Brien')"))
                .contains(new UserCondition(
                        UserCondition.Property.displayName, UserCondition.Match.STARTS_WITH, "O'Brien"));
        assertThat(UserFilter.condition("MAIL eq 'a@b.c'")).isPresent();
    }

    @Test
    void anythingElseIsLeftToTheFullParser() {
        assertThat(UserFilter.condition(null)).isEmpty();
        assertThat(UserFilter.condition("mail ne 'a@b.c'")).isEmpty();
        assertThat(UserFilter.condition("userType eq 'Guest'")).isEmpty();
        assertThat(UserFilter.condition("mail eq 'a' or mail eq 'b'")).isEmpty();
        assertThat(UserFilter.condition("mail eq unquoted")).isEmpty();
        assertThat(UserFilter.condition("mail eq 'unterminated")).isEmpty();
    }
}
