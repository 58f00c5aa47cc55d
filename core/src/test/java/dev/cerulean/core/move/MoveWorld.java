package dev.cerulean.core.move;

import dev.cerulean.core.Ports;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.core.subscription.Subscription;
import java.time.Clock;

/** The Kelley Wall world with this context's use cases wired onto its ports. */
record MoveWorld(Worlds.KelleyWall world) {

    static MoveWorld kelleyWall() {
        return new MoveWorld(Worlds.kelleyWall());
    }

    Ports ports() {
        return world.ports();
    }

    RequestDirectoryLink requestLink() {
        Ports p = ports();
        return new RequestDirectoryLink(
                p.transactions(),
                p.microsoftAccounts(),
                p.subscriptions(),
                p.directoryUsers(),
                p.directoryLinkRequests(),
                p.clock(),
                p.ids());
    }

    ConfirmDirectoryLink confirmLink() {
        return confirmLink(ports().clock());
    }

    ConfirmDirectoryLink confirmLink(Clock clock) {
        Ports p = ports();
        return new ConfirmDirectoryLink(
                p.transactions(),
                p.microsoftAccounts(),
                p.directories(),
                p.directoryUsers(),
                p.directoryRoles(),
                p.directoryLinkRequests(),
                p.subscriptions(),
                clock,
                p.ids(),
                new ActivityRecorder(p.activityLog(), clock, p.ids()));
    }

    PreviewDirectoryChange previewChange() {
        Ports p = ports();
        return new PreviewDirectoryChange(
                p.transactions(),
                p.subscriptions(),
                p.coAdministrators(),
                p.roleAssignments(),
                p.roleDefinitions(),
                p.resources(),
                p.directories(),
                p.directoryUsers());
    }

    ChangeDirectory changeDirectory() {
        return changeDirectory(ports().transactions());
    }

    ChangeDirectory changeDirectory(Transactions transactions) {
        Ports p = ports();
        return new ChangeDirectory(
                transactions,
                p.subscriptions(),
                p.coAdministrators(),
                p.roleAssignments(),
                p.roleDefinitions(),
                p.resources(),
                p.directories(),
                p.directoryUsers(),
                p.followUpItems(),
                p.clock(),
                new ActivityRecorder(p.activityLog(), p.clock(), p.ids()));
    }

    RequestDirectoryChange requestChange() {
        Ports p = ports();
        return new RequestDirectoryChange(
                p.transactions(),
                p.subscriptions(),
                previewChange(),
                p.changeTenantRequests(),
                p.clock(),
                new ActivityRecorder(p.activityLog(), p.clock(), p.ids()));
    }

    AcceptDirectoryChange acceptChange() {
        Ports p = ports();
        return new AcceptDirectoryChange(
                p.transactions(),
                p.subscriptions(),
                p.changeTenantRequests(),
                changeDirectory(),
                p.clock(),
                new ActivityRecorder(p.activityLog(), p.clock(), p.ids()));
    }

    CancelDirectoryChange cancelChange() {
        Ports p = ports();
        return new CancelDirectoryChange(
                p.transactions(),
                p.subscriptions(),
                p.changeTenantRequests(),
                previewChange(),
                p.clock(),
                new ActivityRecorder(p.activityLog(), p.clock(), p.ids()));
    }

    DirectoryChangeStatus changeStatus() {
        return new DirectoryChangeStatus(ports().transactions(), ports().changeTenantRequests());
    }

    /** Step 1 of the walkthrough: Kelley's MSA asks, Contoso's Global Administrator confirms. */
    MoveWorld withContosoLinked() {
        var request = requestLink().request(world.kelleyMsaInDefault(), true).orThrow();
        confirmLink().confirm(world.contosoGlobalAdministrator(), request.id()).orThrow();
        return this;
    }

    DirectoryChangePreview preview(Caller caller, DirectoryChangeMode mode) {
        return previewChange()
                .preview(caller, Worlds.SUBSCRIPTION, Worlds.CONTOSO, mode)
                .orThrow();
    }

    Subscription subscription() {
        return world.subscription();
    }

    /** Replaces the stored subscription's fields (keeping its version check honest). */
    void rewrite(java.util.function.UnaryOperator<Subscription> change) {
        if (!ports().subscriptions().update(change.apply(subscription()))) throw new IllegalStateException("stale");
    }

    static Subscription withOffer(Subscription s, dev.cerulean.core.subscription.Offer offer) {
        return new Subscription(
                s.id(),
                s.displayName(),
                offer,
                s.state(),
                s.directory(),
                s.accountAdministrator(),
                s.serviceAdministrator(),
                s.serviceAdministratorLostAccess(),
                s.version());
    }

    static final DirectoryId FABRIKAM = DirectoryId.of("fabfabfa-0000-4000-8000-000000000009");
}
