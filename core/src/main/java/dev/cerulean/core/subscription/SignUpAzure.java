package dev.cerulean.core.subscription;

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
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.Directories;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.DirectoryLimits;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryRoles;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Azure sign-up (R36): the signed-in person gets a new subscription where it is Account and
 * Service Administrator. A work account's subscription trusts its home directory. A Microsoft
 * account's trusts its default directory, created on its first Azure sign-up ("Default
 * Directory", {@code <email without punctuation>.onmicrosoft.com}, the account an external
 * member and Global Administrator there) and reused afterwards.
 */
public final class SignUpAzure {
    public static final String SUBSCRIPTION_OPERATION = "Microsoft.Subscription/subscriptions/write";
    public static final String DIRECTORY_OPERATION = "Microsoft.AAD/tenants/write";
    public static final String DEFAULT_DIRECTORY_NAME = "Default Directory";
    private static final int MAX_DISPLAY_NAME = 64;
    private static final int MAX_DOMAIN_PREFIX = 48;

    /** The new subscription, the directory it trusts, and whether that directory was created now. */
    public record Result(Subscription subscription, Directory directory, boolean directoryCreated) {}

    private final MicrosoftAccounts microsoftAccounts;
    private final Directories directories;
    private final DirectoryUsers directoryUsers;
    private final DirectoryRoles directoryRoles;
    private final Subscriptions subscriptions;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final ActivityRecorder activity;

    public SignUpAzure(
            MicrosoftAccounts microsoftAccounts,
            Directories directories,
            DirectoryUsers directoryUsers,
            DirectoryRoles directoryRoles,
            Subscriptions subscriptions,
            Transactions transactions,
            Clock clock,
            IdGenerator ids,
            ActivityRecorder activity) {
        this.microsoftAccounts = microsoftAccounts;
        this.directories = directories;
        this.directoryUsers = directoryUsers;
        this.directoryRoles = directoryRoles;
        this.subscriptions = subscriptions;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.activity = activity;
    }

    /**
     * @param displayName the subscription's name; blank means the offer's name
     * @param offerId blank means Pay-As-You-Go (MS-AZR-0003P)
     */
    public Outcome<Result> signUp(Caller caller, String displayName, String offerId) {
        Optional<Offer> offer =
                offerId == null || offerId.isBlank() ? Optional.of(Offer.PAY_AS_YOU_GO) : Offer.parse(offerId);
        if (offer.isEmpty()) return Outcome.rejected(RuleCode.InvalidOffer, offerId);
        String name = displayName == null || displayName.isBlank() ? offer.get().displayName() : displayName.strip();
        if (name.length() > MAX_DISPLAY_NAME) return Outcome.rejected(RuleCode.InvalidDisplayName, "displayName", name);
        return transactions.attempt(() -> {
            if (caller.identity() instanceof Identity.Personal p)
                return forMicrosoftAccount(caller, p, name, offer.get());
            if (caller.identity() instanceof Identity.Work w) return forWorkAccount(caller, w, name, offer.get());
            return Outcome.rejected(RuleCode.AzureSignUpRequiresPerson, caller.displayName());
        });
    }

    private Outcome<Result> forWorkAccount(Caller caller, Identity.Work work, String name, Offer offer) {
        Optional<Directory> home = directories.byId(work.directory());
        if (home.isEmpty()) return Outcome.rejected(RuleCode.DirectoryNotFound, work.directory());
        Optional<DirectoryUser> user = directoryUsers.byId(work.directory(), work.user());
        if (user.isEmpty()) return Outcome.rejected(RuleCode.UserNotFound, work.user());
        Email email =
                caller.email() != null ? caller.email() : Email.of(user.get().signInName());
        Subscription s = subscribe(
                caller, new ClassicAdministrator(work, email), home.get().id(), name, offer);
        return Outcome.ok(new Result(s, home.get(), false));
    }

    private Outcome<Result> forMicrosoftAccount(Caller caller, Identity.Personal person, String name, Offer offer) {
        Optional<MicrosoftAccount> msa = microsoftAccounts.byId(person.account());
        if (msa.isEmpty()) return Outcome.rejected(RuleCode.MicrosoftAccountNotFound, person.account());
        ClassicAdministrator admin = new ClassicAdministrator(person, msa.get().email());
        // the person's own directories (an indexed lookup), not every directory there is
        Optional<Directory> existing = directories.createdBy(person).stream()
                .filter(d -> person.equals(d.createdBy()) && d.origin() == Directory.DirectoryOrigin.DEFAULT_DIRECTORY)
                .findFirst();
        if (existing.isPresent()) {
            return Outcome.ok(
                    new Result(subscribe(caller, admin, existing.get().id(), name, offer), existing.get(), false));
        }
        if (directories.countCreatedBy(person) >= DirectoryLimits.DIRECTORIES_CREATED) {
            return Outcome.rejected(RuleCode.DirectoryCreationLimitReached, DirectoryLimits.DIRECTORIES_CREATED);
        }
        if (directoryUsers.ofPerson(person).size() >= DirectoryLimits.DIRECTORY_MEMBERSHIPS) {
            return Outcome.rejected(RuleCode.DirectoryMembershipLimitReached, DirectoryLimits.DIRECTORY_MEMBERSHIPS);
        }
        Directory created = createDefaultDirectory(caller, msa.get());
        return Outcome.ok(new Result(subscribe(caller, admin, created.id(), name, offer), created, true));
    }

    private Directory createDefaultDirectory(Caller caller, MicrosoftAccount msa) {
        String domain = freeInitialDomain(msa.email());
        Directory directory = new Directory(
                new DirectoryId(ids.newId()),
                DEFAULT_DIRECTORY_NAME,
                "US",
                Directory.DirectoryOrigin.DEFAULT_DIRECTORY,
                domain,
                msa.identity(),
                clock.instant());
        directories.add(directory);
        ObjectId member = new ObjectId(ids.newId());
        directoryUsers.add(new DirectoryUser(
                member,
                directory.id(),
                msa.displayName(),
                msa.email().value().replace('@', '_') + "#EXT#@" + domain,
                msa.email(),
                DirectoryUser.UserType.Member,
                DirectoryUser.Source.MICROSOFT_ACCOUNT,
                msa.identity(),
                null,
                null));
        directoryRoles.assign(directory.id(), DirectoryRole.GlobalAdministrator, member);
        activity.succeeded(
                caller,
                DIRECTORY_OPERATION,
                "/tenants/" + directory.id(),
                "created " + DEFAULT_DIRECTORY_NAME + " " + domain + " for " + msa.email(),
                null,
                directory.id());
        return directory;
    }

    /** kelley.wall@outlook.com → kelleywalloutlook.onmicrosoft.com, or kelleywalloutlook1… when taken. */
    String freeInitialDomain(Email email) {
        String domainLabel = email.domain().substring(0, email.domain().indexOf('.'));
        String base = (email.localPart() + domainLabel).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (base.length() > MAX_DOMAIN_PREFIX) base = base.substring(0, MAX_DOMAIN_PREFIX);
        if (base.isEmpty()) base = "directory";
        String candidate = base + ".onmicrosoft.com";
        for (int n = 1; !directories.domainsNamed(candidate).isEmpty(); n++) {
            candidate = base + n + ".onmicrosoft.com";
        }
        return candidate;
    }

    private Subscription subscribe(
            Caller caller, ClassicAdministrator admin, DirectoryId directory, String name, Offer offer) {
        Subscription s = new Subscription(
                new SubscriptionId(ids.newId()),
                name,
                offer,
                Subscription.SubscriptionState.Enabled,
                directory,
                admin,
                admin,
                false,
                1);
        subscriptions.add(s);
        activity.succeeded(
                caller,
                SUBSCRIPTION_OPERATION,
                "/subscriptions/" + s.id(),
                "signed up for " + offer.id() + " (" + offer.displayName() + ")",
                s.id(),
                directory);
        return s;
    }
}
