package dev.cerulean.core.move;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.Offer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may change a subscription's directory, and to where: R9–R11 (walkthrough steps 2.2–2.3). */
class DirectoryChangeRulesTest extends LinkedWorldTest {
    // R9 — who may change the directory

    @Test
    void R9_classic_serviceAdministratorSignedInWithMicrosoftAccountMayChangeIt() {
        assertThat(preview(kelley, CONTOSO, DirectoryChangeMode.CLASSIC).isOk()).isTrue();
    }

    @Test
    void R9_classic_coAdministratorCannotChangeDirectory() {
        assertRefused(
                () -> preview(w.world().alexMsaInDefault(), CONTOSO, DirectoryChangeMode.CLASSIC),
                RuleCode.CoAdministratorCannotChangeDirectory);
    }

    @Test
    void R9_classic_anyoneElseRequiresServiceAdministrator() {
        owner(SAM_READER, "0a000000-0000-4000-8000-0000000000f1");
        assertRefused(
                () -> preview(w.world().samReader(), CONTOSO, DirectoryChangeMode.CLASSIC),
                RuleCode.RequiresServiceAdministrator);
    }

    @Test
    void R9_classic_editDirectoryRequiresMicrosoftAccount() {
        samIsServiceAdministrator();
        assertRefused(
                () -> preview(w.world().samReader(), CONTOSO, DirectoryChangeMode.CLASSIC),
                RuleCode.EditDirectoryRequiresMicrosoftAccount);
    }

    @Test
    void R9_modern_anyOwnerMayChangeIt() {
        samIsGuestOfContoso();
        owner(SAM_READER, "0a000000-0000-4000-8000-0000000000f1");

        var preview = preview(w.world().samReader(), CONTOSO, DirectoryChangeMode.MODERN)
                .orThrow();
        var result = w.changeDirectory().apply(w.world().samReader(), preview);

        assertThat(result.isOk()).isTrue();
        assertThat(w.subscription().directory()).isEqualTo(CONTOSO);
    }

    @Test
    void R9_modern_serviceAdministratorActsAsOwner() {
        assertThat(preview(kelley, CONTOSO, DirectoryChangeMode.MODERN).isOk()).isTrue();
    }

    @Test
    void R9_modern_contributorRequiresOwner() {
        assertRefused(
                () -> preview(w.world().demoAutomation(), CONTOSO, DirectoryChangeMode.MODERN), RuleCode.RequiresOwner);
    }

    @Test
    void R9_modern_coAdministratorCannotChangeDirectoryEvenAsOwner() {
        owner(Worlds.ALEX_IN_DEFAULT, "0a000000-0000-4000-8000-0000000000f2");
        assertRefused(
                () -> preview(w.world().alexMsaInDefault(), CONTOSO, DirectoryChangeMode.MODERN),
                RuleCode.CoAdministratorCannotChangeDirectory);
    }

    @Test
    void R9_applyChecksTheCallerAgain() {
        DirectoryChangePreview preview = w.preview(kelley, DirectoryChangeMode.CLASSIC);
        assertRefused(
                () -> w.changeDirectory().apply(w.world().alexMsaInDefault(), preview),
                RuleCode.CoAdministratorCannotChangeDirectory);
    }

    // R10, R11 and unknown ids

    @Test
    void R10_callerNotInTargetDirectory() {
        MoveWorld unlinked = MoveWorld.kelleyWall();
        WorldSnapshot before = WorldSnapshot.of(unlinked.ports());

        var outcome = unlinked.previewChange().preview(kelley, SUBSCRIPTION, CONTOSO, DirectoryChangeMode.CLASSIC);

        assertThat(outcome.code()).isEqualTo(RuleCode.CallerNotInTargetDirectory);
        assertThat(WorldSnapshot.of(unlinked.ports())).isEqualTo(before);
    }

    @Test
    void R10_sameDirectoryIsRefused() {
        assertRefused(() -> preview(kelley, DEFAULT_DIRECTORY, DirectoryChangeMode.CLASSIC), RuleCode.SameDirectory);
    }

    @Test
    void DirectoryNotFound_forAnUnknownTarget() {
        assertRefused(
                () -> preview(
                        kelley, DirectoryId.of("99999999-0000-4000-8000-000000000009"), DirectoryChangeMode.CLASSIC),
                RuleCode.DirectoryNotFound);
    }

    @Test
    void SubscriptionNotFound_forAnUnknownSubscription() {
        assertRefused(
                () -> w.previewChange()
                        .preview(
                                kelley,
                                SubscriptionId.of("99999999-0000-4000-8000-000000000003"),
                                CONTOSO,
                                DirectoryChangeMode.CLASSIC),
                RuleCode.SubscriptionNotFound);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MS-AZR-0145P", "MS-AZR-0146P", "MS-AZR-159P", "MS-AZR-0015P", "MS-AZR-0144P"})
    void R11_offerTypeNotSupported(String offer) {
        w.rewrite(s -> MoveWorld.withOffer(s, Offer.parse(offer).orElseThrow()));
        assertRefused(() -> preview(kelley, CONTOSO, DirectoryChangeMode.CLASSIC), RuleCode.OfferTypeNotSupported);
        assertRefused(() -> preview(kelley, CONTOSO, DirectoryChangeMode.MODERN), RuleCode.OfferTypeNotSupported);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MS-AZR-0003P", "MS-AZR-0044P", "MS-AZR-0017P", "MS-AZR-0063P"})
    void R11_otherOffersMayChangeDirectory(String offer) {
        w.rewrite(s -> MoveWorld.withOffer(s, Offer.parse(offer).orElseThrow()));
        assertThat(preview(kelley, CONTOSO, DirectoryChangeMode.CLASSIC).isOk()).isTrue();
    }
}
