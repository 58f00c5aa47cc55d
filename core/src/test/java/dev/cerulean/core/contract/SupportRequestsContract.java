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

        assertThat(ports.supportRequests().byAuthor(kelley)).containsExactly(newest, middle, old);
        assertThat(ports.supportRequests().byAuthor(megan)).containsExactly(hers);
        assertThat(ports.supportRequests().byAuthor(msa())).isEmpty();
    }
}
