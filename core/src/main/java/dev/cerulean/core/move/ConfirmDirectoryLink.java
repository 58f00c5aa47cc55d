package dev.cerulean.core.move;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryLimits;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryRoles;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.subscription.Subscriptions;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The second half of "Use existing directory" (walkthrough steps 1.5–1.6): a Global
 * Administrator of the directory to link signs in and presses Continue; the requesting
 * Microsoft account becomes an external member and Global Administrator there (R4).
 */
public final class ConfirmDirectoryLink {
    public static final String OPERATION = "Microsoft.Directory/users/linkMicrosoftAccount/action";
    /** A person is in at most this many directories. */
    private final Transactions transactions;

    private final MicrosoftAccounts microsoftAccounts;
    private final Directories directories;
    private final DirectoryUsers directoryUsers;
    private final DirectoryRoles directoryRoles;
    private final DirectoryLinkRequests requests;
    private final Subscriptions subscriptions;
    private final Clock clock;
    private final IdGenerator ids;
    private final ActivityRecorder activity;

    public ConfirmDirectoryLink(
            Transactions transactions,
            MicrosoftAccounts microsoftAccounts,
            Directories directories,
            DirectoryUsers directoryUsers,
            DirectoryRoles directoryRoles,
            DirectoryLinkRequests requests,
            Subscriptions subscriptions,
            Clock clock,
            IdGenerator ids,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.microsoftAccounts = microsoftAccounts;
        this.directories = directories;
        this.directoryUsers = directoryUsers;
        this.directoryRoles = directoryRoles;
        this.requests = requests;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.ids = ids;
        this.activity = activity;
    }

    /** Returns the Microsoft account's new user object in the confirming administrator's directory. */
    public Outcome<DirectoryUser> confirm(Caller globalAdministrator, UUID requestId) {
        return transactions.inTransaction(() -> {
            DirectoryId target = globalAdministrator.directory();
            if (globalAdministrator.principal() == null
                    || !directoryRoles
                            .rolesOf(target, globalAdministrator.principal())
                            .contains(DirectoryRole.GlobalAdministrator)) {
                return Outcome.rejected(RuleCode.NotGlobalAdministrator, globalAdministrator.displayName(), target);
            }
            Optional<Directory> directory = directories.byId(target);
            if (directory.isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, target);
            Optional<DirectoryLinkRequest> request = requestId == null ? Optional.empty() : requests.byId(requestId);
            Optional<MicrosoftAccount> msa = request.flatMap(r -> microsoftAccounts.byId(r.requester()));
            if (msa.isEmpty()) return Outcome.rejected(RuleCode.DirectoryLinkRequestNotFound, requestId);
            if (request.get().expiredAt(clock.instant())) {
                return Outcome.rejected(
                        RuleCode.DirectoryLinkRequestExpired,
                        requestId,
                        request.get().expiresAt());
            }
            Outcome<DirectoryUser> refusal = refusal(msa.get(), directory.get());
            if (refusal != null) return refusal;
            return Outcome.ok(link(globalAdministrator, request.get(), msa.get(), directory.get()));
        });
    }

    /**
     * R6 before R5: a Global Administrator with the same email is also "a user with that email",
     * so R6, the more telling of the two, would otherwise never be reached. R7 comes last: it
     * was checked when the request was made and only fails here if a work account appeared since.
     */
    /** The first rule that refuses the link, or null when none does. */
    private <T> Outcome<T> refusal(MicrosoftAccount msa, Directory directory) {
        DirectoryId target = directory.id();
        Email email = msa.email();
        // the directory's users with that mail or name (an indexed lookup), then their roles
        boolean globalAdministratorHasEmail = directoryUsers.byEmail(target, email).stream()
                .anyMatch(u -> directoryRoles.rolesOf(target, u.id()).contains(DirectoryRole.GlobalAdministrator));
        if (globalAdministratorHasEmail) {
            return Outcome.rejected(
                    RuleCode.ServiceAdministratorMatchesGlobalAdministrator, email, directory.displayName());
        }
        Identity person = msa.identity();
        var memberships = directoryUsers.ofPerson(person);
        boolean alreadyIn = !directoryUsers.byEmail(target, email).isEmpty()
                || memberships.stream().anyMatch(u -> u.directory().equals(target))
                || directoryUsers
                        .byPrincipalName(target, externalPrincipalName(email, directory))
                        .isPresent();
        if (alreadyIn) {
            return Outcome.rejected(RuleCode.ServiceAdministratorAlreadyInDirectory, email, directory.displayName());
        }
        if (!directoryUsers.workAccountsWithEmail(email).isEmpty()) {
            return RequestDirectoryLink.ambiguousEmail(
                    email, RequestDirectoryLink.firstAdministeredBy(subscriptions, (Identity.Personal) person));
        }
        if (memberships.size() >= DirectoryLimits.DIRECTORY_MEMBERSHIPS) {
            return Outcome.rejected(
                    RuleCode.DirectoryMembershipLimitReached, email, DirectoryLimits.DIRECTORY_MEMBERSHIPS);
        }
        return null;
    }

    private DirectoryUser link(
            Caller globalAdministrator, DirectoryLinkRequest request, MicrosoftAccount msa, Directory directory) {
        DirectoryUser user = new DirectoryUser(
                new ObjectId(ids.newId()),
                directory.id(),
                msa.displayName(),
                externalPrincipalName(msa.email(), directory),
                msa.email(),
                DirectoryUser.UserType.Member,
                DirectoryUser.Source.MICROSOFT_ACCOUNT,
                msa.identity(),
                null,
                null);
        directoryUsers.add(user);
        directoryRoles.assign(directory.id(), DirectoryRole.GlobalAdministrator, user.id());
        requests.remove(request.id());
        activity.succeeded(
                globalAdministrator,
                OPERATION,
                user.userPrincipalName(),
                "Microsoft account " + msa.email() + " added as external member and Global Administrator of "
                        + directory.displayName(),
                null,
                directory.id());
        return user;
    }

    /** The UPN an external Microsoft account gets: {@code alias_domain#EXT#@<initial domain>}. */
    static String externalPrincipalName(Email email, Directory directory) {
        return email.value().replace('@', '_') + "#EXT#@" + directory.initialDomain();
    }
}
