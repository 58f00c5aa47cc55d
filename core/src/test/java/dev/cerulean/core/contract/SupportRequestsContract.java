package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.at;
import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.msa;
import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static dev.cerulean.core.contract.ContractData.uuid;
import static dev.cerulean.core.contract.ContractData.work;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.support.SupportRequest;
import org.junit.jupiter.api.Test;

public abstract class SupportRequestsContract extends PortContract {
    private final Identity.Personal kelley = msa();

    private static SupportRequest request(Identity author, int minute, String subject) {
        return new SupportRequest(
                uuid(),
                subject,
                "Please help with " + subject,
                SupportRequest.Severity.B,
                minute % 2 == 0 ? subscriptionId() : null,
                author,
                "Kelley Wall",
                SupportRequest.Status.Open,
                at(minute));
    }

    @Test
    void aRequestRoundTripsAndCanBeClosed() {
        SupportRequest r = request(kelley, 0, "Cannot change directory");
        ports.supportRequests().add(r);
        assertThat(ports.supportRequests().byId(r.id())).contains(r);

        SupportRequest closed = new SupportRequest(
                r.id(),
                r.subject(),
                r.description(),
                r.severity(),
                r.subscription(),
                r.author(),
                r.authorName(),
                SupportRequest.Status.Closed,
                r.createdAt());
        ports.supportRequests().update(closed);

        assertThat(ports.supportRequests().byId(r.id())).contains(closed);
        assertThat(ports.supportRequests().byId(uuid())).isEmpty();
    }

    @Test
    void byAuthorListsTheAuthorsRequestsNewestFirst() {
        SupportRequest old = request(kelley, 0, "old");
        SupportRequest newest = request(kelley, 9, "newest");
        SupportRequest middle = request(kelley, 4, "middle");
        Identity.Work megan = work(directoryId());
        SupportRequest hers = request(megan, 5, "hers");
        for (SupportRequest r : new SupportRequest[] {old, newest, middle, hers})
            ports.supportRequests().add(r);

        assertThat(ports.supportRequests().byAuthor(kelley, 0, 10)).containsExactly(newest, middle, old);
        assertThat(ports.supportRequests().byAuthor(megan, 0, 10)).containsExactly(hers);
        assertThat(ports.supportRequests().byAuthor(msa(), 0, 10)).isEmpty();
        assertThat(ports.supportRequests().countByAuthor(kelley)).isEqualTo(3);
        assertThat(ports.supportRequests().countByAuthor(msa())).isZero();
    }

    @Test
    void byAuthorIsReadAPageAtATime() {
        SupportRequest[] sameMinute = new SupportRequest[5];
        for (int i = 0; i < sameMinute.length; i++) {
            sameMinute[i] = request(kelley, 3, "same minute " + i);
            ports.supportRequests().add(sameMinute[i]);
        }
        SupportRequest newest = request(kelley, 8, "newest");
        ports.supportRequests().add(newest);
        java.util.List<SupportRequest> tied = java.util.Arrays.stream(sameMinute)
                .sorted(java.util.Comparator.comparing(r -> r.id().toString()))
                .toList();

        assertThat(ports.supportRequests().byAuthor(kelley, 0, 2)).containsExactly(newest, tied.get(0));
        assertThat(ports.supportRequests().byAuthor(kelley, 2, 3)).containsExactlyElementsOf(tied.subList(1, 4));
        assertThat(ports.supportRequests().byAuthor(kelley, 5, 3)).containsExactly(tied.get(4));
        assertThat(ports.supportRequests().byAuthor(kelley, 6, 3)).isEmpty();
        assertThat(ports.supportRequests().countByAuthor(kelley)).isEqualTo(6);
    }
}
