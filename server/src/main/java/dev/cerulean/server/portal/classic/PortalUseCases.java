package dev.cerulean.server.portal.classic;

import dev.cerulean.core.Ports;
import dev.cerulean.core.access.Authorize;
import dev.cerulean.core.access.AzurePortalSubscriptions;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.directory.CreateDirectory;
import dev.cerulean.core.directory.DirectoriesOfAccount;
import dev.cerulean.core.move.ChangeDirectory;
import dev.cerulean.core.move.ConfirmDirectoryLink;
import dev.cerulean.core.move.PreviewDirectoryChange;
import dev.cerulean.core.move.RequestDirectoryLink;
import dev.cerulean.core.subscription.AddCoAdministrator;
import dev.cerulean.core.subscription.ChangeServiceAdministrator;
import dev.cerulean.core.subscription.ClassicPortalSubscriptions;
import dev.cerulean.core.subscription.RemoveCoAdministrator;
import dev.cerulean.core.support.ListSupportRequests;
import dev.cerulean.core.support.OpenSupportRequest;

/** The use cases the portals call, built once from the ports; {@code ports} only for reading names to show. */
public record PortalUseCases(Ports ports, PortalSettings settings, DirectoriesOfAccount directoriesOfAccount,
                             CreateDirectory createDirectory, RequestDirectoryLink requestLink,
                             ConfirmDirectoryLink confirmLink, ClassicPortalSubscriptions classicSubscriptions,
                             AzurePortalSubscriptions azureSubscriptions, PreviewDirectoryChange previewChange,
                             ChangeDirectory changeDirectory, AddCoAdministrator addCoAdministrator,
                             RemoveCoAdministrator removeCoAdministrator,
                             ChangeServiceAdministrator changeServiceAdministrator,
                             OpenSupportRequest openSupportRequest, ListSupportRequests listSupportRequests) {

    public static PortalUseCases of(Ports p, PortalSettings settings) {
        ActivityRecorder activity = new ActivityRecorder(p.activityLog(), p.clock(), p.ids());
        Authorize authorize = new Authorize(p.subscriptions(), p.coAdministrators(), p.roleAssignments(), p.roleDefinitions());
        return new PortalUseCases(p, settings,
                new DirectoriesOfAccount(p.transactions(), p.directories(), p.directoryUsers()),
                new CreateDirectory(p.transactions(), p.microsoftAccounts(), p.directories(), p.directoryUsers(),
                        p.directoryRoles(), p.clock(), p.ids(), activity),
                new RequestDirectoryLink(p.transactions(), p.microsoftAccounts(), p.subscriptions(), p.directoryUsers(),
                        p.directoryLinkRequests(), p.clock(), p.ids(), settings.linkRequestExpiry()),
                new ConfirmDirectoryLink(p.transactions(), p.microsoftAccounts(), p.directories(), p.directoryUsers(),
                        p.directoryRoles(), p.directoryLinkRequests(), p.subscriptions(), p.clock(), p.ids(), activity),
                new ClassicPortalSubscriptions(p.subscriptions(), p.coAdministrators()),
                new AzurePortalSubscriptions(p.subscriptions(), authorize),
                new PreviewDirectoryChange(p.transactions(), p.subscriptions(), p.coAdministrators(), p.roleAssignments(),
                        p.roleDefinitions(), p.resources(), p.directories(), p.directoryUsers()),
                new ChangeDirectory(p.transactions(), p.subscriptions(), p.coAdministrators(), p.roleAssignments(),
                        p.roleDefinitions(), p.resources(), p.directories(), p.directoryUsers(), p.followUpItems(),
                        p.clock(), activity),
                new AddCoAdministrator(p.subscriptions(), p.coAdministrators(), p.microsoftAccounts(), p.directoryUsers(),
                        p.transactions(), p.clock(), activity),
                new RemoveCoAdministrator(p.subscriptions(), p.coAdministrators(), p.transactions(), activity),
                new ChangeServiceAdministrator(p.subscriptions(), p.coAdministrators(), p.microsoftAccounts(),
                        p.directoryUsers(), p.transactions(), activity),
                new OpenSupportRequest(p.supportRequests(), authorize, p.transactions(), p.clock(), p.ids(), activity),
                new ListSupportRequests(p.supportRequests()));
    }
}
