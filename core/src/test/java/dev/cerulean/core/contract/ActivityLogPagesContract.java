package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.at;
import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static dev.cerulean.core.contract.ContractData.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.activity.ActivityLogEntry;
import dev.cerulean.core.common.SubscriptionId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A subscription's activity log a page at a time, newest first, as the Azure portal shows it. */
public abstract class ActivityLogPagesContract extends PortContract {
    private final SubscriptionId payg = subscriptionId();

    private ActivityLogEntry entry(int minute, SubscriptionId s) {
        return new ActivityLogEntry(
                uuid(),
                at(minute),
                "kelley.wall@outlook.com",
                "op" + minute + "/write",
                "/subscriptions/" + s,
                ActivityLogEntry.Status.Succeeded,
                uuid().toString(),
                "done",
                s,
                directoryId());
    }

    @Test
    void aSubscriptionsLogIsPagedNewestFirstAndCounted() {
        List<ActivityLogEntry> appended = new ArrayList<>();
        for (int i = 0; i < 7; i++) appended.add(entry(i, payg));
        ports.activityLog().appendAll(appended);
        ports.activityLog().append(entry(9, subscriptionId()));

        assertThat(ports.activityLog().ofSubscription(payg, 0, 3))
                .containsExactly(appended.get(6), appended.get(5), appended.get(4));
        assertThat(ports.activityLog().ofSubscription(payg, 6, 3)).containsExactly(appended.get(0));
        assertThat(ports.activityLog().ofSubscription(payg, 7, 3)).isEmpty();
        assertThat(ports.activityLog().countOfSubscription(payg)).isEqualTo(7);
        assertThat(ports.activityLog().countOfSubscription(subscriptionId())).isZero();
    }
}
