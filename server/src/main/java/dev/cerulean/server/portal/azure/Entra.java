package dev.cerulean.server.portal.azure;

import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.page.Pager;
import dev.cerulean.server.portal.classic.PortalGate;
import dev.cerulean.server.portal.classic.PortalHandler;
import dev.cerulean.server.portal.classic.PortalUseCases;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.Optional;

/** What the Microsoft Entra ID pages share: their paths, form reading, statuses of refusals and names of members. */
final class Entra {
    static final String HOME = "/portal/entra",
            USERS = HOME + "/users",
            GROUPS = HOME + "/groups",
            APPS = HOME + "/apps",
            ROLES = HOME + "/roles";
    static final int PAGE = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ",
            LOWER = "abcdefghijkmnopqrstuvwxyz",
            DIGITS = "23456789";

    private Entra() {}

    static String form(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }

    /** A refusal's status, from the kind of its rule (as every protocol derives it). */
    static int status(Outcome.Rejected<?> r) {
        return switch (r.code().kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case DENIED, UNAUTHENTICATED -> 403;
            case THROTTLED -> 429;
            default -> 409;
        };
    }

    /**
     * A temporary password as the portal's Reset password makes one: Azure-style (three letters and
     * five digits, then a symbol and two letters), so it meets the directory's complexity rule.
     */
    static String temporaryPassword() {
        StringBuilder b = new StringBuilder();
        b.append(pick(UPPER)).append(pick(LOWER)).append(pick(LOWER));
        for (int i = 0; i < 5; i++) b.append(pick(DIGITS));
        b.append('-').append(pick(UPPER)).append(pick(LOWER)).append(pick(LOWER));
        return b.toString();
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }

    /** A user of the directory by object id or user principal name, as a search box or a member field names it. */
    static Optional<DirectoryUser> user(PortalUseCases uses, DirectoryId directory, String key) {
        if (key == null || key.isBlank()) return Optional.empty();
        if (Guid.parse(key).isPresent()) return uses.directories().user(directory, ObjectId.of(key));
        return uses.directories().userByPrincipalName(directory, key);
    }

    /** A member to add: a user by sign-in name or object id, else a service principal or group by object id. */
    static Optional<EntraViews.Member> principal(PortalUseCases uses, DirectoryId directory, String key, Messages m) {
        Optional<EntraViews.Member> asUser = user(uses, directory, key)
                .map(u -> new EntraViews.Member(u.id().toString(), u.displayName(), m.get("portal.entra.kind.user")));
        if (asUser.isPresent() || Guid.parse(key).isEmpty()) return asUser;
        ObjectId id = ObjectId.of(key);
        return uses.directories()
                .servicePrincipal(directory, id)
                .map(a -> new EntraViews.Member(key, a.displayName(), m.get("portal.entra.kind.servicePrincipal")))
                .or(() -> uses.groups()
                        .group(directory, id)
                        .map(g -> new EntraViews.Member(key, g.displayName(), m.get("portal.entra.kind.group"))));
    }

    /** An object of the directory named for a member list: a user, a group or a service principal. */
    static EntraViews.Member describe(PortalUseCases uses, DirectoryId directory, ObjectId id, Messages m) {
        return uses.directories()
                .user(directory, id)
                .map(u -> new EntraViews.Member(
                        id.toString(),
                        u.displayName() + " (" + u.userPrincipalName() + ")",
                        m.get("portal.entra.kind.user")))
                .or(() -> uses.directories()
                        .servicePrincipal(directory, id)
                        .map(a -> new EntraViews.Member(
                                id.toString(), a.displayName(), m.get("portal.entra.kind.servicePrincipal"))))
                .or(() -> uses.groups()
                        .group(directory, id)
                        .map(g -> new EntraViews.Member(
                                id.toString(), g.displayName(), m.get("portal.entra.kind.group"))))
                .orElse(new EntraViews.Member(id.toString(), id.toString(), ""));
    }

    /** The page of a list starting at {@code offset}, with links that keep {@code query} (the shared pager). */
    static Pager paging(String path, String query, int offset, int shown, int total) {
        return Pager.keeping(path, query, offset, shown, total, PAGE);
    }

    static int offset(Context ctx) {
        return Pager.offset(ctx);
    }

    /**
     * The Entra pages' door: they work in the directory the person is signed in through, so a
     * session without one gets the overview saying so (404) instead of running the page.
     */
    record Gate(PortalGate gate, AzureLayout layout) {
        void get(RoutesConfig routes, String path, PortalHandler handler) {
            gate.get(routes, path, inDirectory(handler));
        }

        void post(RoutesConfig routes, String path, PortalHandler handler) {
            gate.post(routes, path, inDirectory(handler));
        }

        private PortalHandler inDirectory(PortalHandler handler) {
            return (ctx, caller, m) -> {
                if (caller.directory() != null) {
                    handler.handle(ctx, caller, m);
                    return;
                }
                var frame = layout.frame(ctx, caller, m, m.get("portal.entra"), AzureFrame.ENTRA, HOME)
                        .with(Notice.error(m.get("portal.entra.noDirectory")));
                layout.write(ctx, 404, "azure/entraOverview.jte", frame, null);
            };
        }
    }
}
