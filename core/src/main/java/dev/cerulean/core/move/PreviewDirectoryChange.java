package dev.cerulean.core.move;

import dev.cerulean.core.access.RoleAssignments;
import dev.cerulean.core.access.RoleDefinitions;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.subscription.CoAdministrators;
import dev.cerulean.core.subscription.Resources;
import dev.cerulean.core.subscription.Subscriptions;

/**
 * EDIT DIRECTORY up to the confirmation screens (walkthrough steps 2.2–2.4): checks R9–R11 and
 * lists what completing the change would remove and leave to do. Changes nothing.
 */
public final class PreviewDirectoryChange {
    private final Transactions transactions;
    private final DirectoryChangeRules rules;

    public PreviewDirectoryChange(
            Transactions transactions,
            Subscriptions subscriptions,
            CoAdministrators coAdministrators,
            RoleAssignments roleAssignments,
            RoleDefinitions roleDefinitions,
            Resources resources,
            Directories directories,
            DirectoryUsers directoryUsers) {
        this.transactions = transactions;
        this.rules = new DirectoryChangeRules(
                subscriptions,
                coAdministrators,
                roleAssignments,
                roleDefinitions,
                resources,
                directories,
                directoryUsers);
    }

    public Outcome<DirectoryChangePreview> preview(
            Caller caller, SubscriptionId subscription, DirectoryId target, DirectoryChangeMode mode) {
        // one transaction, so that the lists and the version they are stamped with agree
        return transactions.inTransaction(() -> rules.check(caller, subscription, target, mode)
                .map(reading -> rules.plan(reading, target, mode).preview()));
    }
}
