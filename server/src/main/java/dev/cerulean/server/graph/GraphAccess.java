package dev.cerulean.server.graph;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.ReadDirectories;
import dev.cerulean.server.http.BearerAuthentication;
import dev.cerulean.server.http.BearerAuthentication.Audience;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the bearer token (Graph audience) gives the caller and its tenant; the tenant's
 * directory is the only one the caller can see. Runs inside the request's transaction.
 */
final class GraphAccess {
    private final BearerAuthentication authentication;
    private final ReadDirectories directories;

    GraphAccess(BearerAuthentication authentication, ReadDirectories directories) {
        this.authentication = authentication;
        this.directories = directories;
    }

    GraphCaller authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) throw GraphException.unauthenticated("Access token is empty.");
        BearerAuthentication.Result result;
        try {
            result = authentication.authenticate(header, Audience.GRAPH);
        } catch (RuntimeException e) {
            throw GraphException.unauthenticated("Access token validation failure.");
        }
        if (result instanceof BearerAuthentication.Refused refused) {
            throw GraphException.unauthenticated(
                    refused.message() == null || refused.message().isBlank()
                            ? "Access token validation failure."
                            : refused.message());
        }
        BearerAuthentication.Authenticated ok = (BearerAuthentication.Authenticated) result;
        Caller caller = ok.caller();
        if (caller == null
                || caller.directory() == null
                || directories.byId(caller.directory()).isEmpty()) {
            throw GraphException.unauthenticated("Access token validation failure: unknown tenant.");
        }
        return standing(caller, ok.roles() == null ? Set.of() : Set.copyOf(ok.roles()));
    }

    private GraphCaller standing(Caller caller, Set<String> tokenRoles) {
        var directory = caller.directory();
        if (caller.identity() instanceof Identity.App app) {
            Optional<AppRegistration> registration = app.directory().equals(directory)
                    ? directories.servicePrincipal(directory, app.servicePrincipal())
                    : Optional.empty();
            if (registration.isEmpty()) return outsider(caller);
            // An application acts with the roles its token carries and its registration still holds.
            Set<String> held = new HashSet<>(tokenRoles);
            held.retainAll(registration.get().graphAppRoles());
            return new GraphCaller(caller, directory, GraphCaller.Standing.APP, null, Set.copyOf(held), false);
        }
        Optional<DirectoryUser> self = directories.actingUser(caller, directory);
        if (self.isEmpty()) return outsider(caller);
        boolean anyRole = !directories.rolesOf(directory, self.get().id()).isEmpty();
        GraphCaller.Standing standing = self.get().type() == DirectoryUser.UserType.Guest
                ? GraphCaller.Standing.GUEST
                : GraphCaller.Standing.MEMBER;
        return new GraphCaller(caller, directory, standing, self.get(), Set.of(), anyRole);
    }

    private static GraphCaller outsider(Caller caller) {
        return new GraphCaller(caller, caller.directory(), GraphCaller.Standing.OUTSIDER, null, Set.of(), false);
    }
}
