package dev.cerulean.server.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.directory.UserCondition;
import dev.cerulean.core.directory.UserCondition.Match;
import dev.cerulean.core.directory.UserCondition.Property;
import dev.cerulean.core.directory.UserQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** $filter expressions on users become the query the store evaluates, whatever their shape. */
class UserFilterTest {
    private static UserCondition c(Property p, Match m, String value) {
        return new UserCondition(p, m, value);
    }

    @Test
    void aSingleTermIsOneCondition() {
        assertThat(UserFilter.parse("userPrincipalName eq 'Lee.Gu@contoso.com'"))
                .isEqualTo(c(Property.userPrincipalName, Match.EQUALS, "Lee.Gu@contoso.com"));
        assertThat(UserFilter.parse("startswith(displayName,'O''Brien')"))
                .isEqualTo(c(Property.displayName, Match.STARTS_WITH, "O'Brien"));
        assertThat(UserFilter.parse("MAIL ne 'a@b.c'")).isEqualTo(c(Property.mail, Match.NOT_EQUALS, "a@b.c"));
        assertThat(UserFilter.parse("accountEnabled eq false"))
                .isEqualTo(c(Property.accountEnabled, Match.EQUALS, "false"));
        assertThat(UserFilter.parse("startswith(id,'0a')")).isEqualTo(c(Property.id, Match.STARTS_WITH, "0a"));
        assertThat(UserFilter.parse(null)).isEqualTo(new UserQuery.AllOf(List.of()));
    }

    @Test
    void andBindsTighterThanOrAndParenthesesGroup() {
        var guest = c(Property.userType, Match.EQUALS, "Guest");
        var a = c(Property.mail, Match.EQUALS, "a");
        var b = c(Property.mail, Match.EQUALS, "b");

        assertThat(UserFilter.parse("userType eq 'Guest' and mail eq 'a' or mail eq 'b'"))
                .isEqualTo(new UserQuery.AnyOf(List.of(new UserQuery.AllOf(List.of(guest, a)), b)));
        assertThat(UserFilter.parse("userType eq 'Guest' and (mail eq 'a' or mail eq 'b')"))
                .isEqualTo(new UserQuery.AllOf(List.of(guest, new UserQuery.AnyOf(List.of(a, b)))));
        assertThat(UserFilter.parse("mail eq 'a' OR mail eq 'b' or mail eq 'a'"))
                .isEqualTo(new UserQuery.AnyOf(List.of(a, b, a)));
    }

    @Test
    void whatGraphDoesNotTakeIsABadRequestNamingTheFilter() {
        for (String bad : List.of(
                "jobTitle eq 'x'",
                "mail gt 'a'",
                "accountEnabled eq 'true'",
                "mail eq unquoted",
                "mail eq 'unterminated",
                "(mail eq 'a'",
                "mail eq 'a' and",
                "(".repeat(20) + "mail eq 'a'" + ")".repeat(20))) {
            assertThatThrownBy(() -> UserFilter.parse(bad))
                    .as(bad)
                    .isInstanceOf(GraphException.class)
                    .hasMessageContaining("$filter");
        }
    }
}
