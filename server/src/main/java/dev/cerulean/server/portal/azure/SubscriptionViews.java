package dev.cerulean.server.portal.azure;

import java.util.List;

/** The view records of the Subscriptions pages, as their templates render them. */
public final class SubscriptionViews {
    private SubscriptionViews() {}

    /** One line of the list; {@code role} is the caller's own role(s) there. */
    public record Row(String id, String name, String role, String directory, String offer, String state) {}

    /** A page of the person's subscriptions, and the search that chose them. */
    public record SubscriptionList(List<Row> rows, dev.cerulean.server.page.Pager pager, String search) {}

    /**
     * Home: the Azure services shortcuts ({@code resourceGroupsHref} leads to the first
     * subscription's resource groups, or to Subscriptions when there is none), the current
     * directory, and the first few subscriptions; {@code more} when there are others.
     */
    public record Home(String resourceGroupsHref, String directory, List<Row> rows, boolean more) {}

    /** An administrator of the overview: its email and its classic role as people read it. */
    public record Administrator(String email, String role) {}

    /** One entry of the activity log: when (UTC), what, how it ended, who, and what it says. */
    public record Event(String at, String operation, String status, String caller, String message) {}

    /** A page of a subscription's activity log, newest first. */
    public record ActivityLog(
            String subscriptionId, String subscriptionName, List<Event> events, dev.cerulean.server.page.Pager pager) {}

    public record Overview(
            String id,
            String name,
            String offer,
            String state,
            String directory,
            String directoryId,
            String role,
            List<Administrator> administrators) {}
}
