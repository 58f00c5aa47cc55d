package dev.cerulean.core;

import dev.cerulean.core.access.AccessUseCases;
import dev.cerulean.core.access.ActivityLogOf;
import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.AzurePortalSubscriptions;
import dev.cerulean.core.access.ClassicAdministratorsOf;
import dev.cerulean.core.access.CreateCustomRole;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.access.DeleteCustomRole;
import dev.cerulean.core.access.DeleteRoleAssignment;
import dev.cerulean.core.access.EffectivePermissions;
import dev.cerulean.core.access.ElevateAccess;
import dev.cerulean.core.access.ListRoleAssignments;
import dev.cerulean.core.access.ListSubscriptionsWithAnyRole;
import dev.cerulean.core.access.ReadRoleDefinitions;
import dev.cerulean.core.account.SignUpMicrosoftAccount;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.AccountActivityRecorder;
import dev.cerulean.core.directory.AddClientSecret;
import dev.cerulean.core.directory.AddExternalMember;
import dev.cerulean.core.directory.AddWorkAccount;
import dev.cerulean.core.directory.AssignDirectoryRole;
import dev.cerulean.core.directory.CreateApp;
import dev.cerulean.core.directory.CreateDirectory;
import dev.cerulean.core.directory.CustomDomains;
import dev.cerulean.core.directory.DeleteDirectoryUser;
import dev.cerulean.core.directory.DirectoriesOfAccount;
import dev.cerulean.core.directory.DirectoryUseCases;
import dev.cerulean.core.directory.GrantGraphAppRole;
import dev.cerulean.core.directory.InviteGuest;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.core.directory.RedeemInvitation;
import dev.cerulean.core.directory.RegisterApp;
import dev.cerulean.core.directory.RemoveDirectoryRole;
import dev.cerulean.core.directory.ResolveSignInName;
import dev.cerulean.core.directory.SecretSource;
import dev.cerulean.core.directory.SignUpOffice365;
import dev.cerulean.core.directory.UpdateDirectoryUser;
import dev.cerulean.core.move.AcceptDirectoryChange;
import dev.cerulean.core.move.CancelDirectoryChange;
import dev.cerulean.core.move.ChangeDirectory;
import dev.cerulean.core.move.ConfirmDirectoryLink;
import dev.cerulean.core.move.DirectoryChangeStatus;
import dev.cerulean.core.move.MoveUseCases;
import dev.cerulean.core.move.PreviewDirectoryChange;
import dev.cerulean.core.move.ReadDirectoryLinkRequests;
import dev.cerulean.core.move.RequestDirectoryChange;
import dev.cerulean.core.move.RequestDirectoryLink;
import dev.cerulean.core.resource.CreateOrUpdateResourceGroup;
import dev.cerulean.core.resource.CreateResource;
import dev.cerulean.core.resource.DeleteResourceGroup;
import dev.cerulean.core.resource.ReadResourceGroups;
import dev.cerulean.core.resource.ReadResources;
import dev.cerulean.core.resource.ResourceUseCases;
import dev.cerulean.core.signin.BrowserSessions;
import dev.cerulean.core.signin.Lockout;
import dev.cerulean.core.signin.SignIn;
import dev.cerulean.core.signin.SignInDirectory;
import dev.cerulean.core.signin.SignInThrottle;
import dev.cerulean.core.signin.SignInUseCases;
import dev.cerulean.core.subscription.AddCoAdministrator;
import dev.cerulean.core.subscription.ChangeServiceAdministrator;
import dev.cerulean.core.subscription.ClassicPortalSubscriptions;
import dev.cerulean.core.subscription.ReadSubscriptions;
import dev.cerulean.core.subscription.RemoveCoAdministrator;
import dev.cerulean.core.subscription.SignUpAzure;
import dev.cerulean.core.subscription.SubscriptionUseCases;
import dev.cerulean.core.support.ListSupportRequests;
import dev.cerulean.core.support.OpenSupportRequest;
import dev.cerulean.core.support.SupportUseCases;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The one place that builds the use cases from the ports: every adapter (the HTTP server, the
 * CLI, benchmarks, test fixtures) asks this for them instead of calling constructors, so each is
 * built once, with one {@link Authorize} (and its cache) and one {@link SignIn} (and its
 * throttling) shared by everything that reads or writes through them.
 */
public final class UseCases {
    /** What a deployment may tune in the use cases themselves. */
    public record Settings(SignInThrottle throttle, Duration linkRequestExpiry, SecretSource secrets) {
        public static final Settings DEFAULT =
                new Settings(SignInThrottle.DEFAULT, RequestDirectoryLink.DEFAULT_EXPIRY, SecretSource.secureRandom());

        public Settings {
            Objects.requireNonNull(throttle);
            Objects.requireNonNull(linkRequestExpiry);
            Objects.requireNonNull(secrets);
        }

        public Settings withThrottle(SignInThrottle t) {
            return new Settings(t, linkRequestExpiry, secrets);
        }

        public Settings withLinkRequestExpiry(Duration d) {
            return new Settings(throttle, d, secrets);
        }

        public Settings withSecrets(SecretSource s) {
            return new Settings(throttle, linkRequestExpiry, s);
        }
    }

    private final AccessUseCases access;
    private final DirectoryUseCases directory;
    private final SubscriptionUseCases subscription;
    private final ResourceUseCases resource;
    private final MoveUseCases move;
    private final SignInUseCases signIn;
    private final SupportUseCases support;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    private UseCases(Ports p, Settings settings) {
        var tx = p.transactions();
        transactions = tx;
        clock = p.clock();
        ids = p.ids();
        var activity = new ActivityRecorder(p.activityLog(), p.clock(), p.ids());
        var authorize =
                new Authorize(p.subscriptions(), p.coAdministrators(), p.roleAssignments(), p.roleDefinitions());
        access = new AccessUseCases(
                authorize,
                new ListSubscriptionsWithAnyRole(tx, p.subscriptions(), authorize),
                new AzurePortalSubscriptions(p.subscriptions(), authorize),
                new ListRoleAssignments(tx, authorize, p.subscriptions(), p.roleAssignments()),
                new CreateRoleAssignment(
                        tx,
                        authorize,
                        p.subscriptions(),
                        p.resourceGroups(),
                        p.resources(),
                        p.roleDefinitions(),
                        p.roleAssignments(),
                        p.directoryUsers(),
                        p.appRegistrations(),
                        activity,
                        p.clock()),
                new DeleteRoleAssignment(tx, authorize, p.subscriptions(), p.roleAssignments(), activity),
                new ReadRoleDefinitions(tx, p.roleDefinitions()),
                new CreateCustomRole(tx, authorize, p.subscriptions(), p.roleDefinitions(), activity, p.ids()),
                new DeleteCustomRole(
                        tx, authorize, p.subscriptions(), p.roleDefinitions(), p.roleAssignments(), activity),
                new EffectivePermissions(tx, p.subscriptions(), authorize, p.roleAssignments(), p.roleDefinitions()),
                new ClassicAdministratorsOf(tx, p.subscriptions(), authorize, p.coAdministrators()),
                new ElevateAccess(tx, p.directoryRoles(), p.roleAssignments(), activity, p.clock(), p.ids()),
                new ActivityLogOf(p.activityLog(), authorize, p.directories(), p.directoryRoles()));
        var assignRole = new AssignDirectoryRole(
                tx, p.directories(), p.directoryUsers(), p.directoryRoles(), p.appRegistrations(), activity);
        var registerApp = new RegisterApp(
                tx, p.directories(), p.directoryUsers(), p.directoryRoles(), p.appRegistrations(), p.ids(), activity);
        var grantGraphAppRole =
                new GrantGraphAppRole(tx, p.directoryUsers(), p.directoryRoles(), p.appRegistrations(), activity);
        var addClientSecret = new AddClientSecret(
                tx,
                p.directoryUsers(),
                p.directoryRoles(),
                p.appRegistrations(),
                p.passwordHasher(),
                settings.secrets(),
                p.clock(),
                p.ids(),
                activity);
        directory = new DirectoryUseCases(
                new ReadDirectories(tx, p.directories(), p.directoryUsers(), p.directoryRoles(), p.appRegistrations()),
                new DirectoriesOfAccount(tx, p.directories(), p.directoryUsers()),
                new CreateDirectory(
                        tx,
                        p.microsoftAccounts(),
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.clock(),
                        p.ids(),
                        activity),
                new AddWorkAccount(
                        tx,
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.appRegistrations(),
                        p.passwordHasher(),
                        p.ids(),
                        activity),
                new UpdateDirectoryUser(
                        tx,
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.appRegistrations(),
                        p.passwordHasher(),
                        activity),
                new DeleteDirectoryUser(
                        tx, p.directories(), p.directoryUsers(), p.directoryRoles(), p.appRegistrations(), activity),
                new InviteGuest(
                        tx,
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.appRegistrations(),
                        p.ids(),
                        activity),
                new RedeemInvitation(tx, p.directoryUsers(), activity),
                new AddExternalMember(
                        tx,
                        p.microsoftAccounts(),
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.appRegistrations(),
                        p.ids(),
                        activity),
                assignRole,
                new RemoveDirectoryRole(
                        tx, p.directories(), p.directoryUsers(), p.directoryRoles(), p.appRegistrations(), activity),
                new CustomDomains(
                        tx, p.directories(), p.directoryUsers(), p.directoryRoles(), p.appRegistrations(), activity),
                new ResolveSignInName(tx, p.microsoftAccounts(), p.directoryUsers()),
                registerApp,
                grantGraphAppRole,
                addClientSecret,
                new CreateApp(tx, registerApp, grantGraphAppRole, addClientSecret),
                new SignUpMicrosoftAccount(
                        tx,
                        p.microsoftAccounts(),
                        p.passwordHasher(),
                        p.clock(),
                        p.ids(),
                        new AccountActivityRecorder(activity)),
                new SignUpOffice365(
                        tx,
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.passwordHasher(),
                        p.clock(),
                        p.ids(),
                        activity));
        subscription = new SubscriptionUseCases(
                new ReadSubscriptions(tx, p.subscriptions(), p.coAdministrators()),
                new ClassicPortalSubscriptions(p.subscriptions(), p.coAdministrators()),
                new AddCoAdministrator(
                        p.subscriptions(),
                        p.coAdministrators(),
                        p.microsoftAccounts(),
                        p.directoryUsers(),
                        tx,
                        p.clock(),
                        activity),
                new RemoveCoAdministrator(p.subscriptions(), p.coAdministrators(), tx, activity),
                new ChangeServiceAdministrator(
                        p.subscriptions(),
                        p.coAdministrators(),
                        p.microsoftAccounts(),
                        p.directoryUsers(),
                        tx,
                        activity),
                new SignUpAzure(
                        p.microsoftAccounts(),
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.subscriptions(),
                        tx,
                        p.clock(),
                        p.ids(),
                        activity));
        resource = new ResourceUseCases(
                new ReadResourceGroups(tx, p.subscriptions(), p.resourceGroups(), authorize),
                new ReadResources(tx, p.subscriptions(), p.resourceGroups(), p.resources(), authorize),
                new CreateOrUpdateResourceGroup(p.subscriptions(), p.resourceGroups(), authorize, tx, activity),
                new DeleteResourceGroup(
                        p.subscriptions(),
                        p.resourceGroups(),
                        p.resources(),
                        p.roleAssignments(),
                        authorize,
                        tx,
                        activity),
                new CreateResource(
                        p.subscriptions(), p.resourceGroups(), p.resources(), authorize, tx, p.ids(), activity));
        var preview = new PreviewDirectoryChange(
                tx,
                p.subscriptions(),
                p.coAdministrators(),
                p.roleAssignments(),
                p.roleDefinitions(),
                p.resources(),
                p.directories(),
                p.directoryUsers());
        var change = new ChangeDirectory(
                tx,
                p.subscriptions(),
                p.coAdministrators(),
                p.roleAssignments(),
                p.roleDefinitions(),
                p.resources(),
                p.directories(),
                p.directoryUsers(),
                p.followUpItems(),
                p.clock(),
                activity);
        move = new MoveUseCases(
                preview,
                change,
                new RequestDirectoryChange(
                        tx, p.subscriptions(), preview, p.changeTenantRequests(), p.clock(), activity),
                new AcceptDirectoryChange(tx, p.subscriptions(), p.changeTenantRequests(), change, p.clock(), activity),
                new CancelDirectoryChange(
                        tx, p.subscriptions(), p.changeTenantRequests(), preview, p.clock(), activity),
                new DirectoryChangeStatus(tx, p.changeTenantRequests()),
                new RequestDirectoryLink(
                        tx,
                        p.microsoftAccounts(),
                        p.subscriptions(),
                        p.directoryUsers(),
                        p.directoryLinkRequests(),
                        p.clock(),
                        p.ids(),
                        settings.linkRequestExpiry()),
                new ConfirmDirectoryLink(
                        tx,
                        p.microsoftAccounts(),
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.directoryLinkRequests(),
                        p.subscriptions(),
                        p.clock(),
                        p.ids(),
                        activity),
                new ReadDirectoryLinkRequests(tx, p.directoryLinkRequests(), p.microsoftAccounts()));
        var signInDirectory = new SignInDirectory(p.directories(), p.directoryUsers());
        var lockout = new Lockout(tx, p.signInAttempts(), settings.throttle(), p.clock());
        signIn = new SignInUseCases(
                signInDirectory,
                lockout,
                new SignIn(
                        tx,
                        p.microsoftAccounts(),
                        p.directoryUsers(),
                        p.passwordHasher(),
                        p.signInAttempts(),
                        signInDirectory,
                        lockout,
                        p.clock()),
                new BrowserSessions(tx, p.sessions(), signInDirectory, p.clock()));
        support = new SupportUseCases(
                new OpenSupportRequest(p.supportRequests(), authorize, tx, p.clock(), p.ids(), activity),
                new ListSupportRequests(p.supportRequests()));
    }

    public static UseCases of(Ports ports) {
        return of(ports, Settings.DEFAULT);
    }

    public static UseCases of(Ports ports, Settings settings) {
        return new UseCases(Objects.requireNonNull(ports), Objects.requireNonNull(settings));
    }

    public AccessUseCases access() {
        return access;
    }

    public DirectoryUseCases directory() {
        return directory;
    }

    public SubscriptionUseCases subscription() {
        return subscription;
    }

    public ResourceUseCases resource() {
        return resource;
    }

    public MoveUseCases move() {
        return move;
    }

    public SignInUseCases signIn() {
        return signIn;
    }

    public SupportUseCases support() {
        return support;
    }

    /** The unit of work adapters wrap a whole request in, so that its reads see one state. */
    public Transactions transactions() {
        return transactions;
    }

    /** The clock the use cases run on (adapters stamp responses with the same time). */
    public Clock clock() {
        return clock;
    }

    /** The id source the use cases use (adapters make request ids from the same source). */
    public IdGenerator ids() {
        return ids;
    }
}
