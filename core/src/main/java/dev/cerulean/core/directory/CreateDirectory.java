package dev.cerulean.core.directory;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.DisplayName;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.MicrosoftAccount;
import dev.cerulean.core.account.MicrosoftAccounts;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.time.Clock;
import java.util.Optional;

/**
 * Classic portal "NEW > DIRECTORY > CUSTOM CREATE > Create new directory": a directory with
 * the initial domain {@code <name>.onmicrosoft.com}. The creator, who keeps its home, becomes
 * an external member and the Global Administrator of the new directory.
 */
public final class CreateDirectory {
    /** The new directory and the creator's user object in it. */
    public record Created(Directory directory, DirectoryUser creator) {}

    private record Person(Email email, String displayName) {}

    private final Transactions transactions;
    private final MicrosoftAccounts accounts;
    private final Directories directories;
    private final DirectoryUsers users;
    private final DirectoryRoles roles;
    private final ExternalUsers externals;
    private final Clock clock;
    private final IdGenerator ids;
    private final ActivityRecorder activity;

    public CreateDirectory(
            Transactions transactions,
            MicrosoftAccounts accounts,
            Directories directories,
            DirectoryUsers users,
            DirectoryRoles roles,
            Clock clock,
            IdGenerator ids,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.directories = directories;
        this.users = users;
        this.roles = roles;
        this.externals = new ExternalUsers(users, ids);
        this.clock = clock;
        this.ids = ids;
        this.activity = activity;
    }

    public Outcome<Created> create(Caller caller, String displayName, String domainName, String country) {
        Optional<String> name = DisplayName.parse(displayName);
        if (name.isEmpty()) return Outcome.rejected(RuleCode.InvalidDisplayName, String.valueOf(displayName));
        Optional<String> label = DirectoryNaming.initialDomainLabel(domainName);
        if (label.isEmpty()) return Outcome.rejected(RuleCode.InvalidDirectoryName, String.valueOf(domainName));
        Optional<String> countryCode = DirectoryNaming.country(country);
        if (countryCode.isEmpty()) return Outcome.rejected(RuleCode.InvalidCountry, String.valueOf(country));
        if (caller == null || caller.identity() instanceof Identity.App) {
            return Outcome.rejected(
                    RuleCode.AuthorizationFailed,
                    caller == null ? "anonymous" : caller.displayName(),
                    DirectoryOperations.CREATE_DIRECTORY);
        }
        String initialDomain = DirectoryNaming.initialDomain(label.get());
        return transactions.inTransaction(() -> {
            Identity creator = caller.identity();
            Outcome<Person> person = personOf(creator);
            if (!(person instanceof Outcome.Ok<Person> found)) return ((Outcome.Rejected<Person>) person).retyped();
            if (directories.countCreatedBy(creator) >= DirectoryLimits.DIRECTORIES_CREATED) {
                return Outcome.rejected(
                        RuleCode.DirectoryCreationLimitReached,
                        found.value().email(),
                        DirectoryLimits.DIRECTORIES_CREATED);
            }
            if (!directories.domainsNamed(initialDomain).isEmpty()) {
                return Outcome.rejected(RuleCode.DomainAlreadyExists, initialDomain);
            }
            Directory directory = new Directory(
                    new DirectoryId(ids.newId()),
                    name.get(),
                    countryCode.get(),
                    Directory.DirectoryOrigin.CLASSIC_PORTAL,
                    initialDomain,
                    creator,
                    clock.instant());
            return externals
                    .prepare(
                            directory,
                            creator,
                            found.value().email(),
                            found.value().displayName(),
                            DirectoryUser.UserType.Member,
                            null)
                    .map(user -> write(caller, directory, user));
        });
    }

    private Created write(Caller caller, Directory directory, DirectoryUser user) {
        directories.add(directory);
        activity.succeeded(
                caller,
                DirectoryOperations.CREATE_DIRECTORY,
                directory.initialDomain(),
                "Directory " + directory.displayName() + " created",
                null,
                directory.id());
        users.add(user);
        activity.succeeded(
                caller,
                DirectoryOperations.ADD_EXTERNAL_MEMBER,
                user.userPrincipalName(),
                "Creator added as external member",
                null,
                directory.id());
        roles.assign(directory.id(), DirectoryRole.GlobalAdministrator, user.id());
        activity.succeeded(
                caller,
                DirectoryOperations.ASSIGN_ROLE,
                user.userPrincipalName(),
                DirectoryRole.GlobalAdministrator.displayName() + " assigned",
                null,
                directory.id());
        return new Created(directory, user);
    }

    /** The creator's sign-in email and name, read from its home. */
    private Outcome<Person> personOf(Identity creator) {
        if (creator instanceof Identity.Personal p) {
            Optional<MicrosoftAccount> account = accounts.byId(p.account());
            return account.<Outcome<Person>>map(a -> Outcome.ok(new Person(a.email(), a.displayName())))
                    .orElseGet(() -> Outcome.rejected(RuleCode.MicrosoftAccountNotFound, p.account()));
        }
        Identity.Work w = (Identity.Work) creator;
        Optional<DirectoryUser> home = users.byId(w.directory(), w.user());
        Optional<Email> email =
                home.flatMap(u -> u.mail() != null ? Optional.of(u.mail()) : Email.parse(u.userPrincipalName()));
        if (home.isEmpty() || email.isEmpty()) return Outcome.rejected(RuleCode.UserNotFound, w.user());
        return Outcome.ok(new Person(email.get(), home.get().displayName()));
    }
}
