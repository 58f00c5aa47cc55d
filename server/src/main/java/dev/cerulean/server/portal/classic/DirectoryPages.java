package dev.cerulean.server.portal.classic;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.directory.CreateDirectory;
import dev.cerulean.core.directory.DirectoriesOfAccount.Membership;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.move.DirectoryLinkRequest;
import dev.cerulean.core.subscription.Subscription;
import dev.cerulean.server.page.CardMessage;
import dev.cerulean.server.page.Link;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.PageWriter;
import dev.cerulean.server.page.Pager;
import dev.cerulean.server.portal.classic.ClassicFrame.Command;
import dev.cerulean.server.portal.classic.ClassicFrame.Section;
import dev.cerulean.server.portal.classic.ClassicViews.ActiveDirectory;
import dev.cerulean.server.portal.classic.ClassicViews.AddDirectory;
import dev.cerulean.server.portal.classic.ClassicViews.Dashboard;
import dev.cerulean.server.portal.classic.ClassicViews.DashboardRow;
import dev.cerulean.server.portal.classic.ClassicViews.DirectoryRow;
import dev.cerulean.server.portal.classic.ClassicViews.Done;
import dev.cerulean.server.portal.classic.ClassicViews.NewDrawer;
import dev.cerulean.server.signin.SignInPages;
import dev.cerulean.server.signin.WebSessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 1 of the article, first half: the dashboard (ALL ITEMS), ACTIVE DIRECTORY, the NEW drawer
 * (NEW > DIRECTORY > CUSTOM CREATE) and the "Add directory" dialog, which creates a directory or,
 * with "Use existing directory", records a link request, remembers it in this browser and signs
 * the person out (R2). The Global Administrator's half is {@link LinkPages}.
 */
final class DirectoryPages {
    static final String DASHBOARD = "/classic",
            DIRECTORIES = "/classic/directories",
            NEW = "/classic/new",
            ADD = "/classic/directories/add",
            SIGNED_OUT = "/classic/signed-out",
            LINK = "/classic/link";

    /** Directories on a page of ACTIVE DIRECTORY. */
    static final int PAGE = 50;
    /** Directories, and subscriptions, ALL ITEMS shows before pointing to their own lists. */
    static final int FIRST_ITEMS = 25;

    private final PortalUseCases uses;
    private final ClassicFrame frame;
    private final WebSessions sessions;

    DirectoryPages(PortalUseCases uses, ClassicFrame frame, WebSessions sessions) {
        this.uses = uses;
        this.frame = frame;
        this.sessions = sessions;
    }

    void register(RoutesConfig routes, PortalGate gate) {
        gate.get(routes, DASHBOARD, this::dashboard);
        gate.get(routes, DIRECTORIES, this::activeDirectory);
        gate.get(routes, NEW, this::newDrawer);
        gate.get(routes, ADD, (ctx, caller, m) -> addForm(ctx, 200, caller, m, "new", List.of(), null));
        gate.post(routes, ADD, this::add);
        routes.get(SIGNED_OUT, this::signedOut);
    }

    /**
     * ALL ITEMS: the first {@value #FIRST_ITEMS} directories and subscriptions, read in the store;
     * when there are more, a link to the list that pages through them says how many.
     */
    private void dashboard(Context ctx, Caller caller, Messages m) {
        var directories = uses.directoriesOfAccount().page(caller.identity(), "", 0, FIRST_ITEMS);
        var subscriptions =
                uses.classicSubscriptions().page(caller, "", 0, FIRST_ITEMS).orThrow();
        List<DashboardRow> rows = new ArrayList<>();
        for (Membership d : directories.memberships()) {
            rows.add(new DashboardRow(
                    d.directory().displayName(),
                    DIRECTORIES,
                    m.get("classic.type.directory"),
                    m.get("classic.status.active"),
                    d.directory().initialDomain()));
        }
        for (Subscription s : subscriptions.subscriptions()) {
            rows.add(new DashboardRow(
                    s.displayName(),
                    SettingsPages.SUBSCRIPTIONS,
                    m.get("classic.type.subscription"),
                    s.state().name(),
                    s.id().toString()));
        }
        List<Link> more = new ArrayList<>();
        if (directories.total() > directories.memberships().size()) {
            more.add(new Link(
                    DIRECTORIES,
                    m.get(
                            "classic.dashboard.moreDirectories",
                            directories.memberships().size(),
                            directories.total())));
        }
        if (subscriptions.total() > subscriptions.subscriptions().size()) {
            more.add(new Link(
                    SettingsPages.SUBSCRIPTIONS,
                    m.get(
                            "classic.dashboard.moreSubscriptions",
                            subscriptions.subscriptions().size(),
                            subscriptions.total())));
        }
        var page = frame.page(ctx, m, caller, Section.ALL_ITEMS, m.get("classic.dashboard.title"));
        frame.write(ctx, 200, "classic/dashboard.jte", page, new Dashboard(rows, more));
    }

    /**
     * ACTIVE DIRECTORY: one page of the person's directories (a Microsoft account can be in a
     * thousand), read in the store, searched by directory name or initial domain. A page past the
     * end shows the first one.
     */
    private void activeDirectory(Context ctx, Caller caller, Messages m) {
        String search = Pager.search(ctx);
        var at = Pager.readAt(
                Pager.offset(ctx),
                from -> uses.directoriesOfAccount().page(caller.identity(), search, from, PAGE),
                f -> f.memberships().isEmpty());
        int offset = at.offset();
        var found = at.page();
        List<Membership> memberships = found.memberships();
        // one read of the page's memberships' roles, not one per row
        var roles = uses.directories()
                .rolesOfMembers(memberships.stream().map(d -> d.user().id()).toList());
        List<DirectoryRow> rows = new ArrayList<>();
        for (Membership d : memberships) {
            boolean global = roles.getOrDefault(d.user().id(), List.of()).contains(DirectoryRole.GlobalAdministrator);
            String role = m.get(
                            global
                                    ? "classic.role.globalAdministrator"
                                    : d.user().type() == dev.cerulean.core.directory.DirectoryUser.UserType.Guest
                                            ? "classic.role.guest"
                                            : "classic.role.user")
                    + (d.isHome() ? " (" + m.get("classic.role.home") + ")" : "");
            rows.add(new DirectoryRow(
                    d.directory().displayName(),
                    m.get("classic.status.active"),
                    role,
                    d.directory().initialDomain(),
                    d.directory().country()));
        }
        var pager = Pager.of(DIRECTORIES, search, offset, rows.size(), found.total(), PAGE);
        var page = frame.page(ctx, m, caller, Section.ACTIVE_DIRECTORY, m.get("classic.ad.title"))
                .withCommands(List.of(Command.link(m.get("classic.cmd.add"), ADD, "+")));
        frame.write(ctx, 200, "classic/activeDirectory.jte", page, new ActiveDirectory(rows, pager, search));
    }

    /** The NEW drawer: the DIRECTORY category, then CUSTOM CREATE, as links so that it needs no script. */
    private void newDrawer(Context ctx, Caller caller, Messages m) {
        boolean directory = "directory".equals(ctx.queryParam("item"));
        var page = frame.page(ctx, m, caller, Section.NONE, m.get("classic.new.title"));
        frame.write(ctx, 200, "classic/newDrawer.jte", page, new NewDrawer(directory));
    }

    private void addForm(
            Context ctx,
            int status,
            Caller caller,
            Messages m,
            String choice,
            List<ClassicNotice> notices,
            String[] typed) {
        String name = typed == null ? "" : typed[0], domain = typed == null ? "" : typed[1];
        String country = typed == null ? "" : typed[2];
        var page = frame.page(ctx, m, caller, Section.ACTIVE_DIRECTORY, m.get("classic.add.title"))
                .withNotices(notices);
        frame.write(
                ctx,
                status,
                "classic/addDirectory.jte",
                page,
                new AddDirectory(choice, name, domain, country, caller.displayName()));
    }

    private void add(Context ctx, Caller caller, Messages m) {
        String choice = "existing".equals(ctx.formParam("choice")) ? "existing" : "new";
        if (choice.equals("existing")) {
            Outcome<DirectoryLinkRequest> requested =
                    uses.requestLink().request(caller, "yes".equals(ctx.formParam("ready")));
            if (requested instanceof Outcome.Rejected<DirectoryLinkRequest> r) {
                addForm(ctx, 409, caller, m, choice, WaysOut.refusal(m, r), null);
                return;
            }
            // R2: the session ends; this browser remembers the request for the Global Administrator's Continue
            LinkPages.remember(ctx, requested.orThrow(), uses.settings());
            sessions.end(ctx);
            ctx.redirect(SIGNED_OUT, io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        String[] typed = {nz(ctx.formParam("name")), nz(ctx.formParam("domain")), nz(ctx.formParam("country"))};
        Outcome<CreateDirectory.Created> created = uses.createDirectory().create(caller, typed[0], typed[1], typed[2]);
        if (created instanceof Outcome.Rejected<CreateDirectory.Created> r) {
            addForm(ctx, 400, caller, m, choice, WaysOut.refusal(m, r), typed);
            return;
        }
        var d = created.orThrow().directory();
        var page = frame.page(ctx, m, caller, Section.ACTIVE_DIRECTORY, m.get("classic.success"))
                .withNotices(List.of(
                        ClassicNotice.success(m.get("classic.add.created", d.displayName(), d.initialDomain()))));
        frame.write(
                ctx,
                201,
                "classic/done.jte",
                page,
                new Done(m.get("classic.ad.title"), new Link(DIRECTORIES, m.get("classic.nav.activeDirectory"))));
    }

    /** After "Use existing directory": signed out, told to sign in as the other directory's Global Administrator. */
    private void signedOut(Context ctx) {
        Messages m = Messages.of(dev.cerulean.server.page.Language.of(ctx));
        long minutes = Math.max(1, uses.settings().linkRequestExpiry().toMinutes());
        PageWriter.message(
                ctx,
                200,
                m,
                m.get("classic.signedOut.title"),
                SIGNED_OUT + "?lang=" + m.language().other(),
                CardMessage.of(m.get("classic.signedOut.title"))
                        .withText(m.get("classic.signedOut.text", Long.toString(minutes)))
                        .withButton(SignInPages.loginUrl(LINK), m.get("classic.signIn"))
                        .withHelp(SupportPages.PATH, m.get("classic.help")));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
