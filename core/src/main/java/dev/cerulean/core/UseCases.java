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
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.IdGenerator;
import dev.cerulean.core.common.Transactions;
import dev.cerulean.core.directory.DirectoryUseCases;
import dev.cerulean.core.directory.SecretSource;
import dev.cerulean.core.directory.group.GroupUseCases;
import dev.cerulean.core.move.AcceptDirectoryChange;
import dev.cerulean.core.move.CancelDirectoryChange;
import dev.cerulean.core.move.ChangeDirectory;
import dev.cerulean.core.move.CompareAccess;
import dev.cerulean.core.move.ConfirmDirectoryLink;
import dev.cerulean.core.move.DirectoryChangeStatus;
import dev.cerulean.core.move.MoveUseCases;
import dev.cerulean.core.move.PlanDirectoryChange;
import dev.cerulean.core.move.PreviewDirectoryChange;
import dev.cerulean.core.move.ProposeMapping;
import dev.cerulean.core.move.ReadDirectoryLinkRequests;
import dev.cerulean.core.move.RequestDirectoryChange;
import dev.cerulean.core.move.RequestDirectoryLink;
import dev.cerulean.core.move.RestoreAfterDirectoryChange;
import dev.cerulean.core.resource.CreateOrUpdateResourceGroup;
import dev.cerulean.core.resource.CreateResource;
import dev.cerulean.core.resource.DeleteResource;
import dev.cerulean.core.resource.DeleteResourceGroup;
import dev.cerulean.core.resource.IdentityAssignments;
import dev.cerulean.core.resource.ManagedIdentityTokens;
import dev.cerulean.core.resource.PutResource;
import dev.cerulean.core.resource.ReadResourceGroups;
import dev.cerulean.core.resource.ReadResources;
import dev.cerulean.core.resource.ResourceUseCases;
import dev.cerulean.core.signin.SignIn;
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
 * throttling) shared by everything that reads or writes through them. {@code transactions},
 * {@code clock} and {@code ids} are the unit of work adapters wrap a request in and the clock and
 * id source the use cases run on, for adapters to stamp responses alike.
 */
public record UseCases(
        AccessUseCases access,
        DirectoryUseCases directory,
        GroupUseCases groups,
        SubscriptionUseCases subscription,
        ResourceUseCases resource,
        MoveUseCases move,
        SignInUseCases signIn,
        SupportUseCases support,
        Transactions transactions,
        Clock clock,
        IdGenerator ids) {
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

    public static UseCases of(Ports ports) {
        return of(ports, Settings.DEFAULT);
    }

    public static UseCases of(Ports ports, Settings settings) {
        Ports p = Objects.requireNonNull(ports);
        Objects.requireNonNull(settings);
        var tx = p.transactions();
        var activity = new ActivityRecorder(p.activityLog(), p.clock(), p.ids());
        var authorize = new Authorize(
                p.subscriptions(), p.coAdministrators(), p.roleAssignments(), p.roleDefinitions(), p.groups());
        var access = access(p, tx, activity, authorize);
        var resource = resource(p, tx, activity, authorize, settings);
        var subscription = subscription(p, tx, activity);
        return new UseCases(
                access,
                DirectoryWiring.directory(p, tx, activity, settings.secrets()),
                GroupUseCases.of(
                        tx,
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.appRegistrations(),
                        p.groups(),
                        (directory, principal) -> p.resources()
                                .byPrincipal(principal)
                                .map(r -> r.identity())
                                .filter(mi -> mi.enabled() && directory.equals(mi.tenantId()))
                                .isPresent(),
                        activity,
                        p.clock(),
                        p.ids()),
                subscription,
                resource,
                move(p, tx, activity, settings, access, resource, subscription),
                DirectoryWiring.signIn(p, tx, settings.throttle()),
                support(p, tx, activity, authorize),
                tx,
                p.clock(),
                p.ids());
    }

    private static AccessUseCases access(Ports p, Transactions tx, ActivityRecorder activity, Authorize authorize) {
        var withAnyRole = new ListSubscriptionsWithAnyRole(tx, p.subscriptions(), p.groups());
        return new AccessUseCases(
                authorize,
                withAnyRole,
                new AzurePortalSubscriptions(withAnyRole, authorize),
                new ListRoleAssignments(tx, authorize, p.subscriptions(), p.roleAssignments(), p.groups()),
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
                        p.groups(),
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
    }

    private static SubscriptionUseCases subscription(Ports p, Transactions tx, ActivityRecorder activity) {
        return new SubscriptionUseCases(
                new ReadSubscriptions(tx, p.subscriptions(), p.coAdministrators()),
                new ClassicPortalSubscriptions(p.subscriptions()),
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
    }

    private static ResourceUseCases resource(
            Ports p, Transactions tx, ActivityRecorder activity, Authorize authorize, Settings settings) {
        var identityAssignments = new IdentityAssignments(p.roleAssignments(), p.subscriptions(), activity);
        return new ResourceUseCases(
                new ReadResourceGroups(tx, p.subscriptions(), p.resourceGroups(), authorize),
                new ReadResources(tx, p.subscriptions(), p.resourceGroups(), p.resources(), authorize),
                new CreateOrUpdateResourceGroup(p.subscriptions(), p.resourceGroups(), authorize, tx, activity),
                new DeleteResourceGroup(
                        p.subscriptions(),
                        p.resourceGroups(),
                        p.resources(),
                        p.roleAssignments(),
                        identityAssignments,
                        authorize,
                        tx,
                        activity),
                new CreateResource(
                        p.subscriptions(), p.resourceGroups(), p.resources(), authorize, tx, p.ids(), activity),
                new PutResource(
                        p.subscriptions(),
                        p.resourceGroups(),
                        p.resources(),
                        identityAssignments,
                        authorize,
                        tx,
                        p.ids(),
                        activity),
                new DeleteResource(
                        p.subscriptions(),
                        p.resourceGroups(),
                        p.resources(),
                        p.roleAssignments(),
                        identityAssignments,
                        authorize,
                        tx,
                        activity),
                new ManagedIdentityTokens(
                        tx,
                        p.subscriptions(),
                        p.resources(),
                        p.identityEndpointGrants(),
                        authorize,
                        settings.secrets(),
                        p.clock()));
    }

    private static MoveUseCases move(
            Ports p,
            Transactions tx,
            ActivityRecorder activity,
            Settings settings,
            AccessUseCases access,
            ResourceUseCases resource,
            SubscriptionUseCases subscription) {
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
        return new MoveUseCases(
                preview,
                new PlanDirectoryChange(
                        tx,
                        preview,
                        p.subscriptions(),
                        p.resources(),
                        p.directoryUsers(),
                        p.appRegistrations(),
                        p.groups(),
                        p.clock()),
                new ProposeMapping(tx, p.directories(), p.directoryUsers(), p.appRegistrations(), p.groups()),
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
                new ReadDirectoryLinkRequests(tx, p.directoryLinkRequests(), p.microsoftAccounts()),
                new RestoreAfterDirectoryChange(
                        tx,
                        access.authorize(),
                        p.subscriptions(),
                        p.resources(),
                        p.roleDefinitions(),
                        access.createCustomRole(),
                        access.createRoleAssignment(),
                        resource.putResource(),
                        subscription.addCoAdministrator(),
                        p.directoryUsers(),
                        activity),
                new CompareAccess(
                        tx,
                        access.authorize(),
                        p.subscriptions(),
                        p.roleAssignments(),
                        p.resources(),
                        p.coAdministrators(),
                        p.directoryUsers()));
    }

    private static SupportUseCases support(Ports p, Transactions tx, ActivityRecorder activity, Authorize authorize) {
        return new SupportUseCases(
                new OpenSupportRequest(p.supportRequests(), authorize, tx, p.clock(), p.ids(), activity),
                new ListSupportRequests(p.supportRequests()));
    }
}
