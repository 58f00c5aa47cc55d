package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.token.DeviceCode;
import dev.cerulean.core.token.DeviceCode.State;
import dev.cerulean.core.token.TokenHash;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class DeviceCodesContract extends PortContract {
    private static final DirectoryId CONTOSO = new DirectoryId(ContractData.uuid());
    private static final ObjectId LEE = new ObjectId(ContractData.uuid());
    private static final Caller CALLER =
            new Caller(new Identity.Work(CONTOSO, LEE), CONTOSO, LEE, Email.of("lee.gu@contoso.onmicrosoft.com"));

    private static DeviceCode pending(String device, String user, int expiresMinute) {
        return new DeviceCode(
                TokenHash.of(device),
                user,
                ContractData.uuid(),
                "organizations",
                List.of("https://management.core.windows.net//.default"),
                at(0),
                at(expiresMinute),
                5,
                State.Pending,
                null);
    }

    @Test
    void aPendingCodeReadsBackByHashAndByUserCodeInAnyCase() {
        DeviceCode code = pending("device-1", "ABCD2345", 15);
        ports.deviceCodes().add(code);

        assertThat(ports.deviceCodes().byHash(TokenHash.of("device-1"))).contains(code);
        assertThat(ports.deviceCodes().byUserCode("abcd2345")).contains(code);
        assertThat(ports.deviceCodes().byUserCode("ZZZZ9999")).isEmpty();
    }

    @Test
    void aCodeIsDecidedOnceAndRemembersWhoApproved() {
        ports.deviceCodes().add(pending("device-2", "EFGH2345", 15));

        assertThat(ports.deviceCodes().decide("efgh2345", State.Approved, CALLER))
                .isTrue();
        assertThat(ports.deviceCodes().decide("EFGH2345", State.Denied, null)).isFalse();
        DeviceCode decided =
                ports.deviceCodes().byHash(TokenHash.of("device-2")).orElseThrow();
        assertThat(decided.state()).isEqualTo(State.Approved);
        assertThat(decided.approvedBy()).isEqualTo(CALLER);
    }

    @Test
    void eachPollAnswersThePollBeforeIt() {
        ports.deviceCodes().add(pending("device-p", "POLLME", 15));
        String hash = TokenHash.of("device-p");

        assertThat(ports.deviceCodes().polled(hash, at(1))).isEmpty();
        assertThat(ports.deviceCodes().polled(hash, at(2))).contains(at(1));
        assertThat(ports.deviceCodes().polled(hash, at(3))).contains(at(2));
        assertThat(ports.deviceCodes().polled(TokenHash.of("unknown"), at(3))).isEmpty();
    }

    @Test
    void aDeniedCodeStaysDenied() {
        ports.deviceCodes().add(pending("device-3", "JKLM2345", 15));

        assertThat(ports.deviceCodes().decide("JKLM2345", State.Denied, null)).isTrue();
        assertThat(ports.deviceCodes().byUserCode("JKLM2345").orElseThrow().state())
                .isEqualTo(State.Denied);
    }

    @Test
    void takeRemovesTheCodeAndRemoveExpiredOnlyExpiredOnes() {
        ports.deviceCodes().add(pending("device-4", "NPQR2345", 15));
        ports.deviceCodes().add(pending("device-5", "STUV2345", 1));

        assertThat(ports.deviceCodes().take(TokenHash.of("device-4"))).isPresent();
        assertThat(ports.deviceCodes().take(TokenHash.of("device-4"))).isEmpty();
        assertThat(ports.deviceCodes().removeExpired(at(1))).isEqualTo(1);
        assertThat(ports.deviceCodes().byUserCode("STUV2345")).isEmpty();
    }
}
