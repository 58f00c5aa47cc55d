package dev.cerulean.server.portal.azure;

import dev.cerulean.server.page.Pager;
import java.util.List;

/** The view records of Access control (IAM), as its templates render them. */
public final class AccessViews {
    private AccessViews() {}

    /** A choice of a select or a radio group: its value, its label, whether it is chosen. */
    public record Option(String value, String label, boolean selected) {}

    /**
     * One role assignment: who ({@code detail} is the sign-in name or app id), its kind, the role,
     * where; {@code inherited} when it is given above this scope (it cannot be removed here).
     */
    public record Assignment(
            String id, String principal, String detail, String type, String role, String scope, boolean inherited) {}

    /**
     * The role assignments tab with its filters (role and principal type); {@code base} is the IAM
     * path of the scope, {@code group} the resource group's name (null at the subscription).
     */
    public record Assignments(
            String subscriptionId,
            String subscriptionName,
            String base,
            String group,
            List<Assignment> assignments,
            List<Option> roles,
            List<Option> types,
            boolean filtered,
            dev.cerulean.server.page.Pager pager) {}

    /** A role to pick: its name, what it allows, and whether it is built in. */
    public record Role(String id, String name, String description, boolean builtIn, boolean selected) {}

    /**
     * Add role assignment: step {@code step} (1 role, 2 members, 3 review + assign) with what is
     * chosen so far; {@code assignment} is the id the assignment will get, so that sending the
     * form twice assigns once.
     */
    public record Add(
            String subscriptionId,
            String subscriptionName,
            String base,
            String scopeName,
            int step,
            List<Role> roles,
            String role,
            String roleName,
            List<Option> types,
            String type,
            List<Option> members,
            String search,
            String searchLabel,
            int membersTotal,
            String member,
            String memberName,
            String assignment) {}

    /** A classic administrator and its roles as people read them. */
    public record ClassicAdministrator(String email, String roles) {}

    /** A role of the Roles tab with what it allows ({@code actions}) and what it then excludes. */
    public record RoleRow(
            String name, String type, String description, List<String> actions, List<String> notActions) {}

    public record Roles(
            String subscriptionId, String subscriptionName, String base, String group, List<RoleRow> roles) {}

    /**
     * Check access: a member of a kind, and when one is chosen ({@code member} not empty) the role
     * assignments that give it access here, directly or through a group.
     */
    public record CheckAccess(
            String subscriptionId,
            String subscriptionName,
            String base,
            String group,
            List<Option> types,
            String type,
            List<Option> members,
            String search,
            String searchLabel,
            int membersTotal,
            String member,
            String memberName,
            List<Assignment> assignments) {}

    /** A resource group of the subscription's list. */
    public record Group(String name, String location) {}

    /**
     * A page of the list, searched by the start of the name, with the create form ({@code name} and
     * {@code location} as typed, for another try).
     */
    public record Groups(
            String subscriptionId,
            String subscriptionName,
            List<Group> groups,
            Pager pager,
            String search,
            List<Option> locations,
            String name) {}

    /** A resource of a group: its name, type and location. */
    /** One resource of a group; {@code iam} is its Access control (IAM) page. */
    public record Resource(String name, String type, String location, String iam) {}

    /** A resource group's overview: a page of its resources, searched by the start of the name, and the delete form. */
    public record GroupOverview(
            String subscriptionId,
            String subscriptionName,
            String group,
            String location,
            List<Resource> resources,
            Pager pager,
            String search) {}

    public record ClassicAdministrators(
            String subscriptionId, String subscriptionName, List<ClassicAdministrator> administrators, String email) {}
}
