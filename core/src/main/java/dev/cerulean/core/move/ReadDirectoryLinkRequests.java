package dev.cerulean.core.move;

import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.Transactions;
import java.util.Optional;
import java.util.UUID;

/** Reads of "Use existing directory" requests, for the Global Administrator's question. */
public final class ReadDirectoryLinkRequests {
    private final Transactions transactions;
    private final DirectoryLinkRequests requests;
    private final MicrosoftAccounts accounts;

    public ReadDirectoryLinkRequests(
            Transactions transactions, DirectoryLinkRequests requests, MicrosoftAccounts accounts) {
        this.transactions = transactions;
        this.requests = requests;
        this.accounts = accounts;
    }

    /** The requesting account's email; empty when the request is unknown or gone. */
    public Optional<Email> requesterOf(UUID request) {
        return transactions.inTransaction(() -> requests.byId(request)
                .flatMap(r -> accounts.byId(r.requester()))
                .map(MicrosoftAccount::email));
    }
}
