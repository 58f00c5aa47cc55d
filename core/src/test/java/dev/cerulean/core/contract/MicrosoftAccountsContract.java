package dev.cerulean.core.contract;

import static dev.cerulean.core.contract.ContractData.T0;
import static dev.cerulean.core.contract.ContractData.hash;
import static dev.cerulean.core.contract.ContractData.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.MicrosoftAccountId;
import org.junit.jupiter.api.Test;

public abstract class MicrosoftAccountsContract extends PortContract {

    private static MicrosoftAccount account(String email) {
        return new MicrosoftAccount(
                new MicrosoftAccountId(uuid()), Email.of(email), "Name of " + email, hash(email), T0);
    }

    @Test
    void anAddedAccountIsFoundByIdAndByEmail() {
        MicrosoftAccount kelley = account("kelley.wall@outlook.com");

        ports.microsoftAccounts().add(kelley);

        assertThat(ports.microsoftAccounts().byId(kelley.id())).contains(kelley);
        assertThat(ports.microsoftAccounts().byEmail(Email.of("Kelley.Wall@Outlook.com")))
                .contains(kelley);
        assertThat(ports.microsoftAccounts().byId(kelley.id()).orElseThrow().password())
                .isEqualTo(kelley.password());
    }

    @Test
    void unknownAccountsAreNotFound() {
        ports.microsoftAccounts().add(account("kelley.wall@outlook.com"));

        assertThat(ports.microsoftAccounts().byId(new MicrosoftAccountId(uuid())))
                .isEmpty();
        assertThat(ports.microsoftAccounts().byEmail(Email.of("nobody@outlook.com")))
                .isEmpty();
    }

    @Test
    void allListsEveryAccount() {
        MicrosoftAccount a = account("a@outlook.com");
        MicrosoftAccount b = account("b@outlook.com");

        ports.microsoftAccounts().add(a);
        ports.microsoftAccounts().add(b);

        assertThat(ports.microsoftAccounts().all()).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void anEmailBelongsToOneAccountOnly() {
        MicrosoftAccount first = account("kelley.wall@outlook.com");
        ports.microsoftAccounts().add(first);

        assertThatThrownBy(() -> ports.microsoftAccounts().add(account("kelley.wall@outlook.com")))
                .isInstanceOf(RuntimeException.class);

        assertThat(ports.microsoftAccounts().all()).containsExactly(first);
    }
}
