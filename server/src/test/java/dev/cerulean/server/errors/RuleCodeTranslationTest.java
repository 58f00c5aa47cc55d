package dev.cerulean.server.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.RuleCode.Kind;
import dev.cerulean.server.arm.ArmErrors;
import dev.cerulean.server.graph.GraphErrors;
import dev.cerulean.server.page.Language;
import dev.cerulean.server.page.Messages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every rule code answers by its kind, the same way in ARM and Graph (with Graph's own codes and
 * its 400 for "already exists" and state conflicts, as Entra answers), and has a message in both
 * languages of the one catalogue.
 */
class RuleCodeTranslationTest {
    record Expected(int arm, int graph, String graphCode) {}

    /** The table people read: one row per kind. */
    private static final Map<Kind, Expected> BY_KIND = Map.of(
            Kind.INVALID, new Expected(400, 400, GraphErrors.BAD_REQUEST),
            Kind.NOT_FOUND, new Expected(404, 404, GraphErrors.NOT_FOUND),
            Kind.DENIED, new Expected(403, 403, GraphErrors.DENIED),
            Kind.EXISTS, new Expected(409, 400, GraphErrors.CONFLICT),
            Kind.CONFLICT, new Expected(409, 400, GraphErrors.BAD_REQUEST),
            Kind.LIMIT, new Expected(400, 400, GraphErrors.QUOTA),
            Kind.STALE, new Expected(412, 412, GraphErrors.PRECONDITION),
            Kind.UNAUTHENTICATED, new Expected(401, 401, GraphErrors.UNAUTHENTICATED),
            Kind.THROTTLED, new Expected(429, 429, GraphErrors.THROTTLED));

    @Test
    void everyKindHasARow() {
        assertThat(BY_KIND).containsOnlyKeys(Kind.values());
    }

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void armAndGraphAnswerByKind(RuleCode code) {
        Expected expected = BY_KIND.get(code.kind());
        assertThat(ArmErrors.status(code)).as("ARM status of %s", code).isEqualTo(expected.arm());
        assertThat(GraphErrors.of(code))
                .as("Graph answer of %s", code)
                .isEqualTo(new GraphErrors.Mapping(expected.graph(), expected.graphCode()));
    }

    @Test
    void codesTheProtocolsOnceDisagreedOnNowAgree() {
        assertThat(ArmErrors.status(RuleCode.NotCoAdministrator)).isEqualTo(404);
        assertThat(GraphErrors.of(RuleCode.NotCoAdministrator).status()).isEqualTo(404);
        assertThat(ArmErrors.status(RuleCode.AccountTemporarilyLocked)).isEqualTo(429);
        assertThat(GraphErrors.of(RuleCode.AccountTemporarilyLocked).status()).isEqualTo(429);
    }

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyCodeHasItsOwnMessageInBothLanguages(RuleCode code) {
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            assertThat(m.translates("rule." + code.name()))
                    .as("rule.%s in %s", code, language)
                    .isTrue();
            String text = m.rule(code, List.of("a", "b", "c"));
            assertThat(text).as("rule.%s in %s", code, language).isNotBlank().doesNotContain("rule." + code.name());
        }
    }

    @Test
    void ruleNumbersLookLikeTheDomainsOwn() {
        for (RuleCode code : RuleCode.values()) {
            assertThat(code.rules()).allMatch(r -> r.matches("R[0-9]{1,2}"), code + "'s rule numbers");
        }
        assertThat(RuleCode.CoAdministratorLimitReached.rules()).containsExactly("R21");
    }
}
