package dev.cerulean.server.portal.azure;

import dev.cerulean.core.account.Caller;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.portal.azure.SubscriptionViews.Home;
import dev.cerulean.server.portal.azure.SubscriptionViews.Row;
import dev.cerulean.server.portal.classic.PortalGate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * Home, where the portal opens: the Azure services shortcuts (Subscriptions, Resource groups,
 * Microsoft Entra ID), the directory the person works in, and its first few subscriptions there
 * (R30), as the Azure portal's home shows recent resources.
 */
final class HomePage {
    /** How many subscriptions Home lists before "See all subscriptions". */
    static final int FIRST_FEW = 5;

    private final AzureLayout layout;
    private final SubscriptionPages subscriptions;

    HomePage(AzureLayout layout, SubscriptionPages subscriptions) {
        this.layout = layout;
        this.subscriptions = subscriptions;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        gate.get(routes, AzurePortal.HOME, this::home);
    }

    private void home(Context ctx, Caller caller, Messages m) {
        var first = subscriptions.first(caller, m, FIRST_FEW);
        List<Row> rows = first.rows();
        String resourceGroups = rows.isEmpty()
                ? SubscriptionPages.LIST
                : SubscriptionPages.LIST + "/" + rows.get(0).id() + "/resourceGroups";
        var frame = layout.frame(ctx, caller, m, m.get("portal.home"), AzureFrame.HOME, AzurePortal.HOME);
        var view = new Home(resourceGroups, layout.nameOf(caller.directory()), rows, first.more());
        layout.write(ctx, 200, "azure/home.jte", frame, view);
    }
}
