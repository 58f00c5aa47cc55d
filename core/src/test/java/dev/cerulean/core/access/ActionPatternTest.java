package dev.cerulean.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActionPatternTest {

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource({
        "*, Microsoft.Compute/virtualMachines/write, true",
        "*, x, true",
        "*/read, Microsoft.Compute/virtualMachines/read, true",
        "*/read, Microsoft.Compute/virtualMachines/READ, true",
        "*/read, Microsoft.Compute/virtualMachines/write, false",
        "*/read, Microsoft.Compute/virtualMachines/readers, false",
        "*/read, read, false",
        "Microsoft.Authorization/*/Write, Microsoft.Authorization/roleAssignments/write, true",
        "Microsoft.Authorization/*/Write, microsoft.authorization/roleDefinitions/WRITE, true",
        "Microsoft.Authorization/*/Write, Microsoft.Authorization/roleAssignments/delete, false",
        "Microsoft.Authorization/*/Write, Microsoft.Compute/roleAssignments/write, false",
        "Microsoft.Authorization/*/Write, Microsoft.Authorization/write, false",
        "Microsoft.Authorization/*, Microsoft.Authorization/roleAssignments/write, true",
        "Microsoft.Authorization/*, Microsoft.AuthorizationX/roleAssignments/write, false",
        "Microsoft.Authorization/elevateAccess/Action, microsoft.authorization/elevateaccess/action, true",
        "Microsoft.Authorization/elevateAccess/Action, Microsoft.Authorization/elevateAccess/Actions, false",
        "Microsoft.Authorization/elevateAccess/Action, Microsoft.Authorization/elevateAccess, false",
        "Microsoft.Support/*, Microsoft.Support/supportTickets/write, true",
        "Microsoft.*/vaults/*, Microsoft.KeyVault/vaults/read, true",
        "Microsoft.*/vaults/*, Microsoft.Compute/virtualMachines/read, false",
        "*/virtualMachines/*, Microsoft.Compute/virtualMachines/start/action, true",
        "a*a, a, false",
        "a*a, aa, true",
        "a*b*c, abc, true",
        "a*b*c, acb, false",
        "a*b*c, aXbYbZc, true",
    })
    void matchesLikeAGlobIgnoringCase(String pattern, String action, boolean expected) {
        assertThat(ActionPattern.of(pattern).matches(action)).isEqualTo(expected);
        assertThat(ActionPattern.of(pattern.toUpperCase()).matches(action.toLowerCase()))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*",
                "*/read",
                "Microsoft.Authorization/*/Write",
                "Microsoft.Compute/virtualMachines/*",
                " Microsoft.Support/* ",
                "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"
            })
    void wellFormedPatternsAreValid(String text) {
        assertThat(ActionPattern.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "/read",
                "Microsoft.Compute/",
                "Microsoft.Compute//read",
                "Microsoft Compute/read",
                "Microsoft.Compute/vm?/read",
                "Microsoft.Compute/vm;drop"
            })
    void malformedPatternsAreInvalidAndDoNotCompile(String text) {
        assertThat(ActionPattern.isValid(text)).isFalse();
        assertThatThrownBy(() -> ActionPattern.of(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullIsInvalid() {
        assertThat(ActionPattern.isValid(null)).isFalse();
    }

    @Test
    void patternsCompareIgnoringCaseAndKeepTheirText() {
        assertThat(ActionPattern.of("*/Read"))
                .isEqualTo(ActionPattern.of("*/read"))
                .hasSameHashCodeAs(ActionPattern.of("*/READ"));
        assertThat(ActionPattern.of(" */Read ").toString()).isEqualTo("*/Read");
    }
}
