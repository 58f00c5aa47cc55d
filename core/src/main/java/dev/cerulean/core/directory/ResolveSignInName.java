package dev.cerulean.core.directory;

import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.Transactions;
import java.util.List;
import java.util.Optional;

/**
 * Who answers to a sign-in name: the Microsoft account registered under it, and the work
 * accounts (homed in any directory) whose user principal name or mail it is. An email that is
 * both is what the sign-in page's account picker and rule R7 ({@code AmbiguousDualAccountEmail})
 * are about.
 */
public final class ResolveSignInName {
    /** Everything the name may mean. */
    public record SignInName(
            Email email, Optional<MicrosoftAccount> microsoftAccount, List<DirectoryUser> workAccounts) {
        public SignInName {
            workAccounts = List.copyOf(workAccounts);
        }

        /** True when the email is both a Microsoft account and a work account. */
        public boolean isBothPersonalAndWork() {
            return microsoftAccount.isPresent() && !workAccounts.isEmpty();
        }

        public boolean isUnknown() {
            return microsoftAccount.isEmpty() && workAccounts.isEmpty();
        }
    }

    private final Transactions transactions;
    private final MicrosoftAccounts accounts;
    private final DirectoryUsers users;

    public ResolveSignInName(Transactions transactions, MicrosoftAccounts accounts, DirectoryUsers users) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.users = users;
    }

    public SignInName resolve(Email email) {
        return transactions.inTransaction(
                () -> new SignInName(email, accounts.byEmail(email), users.workAccountsWithEmail(email)));
    }
}
