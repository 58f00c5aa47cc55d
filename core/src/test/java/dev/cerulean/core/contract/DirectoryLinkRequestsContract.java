package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.at;
import static dev.cerulean.core.contract.ContractData.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.move.DirectoryLinkRequest;
import org.junit.jupiter.api.Test;

public abstract class DirectoryLinkRequestsContract extends PortContract {
    private final MicrosoftAccountId kelley = new MicrosoftAccountId(uuid());

    private DirectoryLinkRequest request(MicrosoftAccountId requester, int minute) {
        return new DirectoryLinkRequest(uuid(), requester, at(minute), at(minute + 60));
    }

    @Test
    void aRequestIsFoundByIdUntilRemoved() {
        DirectoryLinkRequest r = request(kelley, 0);
        ports.directoryLinkRequests().add(r);

        assertThat(ports.directoryLinkRequests().byId(r.id())).contains(r);

        ports.directoryLinkRequests().remove(r.id());
        assertThat(ports.directoryLinkRequests().byId(r.id())).isEmpty();
        assertThat(ports.directoryLinkRequests().latestOf(kelley)).isEmpty();
    }

    @Test
    void latestOfIsTheNewestRequestOfThatAccount() {
        DirectoryLinkRequest older = request(kelley, 0);
        DirectoryLinkRequest newest = request(kelley, 10);
        DirectoryLinkRequest middle = request(kelley, 5);
        ports.directoryLinkRequests().add(older);
        ports.directoryLinkRequests().add(newest);
        ports.directoryLinkRequests().add(middle);
        ports.directoryLinkRequests().add(request(new MicrosoftAccountId(uuid()), 20));

        assertThat(ports.directoryLinkRequests().latestOf(kelley)).contains(newest);
        assertThat(ports.directoryLinkRequests().latestOf(new MicrosoftAccountId(uuid())))
                .isEmpty();
    }
}
