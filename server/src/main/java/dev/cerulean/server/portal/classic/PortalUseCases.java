package dev.cerulean.server.portal.classic;

import dev.cerulean.core.UseCases;
import dev.cerulean.core.access.ActivityLogOf;
import dev.cerulean.core.access.AzurePortalSubscriptions;
import dev.cerulean.core.access.ClassicAdministratorsOf;
import dev.cerulean.core.access.CreateRoleAssignment;
import dev.cerulean.core.access.DeleteRoleAssignment;
import dev.cerulean.core.access.ListRoleAssignments;
import dev.cerulean.core.access.ReadRoleDefinitions;
import dev.cerulean.core.directory.CreateDirectory;
import dev.cerulean.core.directory.DirectoriesOfAccount;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.core.directory.group.ReadGroups;
import dev.cerulean.core.move.ChangeDirectory;
import dev.cerulean.core.move.ConfirmDirectoryLink;
import dev.cerulean.core.move.PlanDirectoryChange;
import dev.cerulean.core.move.PreviewDirectoryChange;
import dev.cerulean.core.move.ReadDirectoryLinkRequests;
import dev.cerulean.core.move.RequestDirectoryLink;
import dev.cerulean.core.resource.CreateOrUpdateResourceGroup;
import dev.cerulean.core.resource.DeleteResourceGroup;
import dev.cerulean.core.resource.ReadResourceGroups;
import dev.cerulean.core.resource.ReadResources;
import dev.cerulean.core.signin.SetDefaultDirectory;
import dev.cerulean.core.subscription.AddCoAdministrator;
import dev.cerulean.core.subscription.ChangeServiceAdministrator;
import dev.cerulean.core.subscription.ClassicPortalSubscriptions;
import dev.cerulean.core.subscription.ReadSubscriptions;
import dev.cerulean.core.subscription.RemoveCoAdministrator;
import dev.cerulean.core.support.ListSupportRequests;
import dev.cerulean.core.support.OpenSupportRequest;

/** The use cases the portals call, picked from the ones the composition root built once. */
public record PortalUseCases(
        PortalSettings settings,
        ReadDirectories directories,
        ReadSubscriptions subscriptions,
        ReadRoleDefinitions roleDefinitions,
        ReadDirectoryLinkRequests linkRequests,
        DirectoriesOfAccount directoriesOfAccount,
        CreateDirectory createDirectory,
        RequestDirectoryLink requestLink,
        ConfirmDirectoryLink confirmLink,
        ClassicPortalSubscriptions classicSubscriptions,
        AzurePortalSubscriptions azureSubscriptions,
        PreviewDirectoryChange previewChange,
        PlanDirectoryChange planChange,
        ChangeDirectory changeDirectory,
        AddCoAdministrator addCoAdministrator,
        RemoveCoAdministrator removeCoAdministrator,
        ChangeServiceAdministrator changeServiceAdministrator,
        OpenSupportRequest openSupportRequest,
        ListSupportRequests listSupportRequests,
        ListRoleAssignments listRoleAssignments,
        CreateRoleAssignment createRoleAssignment,
        DeleteRoleAssignment deleteRoleAssignment,
        ClassicAdministratorsOf classicAdministrators,
        ReadGroups groups,
        ReadResources resources,
        ReadResourceGroups resourceGroups,
        CreateOrUpdateResourceGroup createResourceGroup,
        DeleteResourceGroup deleteResourceGroup,
        ActivityLogOf activityLog,
        EntraUseCases entra,
        SetDefaultDirectory defaultDirectory) {

    public static PortalUseCases of(UseCases uses, PortalSettings settings) {
        var directory = uses.directory();
        var subscription = uses.subscription();
        var move = uses.move();
        return new PortalUseCases(
                settings,
                directory.read(),
                subscription.read(),
                uses.access().roleDefinitions(),
                move.linkRequests(),
                directory.directoriesOfAccount(),
                directory.createDirectory(),
                move.requestDirectoryLink(),
                move.confirmDirectoryLink(),
                subscription.classicPortalSubscriptions(),
                uses.access().azurePortalSubscriptions(),
                move.previewDirectoryChange(),
                move.planDirectoryChange(),
                move.changeDirectory(),
                subscription.addCoAdministrator(),
                subscription.removeCoAdministrator(),
                subscription.changeServiceAdministrator(),
                uses.support().openSupportRequest(),
                uses.support().listSupportRequests(),
                uses.access().listRoleAssignments(),
                uses.access().createRoleAssignment(),
                uses.access().deleteRoleAssignment(),
                uses.access().classicAdministrators(),
                uses.groups().read(),
                uses.resource().resources(),
                uses.resource().resourceGroups(),
                uses.resource().createOrUpdateResourceGroup(),
                uses.resource().deleteResourceGroup(),
                uses.access().activityLog(),
                EntraUseCases.of(uses),
                uses.signIn().setDefaultDirectory());
    }
}
