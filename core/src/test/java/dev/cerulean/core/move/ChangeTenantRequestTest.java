package dev.cerulean.core.move;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.DEFAULT_DIRECTORY;
import static dev.cerulean.core.fixtures.Worlds.NOW;
import static dev.cerulean.core.fixtures.Worlds.SAM_READER;
import static dev.cerulean.core.fixtures.Worlds.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.move.ChangeTenantRequest.Status;
import dev.cerulean.core.subscription.Offer;
import org.junit.jupiter.api.Test;

/**
 * Microsoft.Subscription's two-step directory change: requested by an Owner (R9–R11 checked
 * then), accepted by an account of the destination (the rules checked again for the requester,
 * then the portals' change: R12–R14, R34), cancelled, and its status on both sides.
 */
class ChangeTenantRequestTest extends LinkedWorldTest {
    private final Caller megan = w.world().megan();

    private Outcome<RequestDirectoryChange.Requested> request(Caller caller, String owner, Long expected) {
        return w.requestChange().request(caller, SUBSCRIPTION, CONTOSO, owner, expected);
    }

    private ChangeTenantRequest requested() {
        return request(kelley, null, null).orThrow().request();
    }

    // the request

    @Test
    void R9_anOwnersRequestIsStoredInitiatedAndLoggedAndChangesNoSubscription() {
        var before = w.subscription();

        var requested =
                request(kelley, "kelley.wall@contoso.onmicrosoft.com", null).orThrow();

        ChangeTenantRequest r = requested.request();
        assertThat(requested.replacedPending()).isFalse();
        assertThat(r.status()).isEqualTo(Status.Initiated);
        assertThat(r.requester()).isEqualTo(kelley);
        assertThat(r.destination()).isEqualTo(CONTOSO);
        assertThat(r.destinationOwner()).isEqualTo("kelley.wall@contoso.onmicrosoft.com");
        assertThat(r.requestedAt()).isEqualTo(NOW);
        assertThat(r.completedAt()).isNull();
        assertThat(p.changeTenantRequests().of(SUBSCRIPTION)).contains(r);
        assertThat(w.subscription()).isEqualTo(before);
        assertThat(p.coAdministrators().of(SUBSCRIPTION)).isNotEmpty();
        assertThat(p.activityLog().all()).first().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("Microsoft.Subscription/changeTenantRequest/write");
            assertThat(e.caller()).isEqualTo("kelley.wall@outlook.com");
            assertThat(e.subscription()).isEqualTo(SUBSCRIPTION);
            assertThat(e.message()).contains(CONTOSO.toString());
        });
    }

    @Test
    void R9_coAdministratorCannotRequestDirectoryChange() {
        assertRefused(
                () -> request(w.world().alexMsaInDefault(), null, null), RuleCode.CoAdministratorCannotChangeDirectory);
    }

    @Test
    void R9_aContributorRequiresOwnerToRequest() {
        assertRefused(() -> request(w.world().demoAutomation(), null, null), RuleCode.RequiresOwner);
    }

    @Test
    void R10_aRequesterWhoIsNoUserOfTheDestinationIsRefused() {
        MoveWorld unlinked = MoveWorld.kelleyWall();
        WorldSnapshot before = WorldSnapshot.of(unlinked.ports());

        var outcome = unlinked.requestChange().request(kelley, SUBSCRIPTION, CONTOSO, null, null);

        assertThat(outcome.code()).isEqualTo(RuleCode.CallerNotInTargetDirectory);
        assertThat(WorldSnapshot.of(unlinked.ports())).isEqualTo(before);
    }

    @Test
    void R10_SameDirectory_aRequestForTheCurrentDirectoryIsRefused() {
        assertRefused(
                () -> w.requestChange().request(kelley, SUBSCRIPTION, DEFAULT_DIRECTORY, null, null),
                RuleCode.SameDirectory);
    }

    @Test
    void R11_aSubscriptionOfAnOfferThatCannotMoveCannotBeRequested() {
        w.rewrite(s -> MoveWorld.withOffer(s, Offer.parse("MS-AZR-0145P").orElseThrow()));
        assertRefused(() -> request(kelley, null, null), RuleCode.OfferTypeNotSupported);
    }

    @Test
    void PreconditionFailed_aRequestIfMatchingAnOlderVersionIsRefused() {
        long version = w.subscription().version();
        assertRefused(() -> request(kelley, null, version - 1), RuleCode.PreconditionFailed);
    }

    @Test
    void aNewRequestReplacesThePendingOne() {
        requested();

        var second = request(kelley, Worlds.MEGAN_BOWEN.toString(), null).orThrow();

        assertThat(second.replacedPending()).isTrue();
        assertThat(p.changeTenantRequests().of(SUBSCRIPTION)).contains(second.request());
    }

    // the acceptance

    @Test
    void R12_R34_anAccountOfTheDestinationAcceptsAndTheChangeIsThePortals() {
        requested();

        var moved = w.acceptChange().accept(megan, SUBSCRIPTION).orThrow();

        assertThat(moved.toDirectory()).isEqualTo(CONTOSO);
        assertThat(w.subscription().directory()).isEqualTo(CONTOSO);
        assertThat(p.coAdministrators().of(SUBSCRIPTION)).isEmpty();
        assertThat(p.roleAssignments().of(SUBSCRIPTION)).isEmpty();
        assertThat(p.changeTenantRequests().of(SUBSCRIPTION)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(Status.Completed);
            assertThat(r.completedAt()).isEqualTo(NOW);
        });
        assertThat(p.activityLog().all()).anySatisfy(e -> {
            assertThat(e.operation()).isEqualTo(ChangeDirectory.OPERATION);
            assertThat(e.caller()).as("the move is the requester's").isEqualTo("kelley.wall@outlook.com");
            assertThat(e.message()).isEqualTo("moved from tenant " + DEFAULT_DIRECTORY + " to tenant " + CONTOSO);
        });
        assertThat(p.activityLog().all()).first().satisfies(e -> {
            assertThat(e.operation()).isEqualTo(AcceptDirectoryChange.OPERATION);
            assertThat(e.caller()).isEqualTo("megan.bowen@contoso.onmicrosoft.com");
            assertThat(e.directory()).isEqualTo(CONTOSO);
        });
    }

    @Test
    void R10_anAccountOfAnotherDirectoryCannotAccept() {
        requested();
        assertRefused(
                () -> w.acceptChange().accept(w.world().samReader(), SUBSCRIPTION),
                RuleCode.CallerNotInTargetDirectory);
        assertRefused(() -> w.acceptChange().accept(kelley, SUBSCRIPTION), RuleCode.CallerNotInTargetDirectory);
    }

    @Test
    void NotDestinationOwner_onlyTheNamedOwnerMayAcceptByEmail() {
        request(kelley, "Kelley.Wall@contoso.onmicrosoft.com", null).orThrow();

        assertRefused(() -> w.acceptChange().accept(megan, SUBSCRIPTION), RuleCode.NotDestinationOwner);
        assertThat(w.acceptChange()
                        .accept(w.world().contosoGlobalAdministrator(), SUBSCRIPTION)
                        .isOk())
                .isTrue();
        assertThat(w.subscription().directory()).isEqualTo(CONTOSO);
    }

    @Test
    void NotDestinationOwner_orByObjectId() {
        request(kelley, Worlds.MEGAN_BOWEN.toString(), null).orThrow();

        assertRefused(
                () -> w.acceptChange().accept(w.world().contosoGlobalAdministrator(), SUBSCRIPTION),
                RuleCode.NotDestinationOwner);
        assertThat(w.acceptChange().accept(megan, SUBSCRIPTION).isOk()).isTrue();
    }

    @Test
    void R9_theRulesAreCheckedAgainForTheRequesterWhenAccepted() {
        samIsGuestOfContoso();
        owner(SAM_READER, "0a000000-0000-4000-8000-0000000000f1");
        request(w.world().samReader(), null, null).orThrow();
        p.roleAssignments().remove(RoleAssignmentId.of("0a000000-0000-4000-8000-0000000000f1"));
        p.subscriptions().touch(SUBSCRIPTION);

        assertRefused(() -> w.acceptChange().accept(megan, SUBSCRIPTION), RuleCode.RequiresOwner);
        assertThat(p.changeTenantRequests().of(SUBSCRIPTION).orElseThrow().isPending())
                .isTrue();
    }

    @Test
    void R9_aRequesterWhoBecameCoAdministratorCannotHaveItAccepted() {
        samIsGuestOfContoso();
        owner(SAM_READER, "0a000000-0000-4000-8000-0000000000f1");
        request(w.world().samReader(), null, null).orThrow();
        p.coAdministrators()
                .add(new dev.cerulean.core.subscription.CoAdministrator(
                        SUBSCRIPTION,
                        new dev.cerulean.core.subscription.ClassicAdministrator(
                                new Identity.Work(DEFAULT_DIRECTORY, SAM_READER),
                                Email.of("sam.reader@kelleywalloutlook.onmicrosoft.com")),
                        NOW));

        assertRefused(
                () -> w.acceptChange().accept(megan, SUBSCRIPTION), RuleCode.CoAdministratorCannotChangeDirectory);
    }

    @Test
    void PreconditionFailed_aConditionalRequestFailsWhenTheSubscriptionChangedSince() {
        request(kelley, null, w.subscription().version()).orThrow();
        p.subscriptions().touch(SUBSCRIPTION);

        assertRefused(() -> w.acceptChange().accept(megan, SUBSCRIPTION), RuleCode.PreconditionFailed);
        assertThat(w.subscription().directory()).isEqualTo(DEFAULT_DIRECTORY);
    }

    @Test
    void aConditionalRequestOfAnUnchangedSubscriptionIsMade() {
        request(kelley, null, w.subscription().version()).orThrow();

        assertThat(w.acceptChange().accept(megan, SUBSCRIPTION).isOk()).isTrue();
        assertThat(w.subscription().directory()).isEqualTo(CONTOSO);
    }

    @Test
    void ChangeTenantRequestNotFound_withoutAPendingRequest() {
        assertRefused(() -> w.acceptChange().accept(megan, SUBSCRIPTION), RuleCode.ChangeTenantRequestNotFound);
        requested();
        w.acceptChange().accept(megan, SUBSCRIPTION).orThrow();
        assertRefused(() -> w.acceptChange().accept(megan, SUBSCRIPTION), RuleCode.ChangeTenantRequestNotFound);
    }

    // cancellation and status

    @Test
    void theRequesterCancelsAndTheRequestCanNoLongerBeAccepted() {
        requested();

        var cancelled = w.cancelChange().cancel(kelley, SUBSCRIPTION).orThrow();

        assertThat(cancelled.status()).isEqualTo(Status.Cancelled);
        assertThat(cancelled.completedAt()).isEqualTo(NOW);
        assertThat(p.activityLog().all())
                .first()
                .satisfies(
                        e -> assertThat(e.operation()).isEqualTo("Microsoft.Subscription/changeTenantRequest/delete"));
        assertRefused(() -> w.acceptChange().accept(megan, SUBSCRIPTION), RuleCode.ChangeTenantRequestNotFound);
        assertRefused(() -> w.cancelChange().cancel(kelley, SUBSCRIPTION), RuleCode.ChangeTenantRequestNotFound);
        assertThat(w.changeStatus().of(kelley, SUBSCRIPTION).orThrow().status()).isEqualTo(Status.Cancelled);
    }

    @Test
    void R9_coAdministratorCannotCancelAnotherPersonsRequest() {
        requested();
        assertRefused(
                () -> w.cancelChange().cancel(w.world().alexMsaInDefault(), SUBSCRIPTION),
                RuleCode.CoAdministratorCannotChangeDirectory);
    }

    @Test
    void R9_anotherOwnerMayCancel() {
        samIsGuestOfContoso();
        owner(SAM_READER, "0a000000-0000-4000-8000-0000000000f1");
        requested();

        assertThat(w.cancelChange()
                        .cancel(w.world().samReader(), SUBSCRIPTION)
                        .orThrow()
                        .status())
                .isEqualTo(Status.Cancelled);
    }

    @Test
    void theStatusIsShownToTheRequesterWhilePendingAndToTheDestination() {
        requested();

        assertThat(w.changeStatus().of(kelley, SUBSCRIPTION).orThrow().status()).isEqualTo(Status.Initiated);
        assertThat(w.changeStatus().of(megan, SUBSCRIPTION).orThrow().status()).isEqualTo(Status.Initiated);
        assertThat(w.changeStatus().of(w.world().samReader(), SUBSCRIPTION).code())
                .isEqualTo(RuleCode.ChangeTenantRequestNotFound);

        w.acceptChange().accept(megan, SUBSCRIPTION).orThrow();

        assertThat(w.changeStatus().of(megan, SUBSCRIPTION).orThrow().status()).isEqualTo(Status.Completed);
        assertThat(w.changeStatus().of(kelley, SUBSCRIPTION).code()).isEqualTo(RuleCode.ChangeTenantRequestNotFound);
    }
}
