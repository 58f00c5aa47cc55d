package dev.cerulean.server.arm;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.CreateCustomRole;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.access.DeleteCustomRole;
import dev.cerulean.core.access.DeleteRoleAssignment;
import dev.cerulean.core.access.ListRoleAssignments;
import dev.cerulean.core.access.ListSubscriptionsWithAnyRole;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.directory.DirectoriesOfAccount;
import dev.cerulean.core.move.AcceptDirectoryChange;
import dev.cerulean.core.move.CancelDirectoryChange;
import dev.cerulean.core.move.ChangeDirectory;
import dev.cerulean.core.move.DirectoryChangeStatus;
import dev.cerulean.core.move.PreviewDirectoryChange;
import dev.cerulean.core.move.RequestDirectoryChange;
import dev.cerulean.core.resource.CreateOrUpdateResourceGroup;
import dev.cerulean.core.resource.DeleteResourceGroup;
import dev.cerulean.server.http.BearerAuthentication;
import io.javalin.config.JavalinConfig;

/**
 * Azure Resource Manager on Cerulean: builds every ARM endpoint with its use cases from the ports,
 * and registers them. ARM matches path segments whatever their case and tolerates doubled
 * slashes (the SDKs join "/{scope}" with ids that start with "/"), so the router is set so too.
 */
public final class ArmApi {
    private final ArmAuthentication authentication;
    private final MetadataEndpoint metadata;
    private final SubscriptionsEndpoint subscriptions;
    private final TenantsEndpoint tenants;
    private final ClassicAdministratorsEndpoint classicAdministrators;
    private final RoleDefinitionsEndpoint roleDefinitions;
    private final RoleAssignmentsEndpoint roleAssignments;
    private final PermissionsEndpoint permissions;
    private final ResourceGroupsEndpoint resourceGroups;
    private final ChangeTenantEndpoint changeTenant;

    public ArmApi(Ports p, BearerAuthentication bearer, ArmSettings settings) {
        var tx = p.transactions();
        var activity = new ActivityRecorder(p.activityLog(), p.clock(), p.ids());
        var authorize = new Authorize(p.subscriptions(), p.coAdministrators(), p.roleAssignments(), p.roleDefinitions());
        authentication = new ArmAuthentication(bearer, settings, p.subscriptions());
        metadata = new MetadataEndpoint(settings);
        subscriptions = new SubscriptionsEndpoint(tx, authorize, new ListSubscriptionsWithAnyRole(tx, p.subscriptions(), authorize));
        tenants = new TenantsEndpoint(tx, p.directories(), new DirectoriesOfAccount(tx, p.directories(), p.directoryUsers()));
        classicAdministrators = new ClassicAdministratorsEndpoint(tx, authorize, p.coAdministrators());
        roleDefinitions = new RoleDefinitionsEndpoint(tx, p.roleDefinitions(),
                new CreateCustomRole(tx, authorize, p.subscriptions(), p.roleDefinitions(), activity, p.ids()),
                new DeleteCustomRole(tx, authorize, p.subscriptions(), p.roleDefinitions(), p.roleAssignments(), activity));
        roleAssignments = new RoleAssignmentsEndpoint(
                new CreateRoleAssignment(tx, authorize, p.subscriptions(), p.resourceGroups(), p.resources(),
                        p.roleDefinitions(), p.roleAssignments(), p.directoryUsers(), p.appRegistrations(), activity, p.clock()),
                new DeleteRoleAssignment(tx, authorize, p.subscriptions(), p.roleAssignments(), activity),
                new ListRoleAssignments(tx, authorize, p.subscriptions(), p.roleAssignments()));
        permissions = new PermissionsEndpoint(tx, authorize, p.roleAssignments(), p.roleDefinitions());
        resourceGroups = new ResourceGroupsEndpoint(tx, authorize, p.resourceGroups(),
                new CreateOrUpdateResourceGroup(p.subscriptions(), p.resourceGroups(), authorize, tx, activity),
                new DeleteResourceGroup(p.subscriptions(), p.resourceGroups(), p.resources(), p.roleAssignments(),
                        authorize, tx, activity));
        var previewChange = new PreviewDirectoryChange(tx, p.subscriptions(), p.coAdministrators(), p.roleAssignments(),
                p.roleDefinitions(), p.resources(), p.directories(), p.directoryUsers());
        var changeDirectory = new ChangeDirectory(tx, p.subscriptions(), p.coAdministrators(), p.roleAssignments(),
                p.roleDefinitions(), p.resources(), p.directories(), p.directoryUsers(), p.followUpItems(), p.clock(), activity);
        changeTenant = new ChangeTenantEndpoint(authorize, p.changeTenantRequests(),
                new RequestDirectoryChange(tx, p.subscriptions(), previewChange, p.changeTenantRequests(), p.clock(), activity),
                new AcceptDirectoryChange(tx, p.subscriptions(), p.changeTenantRequests(), previewChange, changeDirectory,
                        p.clock(), activity),
                new CancelDirectoryChange(tx, p.subscriptions(), p.changeTenantRequests(), previewChange, p.clock(), activity),
                new DirectoryChangeStatus(tx, p.changeTenantRequests()));
    }

    /** Sets ARM's routing rules and registers every ARM route and its error translation. */
    public void register(JavalinConfig config) {
        config.router.caseInsensitiveRoutes = true;
        config.router.treatMultipleSlashesAsSingleSlash = true;
        var routes = config.routes;
        routes.exception(ArmFailure.class, (e, ctx) -> ArmErrors.write(ctx, e));
        metadata.register(routes);
        subscriptions.register(routes, authentication);
        tenants.register(routes, authentication);
        classicAdministrators.register(routes, authentication);
        roleDefinitions.register(routes, authentication);
        roleAssignments.register(routes, authentication);
        permissions.register(routes, authentication);
        resourceGroups.register(routes, authentication);
        changeTenant.register(routes, authentication);
    }
}
