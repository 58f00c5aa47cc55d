package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.T0;
import static dev.cerulean.core.contract.ContractData.at;
import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static dev.cerulean.core.contract.ContractData.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.SubscriptionId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class ActivityLogContract extends PortContract {
    private final SubscriptionId payg = subscriptionId();
    private final DirectoryId contoso = directoryId();

    private static ActivityLogEntry entry(Instant at, String operation, SubscriptionId s, DirectoryId d) {
        return new ActivityLogEntry(
                uuid(),
                at,
                "kelley.wall@outlook.com",
                operation,
                "/subscriptions/" + s,
                ActivityLogEntry.Status.Succeeded,
                uuid().toString(),
                "done",
                s,
                d);
    }

    @Test
    void entriesAreListedNewestFirst() {
        ActivityLogEntry first = entry(at(0), "Microsoft.Authorization/roleAssignments/write", payg, contoso);
        ActivityLogEntry second = entry(at(1), "Microsoft.Authorization/classicAdministrators/write", payg, null);
        ActivityLogEntry third = entry(at(2), "Microsoft.Subscription/updateTenant/action", null, contoso);

        ports.activityLog().append(first);
        ports.activityLog().append(second);
        ports.activityLog().append(third);

        assertThat(ports.activityLog().all()).containsExactly(third, second, first);
        assertThat(ports.activityLog().ofSubscription(payg)).containsExactly(second, first);
        assertThat(ports.activityLog().ofDirectory(contoso)).containsExactly(third, first);
        assertThat(ports.activityLog().ofSubscription(subscriptionId())).isEmpty();
        assertThat(ports.activityLog().ofSubscription(payg, 0, 1)).containsExactly(second);
        assertThat(ports.activityLog().ofSubscription(payg, 0, 5)).containsExactly(second, first);
        assertThat(ports.activityLog().ofDirectory(contoso, 1)).containsExactly(third);
        assertThat(ports.activityLog().ofDirectory(directoryId(), 3)).isEmpty();
    }

    @Test
    void entriesWithTheSameTimeAreListedInReverseOrderOfAppending() {
        ActivityLogEntry a = entry(T0, "a/write", payg, null);
        ActivityLogEntry b = entry(T0, "b/write", payg, null);
        ActivityLogEntry c = entry(T0, "c/write", payg, null);

        ports.activityLog().append(a);
        ports.activityLog().append(b);
        ports.activityLog().append(c);

        assertThat(ports.activityLog().ofSubscription(payg)).containsExactly(c, b, a);
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        ActivityLogEntry failed = new ActivityLogEntry(
                uuid(),
                at(3),
                "system",
                "Microsoft.Resources/deployments/write",
                null,
                ActivityLogEntry.Status.Failed,
                "corr-1",
                null,
                null,
                null);

        ports.activityLog().append(failed);

        assertThat(ports.activityLog().all()).containsExactly(failed);
    }

    @Test
    void aBatchIsAppendedInItsOrderAfterWhatWasThere() {
        ActivityLogEntry before = entry(at(0), "a/write", payg, contoso);
        ActivityLogEntry first = entry(at(1), "b/delete", payg, contoso);
        ActivityLogEntry second = entry(at(1), "c/delete", payg, null);
        ActivityLogEntry third = entry(at(1), "d/action", null, contoso);
        ports.activityLog().append(before);

        ports.activityLog().appendAll(List.of(first, second, third));
        ports.activityLog().appendAll(List.of());

        assertThat(ports.activityLog().all()).containsExactly(third, second, first, before);
        assertThat(ports.activityLog().ofSubscription(payg)).containsExactly(second, first, before);
        assertThat(ports.activityLog().ofDirectory(contoso)).containsExactly(third, first, before);
    }
}
