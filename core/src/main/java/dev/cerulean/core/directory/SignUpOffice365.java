package dev.cerulean.core.directory;

import dev.cerulean.core.account.DisplayName;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.account.PasswordHasher;
import dev.cerulean.core.account.PasswordPolicy;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.common.Transactions;
import java.time.Clock;
import java.util.Optional;

/**
 * R36: Office 365 sign-up creates a directory {@code <tenant>.onmicrosoft.com} named after the
 * company; its first user is a work account {@code <user>@<tenant>.onmicrosoft.com}, homed
 * there, with its own password, and Global Administrator. Nobody is signed in yet: the person
 * signing up becomes that first user.
 */
public final class SignUpOffice365 {
    /** The new tenant and its first user. */
    public record SignedUp(Directory directory, DirectoryUser globalAdministrator) {}

    private final Transactions transactions;
    private final Directories directories;
    private final DirectoryUsers users;
    private final DirectoryRoles roles;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final IdGenerator ids;
    private final ActivityRecorder activity;

    public SignUpOffice365(
            Transactions transactions,
            Directories directories,
            DirectoryUsers users,
            DirectoryRoles roles,
            PasswordHasher hasher,
            Clock clock,
            IdGenerator ids,
            ActivityRecorder activity) {
        this.transactions = transactions;
        this.directories = directories;
        this.users = users;
        this.roles = roles;
        this.hasher = hasher;
        this.clock = clock;
        this.ids = ids;
        this.activity = activity;
    }

    /**
     * @param userName the part before '@' of the first user's sign-in name
     */
    public Outcome<SignedUp> signUp(
            String companyName,
            String tenantName,
            String country,
            String userName,
            String userDisplayName,
            String password) {
        Optional<String> company = DisplayName.parse(companyName);
        if (company.isEmpty()) return Outcome.rejected(RuleCode.InvalidDisplayName, String.valueOf(companyName));
        Optional<String> label = DirectoryNaming.initialDomainLabel(tenantName);
        if (label.isEmpty()) return Outcome.rejected(RuleCode.InvalidDirectoryName, String.valueOf(tenantName));
        Optional<String> countryCode = DirectoryNaming.country(country);
        if (countryCode.isEmpty()) return Outcome.rejected(RuleCode.InvalidCountry, String.valueOf(country));
        String initialDomain = DirectoryNaming.initialDomain(label.get());
        Optional<Email> upn = userName == null || userName.contains("@")
                ? Optional.empty()
                : Email.parse(userName.strip() + "@" + initialDomain);
        if (upn.isEmpty()) return Outcome.rejected(RuleCode.InvalidUserPrincipalName, String.valueOf(userName));
        Optional<String> personName = DisplayName.parse(userDisplayName);
        if (personName.isEmpty()) return Outcome.rejected(RuleCode.InvalidDisplayName, String.valueOf(userDisplayName));
        if (!PasswordPolicy.allows(password)) {
            return Outcome.rejected(
                    RuleCode.PasswordTooWeak, PasswordPolicy.MIN_LENGTH, PasswordPolicy.REQUIRED_CLASSES);
        }
        PasswordHash hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            if (!directories.domainsNamed(initialDomain).isEmpty()) {
                return Outcome.rejected(RuleCode.DomainAlreadyExists, initialDomain);
            }
            DirectoryId id = new DirectoryId(ids.newId());
            ObjectId userId = new ObjectId(ids.newId());
            Identity person = new Identity.Work(id, userId);
            Directory directory = new Directory(
                    id,
                    company.get(),
                    countryCode.get(),
                    Directory.DirectoryOrigin.OFFICE_365_SIGNUP,
                    initialDomain,
                    person,
                    clock.instant());
            DirectoryUser admin = new DirectoryUser(
                    userId,
                    id,
                    personName.get(),
                    upn.get().value(),
                    upn.get(),
                    DirectoryUser.UserType.Member,
                    DirectoryUser.Source.WORK_ACCOUNT,
                    person,
                    null,
                    hash);
            directories.add(directory);
            users.add(admin);
            roles.assign(id, DirectoryRole.GlobalAdministrator, userId);
            String who = upn.get().value();
            activity.succeeded(
                    who,
                    DirectoryOperations.CREATE_DIRECTORY,
                    initialDomain,
                    "Office 365 tenant " + company.get() + " created",
                    null,
                    id);
            activity.succeeded(who, DirectoryOperations.CREATE_USER, who, "First user created", null, id);
            activity.succeeded(
                    who,
                    DirectoryOperations.ASSIGN_ROLE,
                    who,
                    DirectoryRole.GlobalAdministrator.displayName() + " assigned",
                    null,
                    id);
            return Outcome.ok(new SignedUp(directory, admin));
        });
    }
}
