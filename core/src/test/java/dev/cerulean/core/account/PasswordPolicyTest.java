package dev.cerulean.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"Demo-Passw0rd!", "abcdEF12", "abcdef1!", "ABCDEF1!", "abcDEF!!", "Ångström-7", "ab cd EF 12"})
    void acceptsEightOrMoreCharactersOfThreeClasses(String password) {
        assertThat(PasswordPolicy.allows(password)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"aB1!xyz", "abcdefgh", "abcdefg1", "ABCDEFG!", "12345678!", "password", "Password"})
    void PasswordTooWeak_shortOrFewerThanThreeClassesRefused(String password) {
        assertThat(PasswordPolicy.allows(password)).isFalse();
    }

    @Test
    void PasswordTooWeak_controlCharactersRefused() {
        assertThat(PasswordPolicy.allows("abcDEF12\n")).isFalse();
        assertThat(PasswordPolicy.allows("abc\u0000DEF12")).isFalse();
    }

    @Test
    void PasswordTooWeak_longerThan256Refused() {
        String ok = "aB1!".repeat(64);
        assertThat(PasswordPolicy.allows(ok)).isTrue();
        assertThat(PasswordPolicy.allows(ok + "x")).isFalse();
    }

    @Test
    void exactlyEightCharactersIsEnough() {
        assertThat(PasswordPolicy.allows("aB1!aB1!")).isTrue();
        assertThat(PasswordPolicy.allows("aB1!aB1")).isFalse();
    }
}
