package dev.cerulean.core.subscription;

import static dev.cerulean.core.fixtures.Worlds.CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.KELLEY_CONTOSO;
import static dev.cerulean.core.fixtures.Worlds.NOW;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.fixtures.Worlds;
import java.util.List;

/** The demo world plus what the subscription tests need: use cases wired on its fakes, snapshots. */
final class SubscriptionFixture {
    /** A second subscription, in Contoso, whose Account and Service Administrator is Contoso's work account. */
    static final SubscriptionId CONTOSO_SUBSCRIPTION = SubscriptionId.of("5b5b5b5b-0000-4000-8000-0000000000c5");

    final Worlds.KelleyWall world = Worlds.kelleyWall();
    final Ports p = world.ports();
    final ActivityRecorder activity = new ActivityRecorder(p.activityLog(), p.clock(), p.ids());
    final Authorize authorize = new Authorize(
            p.subscriptions(), p.coAdministrators(), p.roleAssignments(), p.roleDefinitions(), p.groups());

    ChangeServiceAdministrator changeServiceAdministrator() {
        return new ChangeServiceAdministrator(
                p.subscriptions(),
                p.coAdministrators(),
                p.microsoftAccounts(),
                p.directoryUsers(),
                p.transactions(),
                activity);
    }

    AddCoAdministrator addCoAdministrator() {
        return new AddCoAdministrator(
                p.subscriptions(),
                p.coAdministrators(),
                p.microsoftAccounts(),
                p.directoryUsers(),
                p.transactions(),
                p.clock(),
                activity);
    }

    RemoveCoAdministrator removeCoAdministrator() {
        return new RemoveCoAdministrator(p.subscriptions(), p.coAdministrators(), p.transactions(), activity);
    }

    Subscription subscription(SubscriptionId id) {
        return p.subscriptions().byId(id).orElseThrow();
    }

    /** Adds {@link #CONTOSO_SUBSCRIPTION}, administered by kelley.wall@contoso.onmicrosoft.com. */
    SubscriptionFixture withContosoSubscription() {
        ClassicAdministrator admin = new ClassicAdministrator(
                new Identity.Work(CONTOSO, KELLEY_CONTOSO), Email.of("kelley.wall@contoso.onmicrosoft.com"));
        p.subscriptions()
                .add(new Subscription(
                        CONTOSO_SUBSCRIPTION,
                        "Contoso Pay-As-You-Go",
                        Offer.PAY_AS_YOU_GO,
                        Subscription.SubscriptionState.Enabled,
                        CONTOSO,
                        admin,
                        admin,
                        false,
                        1));
        return this;
    }

    void addUser(DirectoryUser user) {
        p.directoryUsers().add(user);
    }

    void setState(SubscriptionId id, Subscription.SubscriptionState state) {
        Subscription s = subscription(id);
        p.subscriptions()
                .update(new Subscription(
                        s.id(),
                        s.displayName(),
                        s.offer(),
                        state,
                        s.directory(),
                        s.accountAdministrator(),
                        s.serviceAdministrator(),
                        s.serviceAdministratorLostAccess(),
                        s.version()));
    }

    CoAdministrator coAdministrator(SubscriptionId id, Identity who, String email) {
        return new CoAdministrator(id, new ClassicAdministrator(who, Email.of(email)), NOW);
    }

    /** What a refusal must leave untouched. */
    record Snapshot(Subscription subscription, List<CoAdministrator> coAdministrators, int activityEntries) {}

    Snapshot snapshot(SubscriptionId id) {
        return new Snapshot(
                subscription(id),
                p.coAdministrators().of(id),
                p.activityLog().all().size());
    }
}
