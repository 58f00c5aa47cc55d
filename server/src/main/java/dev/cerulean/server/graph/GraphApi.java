package dev.cerulean.server.graph;

import dev.cerulean.core.UseCases;
import dev.cerulean.server.http.BearerAuthentication;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * Microsoft Graph v1.0, as the Graph SDK for Java calls it: organization, domains, users,
 * invitations, directory roles and role assignments, groups and memberships, applications, service
 * principals and their app role assignments, and directoryObjects/getByIds under {@code /v1.0}. Registers on whichever
 * Javalin the composition root gives it (Graph has its own port so that clients pick Graph tokens
 * for it); a Graph-only server also registers {@link GraphErrors#register} for unknown routes.
 */
public final class GraphApi {
    /** One operation: HTTP method, Javalin path, handler. */
    record Route(String method, String path, GraphRequests.GraphHandler handler) {}

    private final GraphRequests requests;
    private final List<Route> routes;
    private final Clock clock;

    /**
     * @param redeemBase the main (portal) port's base URL, where invitations are redeemed
     *                   ({@link InvitationRedemptionPage})
     */
    public GraphApi(UseCases uses, BearerAuthentication authentication, URI redeemBase) {
        this(uses, authentication, host -> redeemBase);
    }

    /**
     * @param redeemBase the main (portal) port's base URL for the host name the Graph request was
     *                   addressed to; asked per invitation, because the main port may be chosen
     *                   only when the server starts (port 0)
     */
    public GraphApi(UseCases uses, BearerAuthentication authentication, Function<String, URI> redeemBase) {
        this.clock = uses.clock();
        var directory = uses.directory();
        var read = directory.read();
        this.requests = new GraphRequests(new GraphAccess(authentication, read), uses.transactions(), uses.clock());
        var assign = directory.assignDirectoryRole();
        var remove = directory.removeDirectoryRole();
        var organization = new OrganizationEndpoint(requests, read);
        var users = new UsersEndpoint(
                requests,
                read,
                directory.addWorkAccount(),
                directory.updateDirectoryUser(),
                directory.deleteDirectoryUser());
        var invitations = new InvitationsEndpoint(requests, directory.inviteGuest(), uses.ids(), redeemBase);
        var objects = new DirectoryObjectJson(read, uses.groups().read());
        var directoryRoles = new DirectoryRolesEndpoint(requests, read, assign, remove, objects);
        var assignments = new RoleAssignmentsEndpoint(requests, read, assign, remove);
        var groups = new GroupsEndpoint(requests, read, uses.groups(), objects);
        var memberOf = new MemberOfEndpoint(requests, read, uses.groups().read(), users, groups);
        var applications = new ApplicationsEndpoint(
                requests, read, directory.registerApp(), directory.changeApplication(), directory.addClientSecret());
        var servicePrincipals = new ServicePrincipalsEndpoint(
                requests, read, directory.servicePrincipals(), directory.grantGraphAppRole());
        var directoryObjects = new DirectoryObjectsEndpoint(requests, read, objects);
        String roleByTemplate = "/v1.0/directoryRoles(roleTemplateId='{template}')";
        String application = "/v1.0/applications/{application}";
        String servicePrincipal = "/v1.0/servicePrincipals/{servicePrincipal}";
        this.routes = List.of(
                new Route("GET", "/v1.0/organization", organization::list),
                new Route("GET", "/v1.0/organization/{organization}", organization::get),
                new Route("GET", "/v1.0/domains", organization::domains),
                new Route("GET", "/v1.0/domains/{domain}", organization::domain),
                new Route("GET", "/v1.0/users", users::list),
                new Route("POST", "/v1.0/users", users::create),
                new Route("GET", "/v1.0/users/{user}", users::get),
                new Route("PATCH", "/v1.0/users/{user}", users::update),
                new Route("DELETE", "/v1.0/users/{user}", users::delete),
                new Route("GET", "/v1.0/me", users::me),
                new Route("POST", "/v1.0/invitations", invitations::create),
                new Route("GET", "/v1.0/directoryRoles", directoryRoles::list),
                new Route("GET", "/v1.0/directoryRoles/{role}", directoryRoles::get),
                new Route("GET", "/v1.0/directoryRoles/{role}/members", directoryRoles::members),
                new Route("POST", "/v1.0/directoryRoles/{role}/members/$ref", directoryRoles::addMember),
                new Route("DELETE", "/v1.0/directoryRoles/{role}/members/{member}/$ref", directoryRoles::removeMember),
                new Route("GET", roleByTemplate, directoryRoles::get),
                new Route("GET", roleByTemplate + "/members", directoryRoles::members),
                new Route("GET", "/v1.0/roleManagement/directory/roleAssignments", assignments::list),
                new Route("POST", "/v1.0/roleManagement/directory/roleAssignments", assignments::create),
                new Route("GET", "/v1.0/roleManagement/directory/roleAssignments/{assignment}", assignments::get),
                new Route("DELETE", "/v1.0/roleManagement/directory/roleAssignments/{assignment}", assignments::delete),
                new Route("GET", "/v1.0/groups", groups::list),
                new Route("POST", "/v1.0/groups", groups::create),
                new Route("GET", "/v1.0/groups/{group}", groups::get),
                new Route("PATCH", "/v1.0/groups/{group}", groups::update),
                new Route("DELETE", "/v1.0/groups/{group}", groups::delete),
                new Route("GET", "/v1.0/groups/{group}/members", groups::members),
                new Route("POST", "/v1.0/groups/{group}/members/$ref", groups::addMember),
                new Route("DELETE", "/v1.0/groups/{group}/members/{member}/$ref", groups::removeMember),
                new Route("GET", "/v1.0/groups/{group}/transitiveMembers", groups::transitiveMembers),
                new Route("GET", "/v1.0/groups/{group}/owners", groups::owners),
                new Route("POST", "/v1.0/groups/{group}/owners/$ref", groups::addOwner),
                new Route("DELETE", "/v1.0/groups/{group}/owners/{owner}/$ref", groups::removeOwner),
                new Route("GET", "/v1.0/groups/{group}/memberOf", memberOf::memberOf),
                new Route("GET", "/v1.0/groups/{group}/transitiveMemberOf", memberOf::transitiveMemberOf),
                new Route("POST", "/v1.0/groups/{group}/checkMemberGroups", memberOf::checkMemberGroups),
                new Route("POST", "/v1.0/groups/{group}/getMemberGroups", memberOf::getMemberGroups),
                new Route("POST", "/v1.0/groups/{group}/getMemberObjects", memberOf::getMemberObjects),
                new Route("GET", "/v1.0/users/{user}/memberOf", memberOf::memberOf),
                new Route("GET", "/v1.0/users/{user}/transitiveMemberOf", memberOf::transitiveMemberOf),
                new Route("POST", "/v1.0/users/{user}/checkMemberGroups", memberOf::checkMemberGroups),
                new Route("POST", "/v1.0/users/{user}/getMemberGroups", memberOf::getMemberGroups),
                new Route("POST", "/v1.0/users/{user}/getMemberObjects", memberOf::getMemberObjects),
                new Route("GET", "/v1.0/me/memberOf", memberOf::memberOf),
                new Route("GET", "/v1.0/me/transitiveMemberOf", memberOf::transitiveMemberOf),
                new Route("POST", "/v1.0/me/checkMemberGroups", memberOf::checkMemberGroups),
                new Route("POST", "/v1.0/me/getMemberGroups", memberOf::getMemberGroups),
                new Route("POST", "/v1.0/me/getMemberObjects", memberOf::getMemberObjects),
                new Route("GET", "/v1.0/applications", applications::list),
                new Route("POST", "/v1.0/applications", applications::create),
                new Route("GET", application, applications::get),
                new Route("PATCH", application, applications::update),
                new Route("DELETE", application, applications::delete),
                new Route("POST", application + "/addPassword", applications::addPassword),
                new Route("POST", application + "/removePassword", applications::removePassword),
                new Route("GET", application + "/owners", applications::owners),
                new Route("POST", application + "/owners/$ref", applications::addOwner),
                new Route("DELETE", application + "/owners/{owner}/$ref", applications::removeOwner),
                new Route("GET", "/v1.0/servicePrincipals", servicePrincipals::list),
                new Route("POST", "/v1.0/servicePrincipals", servicePrincipals::create),
                new Route("GET", servicePrincipal, servicePrincipals::get),
                new Route("DELETE", servicePrincipal, servicePrincipals::delete),
                new Route("GET", servicePrincipal + "/appRoleAssignments", servicePrincipals::assignments),
                new Route("POST", servicePrincipal + "/appRoleAssignments", servicePrincipals::assign),
                new Route("DELETE", servicePrincipal + "/appRoleAssignments/{assignment}", servicePrincipals::unassign),
                new Route("POST", "/v1.0/directoryObjects/getByIds", directoryObjects::getByIds));
    }

    /** Every operation this API serves as "METHOD path" (the compatibility page lists the same). */
    public List<String> operations() {
        return routes.stream().map(r -> r.method() + " " + r.path()).toList();
    }

    public void register(RoutesConfig config) {
        for (Route route : routes) {
            var handler = requests.handler(route.handler());
            switch (route.method()) {
                case "GET" -> config.get(route.path(), handler);
                case "POST" -> config.post(route.path(), handler);
                case "PATCH" -> config.patch(route.path(), handler);
                case "DELETE" -> config.delete(route.path(), handler);
                default -> throw new IllegalStateException("no such method " + route.method());
            }
        }
    }

    /**
     * Everything a Graph-only server needs: the routes, Graph-shaped answers for unknown routes and
     * failures, and for requests Jetty refuses before routing.
     */
    /** Graph's answer to requests Jetty refuses before routing, for a server that serves Graph beside other APIs. */
    public org.eclipse.jetty.server.handler.ErrorHandler framingErrors() {
        return new GraphFramingErrors(clock);
    }

    public void configure(JavalinConfig config) {
        register(config.routes);
        GraphErrors.register(config.routes, clock);
        config.jetty.modifyServer(server -> server.setErrorHandler(new GraphFramingErrors(clock)));
    }
}
