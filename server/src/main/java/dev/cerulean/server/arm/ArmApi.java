package dev.cerulean.server.arm;

import dev.cerulean.core.UseCases;
import dev.cerulean.server.http.BearerAuthentication;
import io.javalin.config.JavalinConfig;

/**
 * Azure Resource Manager on Cerulean: builds every ARM endpoint with the use cases it is handed,
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
    private final MovePlanEndpoint movePlan;
    private final LocationsEndpoint locations;
    private final ProvidersEndpoint providers;
    private final ResourcesEndpoint resources;
    private final TrackedResourcesEndpoint tracked;

    public ArmApi(UseCases uses, BearerAuthentication bearer, ArmSettings settings) {
        var access = uses.access();
        var move = uses.move();
        authentication =
                new ArmAuthentication(bearer, settings, uses.subscription().read());
        metadata = new MetadataEndpoint(settings);
        subscriptions = new SubscriptionsEndpoint(access.authorize(), access.subscriptionsWithAnyRole());
        tenants = new TenantsEndpoint(uses.directory().read(), uses.directory().directoriesOfAccount());
        classicAdministrators = new ClassicAdministratorsEndpoint(access.classicAdministrators());
        roleDefinitions = new RoleDefinitionsEndpoint(
                access.roleDefinitions(), access.createCustomRole(), access.deleteCustomRole());
        roleAssignments = new RoleAssignmentsEndpoint(
                access.createRoleAssignment(), access.deleteRoleAssignment(), access.listRoleAssignments());
        permissions = new PermissionsEndpoint(access.effectivePermissions());
        resourceGroups = new ResourceGroupsEndpoint(
                uses.resource().resourceGroups(),
                uses.resource().createOrUpdateResourceGroup(),
                uses.resource().deleteResourceGroup());
        changeTenant = new ChangeTenantEndpoint(
                access.authorize(),
                move.requestDirectoryChange(),
                move.acceptDirectoryChange(),
                move.cancelDirectoryChange(),
                move.directoryChangeStatus());
        movePlan = new MovePlanEndpoint(
                move.planDirectoryChange(), move.restoreAfterDirectoryChange(), move.compareAccess());
        locations = new LocationsEndpoint(access.authorize());
        providers = new ProvidersEndpoint(access.authorize());
        resources = new ResourcesEndpoint(uses.resource().resources());
        tracked = new TrackedResourcesEndpoint(
                uses.resource().resources(),
                uses.resource().putResource(),
                uses.resource().deleteResource());
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
        movePlan.register(routes, authentication);
        locations.register(routes, authentication);
        providers.register(routes, authentication);
        resources.register(routes, authentication);
        tracked.register(routes, authentication);
    }
}
