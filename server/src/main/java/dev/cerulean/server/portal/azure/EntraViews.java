package dev.cerulean.server.portal.azure;

import dev.cerulean.server.page.Pager;
import java.util.List;

/** What the Microsoft Entra ID pages show, read through the core's use cases by the Entra page classes. */
public final class EntraViews {
    private EntraViews() {}

    /** The current directory: its ids, domains, what kind of tenant it is, and how many users and groups it has. */
    public record Overview(
            String tenantId,
            String name,
            String initialDomain,
            List<String> customDomains,
            String type,
            boolean office365,
            int users,
            int groups) {}

    public record UserRow(String id, String displayName, String userPrincipalName, String type, boolean enabled) {}

    /**
     * Users: one page of them, the search, and the New user and Invite forms (the values typed kept
     * after a refusal).
     */
    public record Users(
            List<UserRow> users,
            Pager paging,
            String search,
            boolean searched,
            List<AccessViews.Option> domains,
            String displayName,
            String userName,
            String inviteEmail) {}

    /** One user, with the directory roles it holds; {@code newPassword} is shown once, after a reset. */
    public record User(
            String id,
            String displayName,
            String userPrincipalName,
            String type,
            String source,
            boolean enabled,
            boolean homedHere,
            boolean invitationPending,
            List<String> roles,
            String newPassword) {}

    public record GroupRow(String id, String displayName, String description) {}

    public record Groups(List<GroupRow> groups, Pager paging, String search, String displayName, String description) {}

    /** A member of a group or a directory role: its object id, name and kind (user, group, service principal). */
    public record Member(String id, String name, String kind) {}

    public record Group(
            String id, String displayName, String description, List<Member> members, Pager paging, String member) {}

    public record AppRow(String objectId, String clientId, String displayName, int secrets) {}

    public record Apps(List<AppRow> apps, Pager paging, String displayName) {}

    public record Secret(String keyId, String hint, String expires) {}

    /**
     * An app registration's Certificates &amp; secrets; {@code newValue} is the value of the secret
     * just added, shown this once (afterwards only its hint remains).
     */
    public record App(
            String objectId,
            String clientId,
            String displayName,
            String servicePrincipal,
            List<Secret> secrets,
            List<AccessViews.Option> lifetimes,
            String newKeyId,
            String newValue) {}

    public record RoleRow(String key, String name, int members) {}

    public record Role(String key, String name, List<Member> members, Pager paging, String principal) {}
}
