package dev.cerulean.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void parseTrimsAndLowerCases() {
        assertThat(Email.parse("  Kelley.Wall@Outlook.COM ")).contains(new Email("kelley.wall@outlook.com"));
    }

    @Test
    void equalityIgnoresTheCaseItWasTypedIn() {
        assertThat(Email.of("MEGAN.BOWEN@contoso.onmicrosoft.com"))
                .isEqualTo(Email.of("megan.bowen@CONTOSO.onmicrosoft.com"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a@b.co",
                "first.last+tag@sub.example.org",
                "o'brien@example.ie",
                "x_y-z%1@a-b.example",
                "kelley.wall_outlook.com#ext#@contoso.onmicrosoft.com"
            })
    void acceptsCommonAddressesAndExternalUserPrincipalNames(String text) {
        assertThat(Email.parse(text)).isPresent();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "plain",
                "@example.com",
                "user@",
                "user@example",
                "two@@example.com",
                "a@b@example.com",
                "user name@example.com",
                "user@-example.com",
                "user@example-.com",
                "user@exa_mple.com",
                "user@.example.com",
                "user@example..com",
                "(user)@example.com",
                "åsa@example.se",
                "user@exam ple.com",
                "user@example.com trailing"
            })
    void refusesMalformedAddresses(String text) {
        assertThat(Email.parse(text)).isEmpty();
    }

    @Test
    void localPartIsAtMost64Characters() {
        assertThat(Email.parse("a".repeat(64) + "@example.com")).isPresent();
        assertThat(Email.parse("a".repeat(65) + "@example.com")).isEmpty();
    }

    @Test
    void localPartAndDomain() {
        Email email = Email.of("kelley.wall@outlook.com");

        assertThat(email.localPart()).isEqualTo("kelley.wall");
        assertThat(email.domain()).isEqualTo("outlook.com");
        assertThat(email.toString()).isEqualTo("kelley.wall@outlook.com");
    }

    @Test
    void constructorAcceptsOnlyTheCanonicalLowerCaseForm() {
        assertThatThrownBy(() -> new Email("Kelley@Outlook.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Email.of("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
