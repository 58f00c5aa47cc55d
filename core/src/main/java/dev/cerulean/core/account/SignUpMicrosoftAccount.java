package dev.cerulean.core.account;

import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.time.Clock;
import java.util.Optional;

/**
 * R36: Microsoft-account sign-up creates a personal account for an email address. Any email
 * may become a Microsoft account, including one that is also a work account's name: that
 * person then has two accounts under one email, which R7 deals with later. The activity-log
 * entry goes through {@link AccountActivity}.
 */
public final class SignUpMicrosoftAccount {
    private final Transactions transactions;
    private final MicrosoftAccounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final IdGenerator ids;
    private final AccountActivity activity;

    public SignUpMicrosoftAccount(
            Transactions transactions,
            MicrosoftAccounts accounts,
            PasswordHasher hasher,
            Clock clock,
            IdGenerator ids,
            AccountActivity activity) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
        this.ids = ids;
        this.activity = activity;
    }

    public Outcome<MicrosoftAccount> signUp(String email, String displayName, String password) {
        Optional<Email> address = Email.parse(email);
        if (address.isEmpty()) return Outcome.rejected(RuleCode.InvalidEmail, String.valueOf(email));
        Optional<String> name = DisplayName.parse(displayName);
        if (name.isEmpty()) return Outcome.rejected(RuleCode.InvalidDisplayName, String.valueOf(displayName));
        if (!PasswordPolicy.allows(password)) {
            return Outcome.rejected(
                    RuleCode.PasswordTooWeak, PasswordPolicy.MIN_LENGTH, PasswordPolicy.REQUIRED_CLASSES);
        }
        // Hashing is slow on purpose (Argon2id): do it before taking the transaction.
        PasswordHash hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            if (accounts.byEmail(address.get()).isPresent()) {
                return Outcome.rejected(RuleCode.MicrosoftAccountExists, address.get());
            }
            MicrosoftAccount account = new MicrosoftAccount(
                    new MicrosoftAccountId(ids.newId()), address.get(), name.get(), hash, clock.instant());
            accounts.add(account);
            activity.signedUp(account);
            return Outcome.ok(account);
        });
    }
}
