package dev.cerulean.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNameTest {

    @Test
    void trimsAndKeepsAnyScript() {
        assertThat(DisplayName.parse("  Kelley Wall ")).contains("Kelley Wall");
        assertThat(DisplayName.parse("Åsa Öberg")).contains("Åsa Öberg");
    }

    @Test
    void InvalidDisplayName_blankTooLongOrControlCharactersRefused() {
        assertThat(DisplayName.parse(null)).isEmpty();
        assertThat(DisplayName.parse("   ")).isEmpty();
        assertThat(DisplayName.parse("a".repeat(257))).isEmpty();
        assertThat(DisplayName.parse("a".repeat(256))).isPresent();
        assertThat(DisplayName.parse("Kelley\u0007Wall")).isEmpty();
    }
}
