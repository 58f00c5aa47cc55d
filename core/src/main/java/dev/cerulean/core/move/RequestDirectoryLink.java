package dev.cerulean.core.move;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.core.subscription.Subscriptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * "Add directory > Use existing directory" (walkthrough step 1.4): the service administrator,
 * signed in with its Microsoft account, asks to link a directory it does not know yet; the
 * directory is named by whoever signs in next and confirms ({@link ConfirmDirectoryLink}).
 * The adapter ends the session when this succeeds (R2).
 */
public final class RequestDirectoryLink {
    public static final Duration DEFAULT_EXPIRY = Duration.ofHours(1);

    private final Transactions transactions;
    private final MicrosoftAccounts microsoftAccounts;
    private final Subscriptions subscriptions;
    private final DirectoryUsers directoryUsers;
    private final DirectoryLinkRequests requests;
    private final Clock clock;
    private final IdGenerator ids;
    private final Duration expiry;

    public RequestDirectoryLink(
            Transactions transactions,
            MicrosoftAccounts microsoftAccounts,
            Subscriptions subscriptions,
            DirectoryUsers directoryUsers,
            DirectoryLinkRequests requests,
            Clock clock,
            IdGenerator ids) {
        this(transactions, microsoftAccounts, subscriptions, directoryUsers, requests, clock, ids, DEFAULT_EXPIRY);
    }

    public RequestDirectoryLink(
            Transactions transactions,
            MicrosoftAccounts microsoftAccounts,
            Subscriptions subscriptions,
            DirectoryUsers directoryUsers,
            DirectoryLinkRequests requests,
            Clock clock,
            IdGenerator ids,
            Duration expiry) {
        if (expiry == null || expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("a link request needs a positive expiry");
        }
        this.transactions = transactions;
        this.microsoftAccounts = microsoftAccounts;
        this.subscriptions = subscriptions;
        this.directoryUsers = directoryUsers;
        this.requests = requests;
        this.clock = clock;
        this.ids = ids;
        this.expiry = expiry;
    }

    public Outcome<DirectoryLinkRequest> request(Caller caller, boolean readyToBeSignedOut) {
        return transactions.inTransaction(() -> {
            if (!(caller.identity() instanceof Identity.Personal personal)) {
                return Outcome.rejected(RuleCode.UseExistingDirectoryRequiresMicrosoftAccount, caller.displayName());
            }
            if (!readyToBeSignedOut) {
                return Outcome.rejected(RuleCode.NotReadyToBeSignedOut);
            }
            Email email = microsoftAccounts
                    .byId(personal.account())
                    .map(MicrosoftAccount::email)
                    .orElse(caller.email());
            Optional<Subscription> administered = firstAdministeredBy(subscriptions, personal);
            if (administered.isEmpty()) {
                return Outcome.rejected(RuleCode.RequiresServiceAdministrator, caller.displayName());
            }
            if (email != null && !directoryUsers.workAccountsWithEmail(email).isEmpty()) {
                return ambiguousEmail(email, administered);
            }
            Instant now = clock.instant();
            DirectoryLinkRequest request =
                    new DirectoryLinkRequest(ids.newId(), personal.account(), now, now.plus(expiry));
            requests.add(request);
            return Outcome.ok(request);
        });
    }

    /**
     * A subscription whose service administrator is {@code msa} (R8: co-administrators do not
     * count), so that refusals can point the person to the subscription's administrator page.
     */
    static Optional<Subscription> firstAdministeredBy(Subscriptions subscriptions, Identity.Personal msa) {
        return subscriptions.withServiceAdministrator(msa).stream()
                .min(java.util.Comparator.comparing(s -> s.id().toString()));
    }

    /**
     * R7: the email is also a work account, so a sign-in with it is ambiguous. The arguments are
     * the email and the subscription whose service administrator should be changed to another
     * Microsoft account first (R15), empty when there is none.
     */
    static <T> Outcome<T> ambiguousEmail(Email email, Optional<Subscription> administered) {
        return Outcome.rejected(
                RuleCode.AmbiguousDualAccountEmail,
                email,
                administered.map(s -> s.id().toString()).orElse(""));
    }
}
