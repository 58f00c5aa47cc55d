package dev.cerulean.core.move;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.move.AccessDiff.Access;
import dev.cerulean.core.move.AccessDiff.PrincipalAccess;
import dev.cerulean.core.move.AccessDiff.Regained;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Access before (the plan) and after (the live state), per principal: held again directly, mapped, or missing. */
class CompareAccessTest extends RehearsalTest {
    private final CompareAccess compare = uses.move().compareAccess();

    private static PrincipalAccess of(AccessDiff diff, ObjectId principal) {
        return diff.principals().stream()
                .filter(p -> p.principal().id().equals(principal))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void beforeTheChangeEveryoneHoldsTheirAccessDirectly() {
        MovePlan plan = planned();

        AccessDiff diff = compare.compare(kelley, plan, MoveMapping.NONE).orThrow();

        assertThat(diff.empty()).isTrue();
        assertThat(diff.principals())
                .flatExtracting(PrincipalAccess::access)
                .extracting(Access::regained)
                .containsOnly(Regained.DIRECTLY);
    }

    @Test
    void afterTheChangeEverythingIsMissingThenRestoreLeavesOnlyTheUnmappedOnPurpose() {
        MovePlan plan = planned();
        move();

        AccessDiff moved = compare.compare(kelleyInContoso(), plan, mapping()).orThrow();
        assertThat(moved.differences())
                .hasSize(plan.roleAssignments().stream()
                        .map(a -> a.principal().id())
                        .distinct()
                        .toList()
                        .size());

        uses.move()
                .restoreAfterDirectoryChange()
                .restore(kelleyInContoso(), plan, mapping(), false)
                .orThrow();
        AccessDiff restored =
                compare.compare(kelleyInContoso(), plan, mapping()).orThrow();

        assertThat(restored.differences()).singleElement().satisfies(p -> {
            assertThat(p.principal().id()).isEqualTo(Worlds.DEMO_AUTOMATION_SP);
            assertThat(p.counterpart()).isNull();
        });
        PrincipalAccess sam = of(restored, Worlds.SAM_READER);
        assertThat(sam.counterpart()).isEqualTo(SAM_IN_CONTOSO);
        assertThat(sam.access()).extracting(Access::regained).containsOnly(Regained.MAPPED);
        PrincipalAccess vm = of(restored, Worlds.VM_WEB_IDENTITY);
        assertThat(vm.counterpart())
                .isEqualTo(p.resources()
                        .byId(Worlds.VM_WEB)
                        .orElseThrow()
                        .identity()
                        .principalId());
        assertThat(vm.access()).singleElement().satisfies(a -> {
            assertThat(a.regained()).isEqualTo(Regained.MAPPED);
            assertThat(a.liveAssignment()).isEqualTo(VM_ASSIGNMENT);
        });
    }

    @Test
    void aMappingThatNamesAnotherCounterpartThanTheRestoredOneShowsTheAccessMissing() {
        MovePlan plan = planned();
        move();
        uses.move()
                .restoreAfterDirectoryChange()
                .restore(kelleyInContoso(), plan, mapping(), false)
                .orThrow();

        var otherwise = new MoveMapping(
                Map.of(Worlds.SAM_READER, Worlds.MEGAN_BOWEN, webOps.id(), contosoWebOps.id()), Set.of());
        AccessDiff diff = compare.compare(kelleyInContoso(), plan, otherwise).orThrow();

        assertThat(of(diff, Worlds.SAM_READER).access())
                .extracting(Access::regained)
                .containsOnly(Regained.MISSING);
    }

    @Test
    void AuthorizationFailed_someoneWhoCannotReadTheAssignmentsGetsNoDiff() {
        MovePlan plan = planned();
        move();

        assertRefused(() -> compare.compare(w.world().megan(), plan, mapping()), RuleCode.AuthorizationFailed);
    }
}
