package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.at;
import static dev.cerulean.core.contract.ContractData.directoryId;
import static dev.cerulean.core.contract.ContractData.msa;
import static dev.cerulean.core.contract.ContractData.objectId;
import static dev.cerulean.core.contract.ContractData.subscriptionId;
import static dev.cerulean.core.contract.ContractData.work;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.move.ChangeTenantRequest;
import dev.cerulean.core.move.ChangeTenantRequest.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

public abstract class ChangeTenantRequestsContract extends PortContract {
    private final SubscriptionId subscription = subscriptionId();
    private final DirectoryId source = directoryId();
    private final DirectoryId destination = directoryId();

    private ChangeTenantRequest request(Caller requester, String owner, Long expected, Status status, int minute) {
        return new ChangeTenantRequest(
                subscription,
                destination,
                owner,
                requester,
                at(minute),
                expected,
                status,
                status == Status.Initiated ? null : at(minute + 5));
    }

    @Test
    void aRequestIsFoundByItsSubscriptionWithItsRequesterAsStored() {
        Caller kelley = new Caller(msa(), source, objectId(), Email.of("kelley.wall@outlook.com"));
        ChangeTenantRequest r = request(kelley, "owner@contoso.onmicrosoft.com", 42L, Status.Initiated, 0);

        ports.changeTenantRequests().save(r);

        assertThat(ports.changeTenantRequests().of(subscription)).contains(r);
        assertThat(ports.changeTenantRequests().of(subscriptionId())).isEmpty();
    }

    @Test
    void everyKindOfRequesterAndTheOptionalFieldsSurvive() {
        Caller app = new Caller(new Identity.App(source, objectId()), source, objectId(), null);
        Caller workWithoutObject = new Caller(work(source), source, null, Email.of("sam@fabrikam.example"));
        for (Caller requester : new Caller[] {app, workWithoutObject}) {
            ChangeTenantRequest r = request(requester, null, null, Status.Initiated, 1);

            ports.changeTenantRequests().save(r);

            assertThat(ports.changeTenantRequests().of(subscription)).contains(r);
        }
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void aSavedRequestReplacesTheEarlierOneOfItsSubscription(Status status) {
        Caller kelley = new Caller(msa(), source, objectId(), Email.of("kelley.wall@outlook.com"));
        ports.changeTenantRequests().save(request(kelley, null, null, Status.Initiated, 0));
        ChangeTenantRequest other = new ChangeTenantRequest(
                subscriptionId(), destination, null, kelley, at(0), null, Status.Initiated, null);
        ports.changeTenantRequests().save(other);
        ChangeTenantRequest later = request(kelley, objectId().toString(), 7L, status, 10);

        ports.changeTenantRequests().save(later);

        assertThat(ports.changeTenantRequests().of(subscription)).contains(later);
        assertThat(ports.changeTenantRequests().of(other.subscription())).contains(other);
    }
}
