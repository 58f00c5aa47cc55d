package dev.cerulean.server.portal.azure;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.common.RuleCode;
import dev.cerulean.core.signin.Session;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.page.Pager;
import dev.cerulean.server.portal.classic.PortalGate;
import dev.cerulean.server.portal.classic.PortalUseCases;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The Azure portal under {@code /portal}, rendered through the templates of {@code azure/}: sign-in
 * through {@code /login}, Subscriptions (R30), Directories + subscriptions (R31: a switch is a
 * silent new sign-in through that directory), each subscription's overview, Change directory and
 * Access control, Microsoft Entra ID (overview, users, groups, app registrations, roles) and
 * sign-out.
 */
public final class AzurePortal {
    /** Directories on a page of Directories + subscriptions. */
    static final int DIRECTORY_PAGE = 50;

    public static final String HOME = "/portal", SWITCH = "/portal/directory", DIRECTORIES = "/portal/directories";
    public static final String DEFAULT_DIRECTORY = "/portal/directories/default";
    public static final String STYLESHEET = "/static/cerulean-azure.css";
    private final PortalGate gate;
    private final AzureLayout layout;
    private final SubscriptionPages subscriptions;
    private final HomePage home;
    private final ChangeDirectoryPages changeDirectory;
    private final AccessControlPages access;
    private final AddRoleAssignmentPages addRoleAssignment;
    private final AccessInsightPages accessInsight;
    private final ResourceGroupPages resourceGroups;
    private final ActivityLogPage activityLog;
    private final EntraUserPages entraUsers;
    private final EntraGroupPages entraGroups;
    private final EntraAppPages entraApps;
    private final EntraRolePages entraRoles;

    public AzurePortal(PortalUseCases uses, PortalGate gate) {
        this.gate = gate;
        this.layout = new AzureLayout(uses);
        this.subscriptions = new SubscriptionPages(layout);
        this.home = new HomePage(layout, subscriptions);
        this.changeDirectory = new ChangeDirectoryPages(layout, subscriptions, gate.sessions());
        Principals principals = new Principals(uses);
        this.access = new AccessControlPages(layout, subscriptions, principals);
        this.addRoleAssignment = new AddRoleAssignmentPages(layout, access, principals);
        this.accessInsight = new AccessInsightPages(layout, access, principals);
        this.resourceGroups = new ResourceGroupPages(layout, access);
        this.activityLog = new ActivityLogPage(layout, subscriptions);
        this.entraUsers = new EntraUserPages(layout);
        this.entraGroups = new EntraGroupPages(layout);
        this.entraApps = new EntraAppPages(layout);
        this.entraRoles = new EntraRolePages(layout);
    }

    public void register(RoutesConfig routes) {
        home.register(routes, gate);
        subscriptions.register(routes, gate);
        changeDirectory.register(routes, gate);
        access.register(routes, gate);
        addRoleAssignment.register(routes, gate);
        accessInsight.register(routes, gate);
        resourceGroups.register(routes, gate);
        activityLog.register(routes, gate);
        entraUsers.register(routes, gate);
        entraGroups.register(routes, gate);
        entraApps.register(routes, gate);
        entraRoles.register(routes, gate);
        gate.get(routes, DIRECTORIES, (ctx, caller, m) -> directories(ctx, 200, caller, m, null));
        gate.post(routes, SWITCH, this::switchDirectory);
        gate.post(routes, DEFAULT_DIRECTORY, this::setDefaultDirectory);
        byte[] css = resource(STYLESHEET);
        routes.get(
                STYLESHEET,
                ctx -> ctx.contentType("text/css; charset=utf-8")
                        .header("Cache-Control", "public, max-age=3600")
                        .header("X-Content-Type-Options", "nosniff")
                        .result(css));
    }

    /** R31: a switch signs in again, silently, through the chosen directory; the list follows. */
    private void switchDirectory(Context ctx, Caller caller, Messages m) {
        Optional<DirectoryId> target =
                Optional.ofNullable(ctx.formParam("directory")).flatMap(DirectoryId::parse);
        Optional<Session> switched = target.flatMap(t -> gate.sessions().switchDirectory(ctx, t));
        if (switched.isEmpty()) {
            subscriptions.list(ctx, 400, caller, m, Notice.error(m.rule(RuleCode.DirectoryNotFound, List.of())));
            return;
        }
        Caller now = switched.get().caller();
        subscriptions.list(ctx, 200, now, m, Notice.success(m.get("portal.switched", layout.nameOf(now.directory()))));
    }

    /** R31: the directory the person's next sign-ins land in; only one it is in (the core refuses others). */
    private void setDefaultDirectory(Context ctx, Caller caller, Messages m) {
        Optional<DirectoryId> target =
                Optional.ofNullable(ctx.formParam("directory")).flatMap(DirectoryId::parse);
        if (target.isEmpty()) {
            directories(ctx, 400, caller, m, Notice.error(m.rule(RuleCode.DefaultDirectoryNotJoined, List.of(""))));
            return;
        }
        Outcome<DirectoryId> outcome = layout.uses().defaultDirectory().set(caller, target.get());
        if (outcome instanceof Outcome.Rejected<DirectoryId> r) {
            directories(ctx, 400, caller, m, Notice.error(m.rule(r.code(), r.args())));
            return;
        }
        String name = layout.nameOf(outcome.orThrow());
        directories(ctx, 200, caller, m, Notice.success(m.get("portal.directories.defaultSet", name)));
    }

    /**
     * Directories + subscriptions as a page of its own: a page of the person's directories (a
     * Microsoft account can be in a thousand), the current one marked, searched by name or domain.
     */
    private void directories(Context ctx, int status, Caller caller, Messages m, Notice notice) {
        String search = Pager.search(ctx);
        var at = Pager.readAt(
                Pager.offset(ctx),
                from -> layout.uses().directoriesOfAccount().page(caller.identity(), search, from, DIRECTORY_PAGE),
                f -> f.memberships().isEmpty());
        int offset = at.offset();
        var found = at.page();
        String here = DIRECTORIES + (search.isEmpty() ? "" : "?search=" + Pager.encode(search));
        var frame = layout.frame(ctx, caller, m, m.get("portal.directoriesPanel"), AzureFrame.DIRECTORIES, here)
                .with(notice);
        var rows = layout.choices(caller, found.memberships());
        var pager = Pager.of(DIRECTORIES, search, offset, rows.size(), found.total(), DIRECTORY_PAGE);
        layout.write(ctx, status, "azure/directories.jte", frame, new DirectoryList(rows, pager, search));
    }

    /** A page of the person's directories, and the search that chose them. */
    public record DirectoryList(List<AzureFrame.DirectoryChoice> rows, Pager pager, String search) {}

    static byte[] resource(String path) {
        try (InputStream in = AzurePortal.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
