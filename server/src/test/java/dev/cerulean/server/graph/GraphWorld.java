package dev.cerulean.server.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.account.Caller;
import dev.cerulean.core.account.Identity;
import dev.cerulean.core.activity.ActivityRecorder;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.AddWorkAccount;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.core.directory.DirectoryRole;
import dev.cerulean.core.directory.DirectoryState;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.GraphAppRoles;
import dev.cerulean.core.directory.InviteGuest;
import dev.cerulean.core.directory.RedeemInvitation;
import dev.cerulean.core.directory.group.Group;
import dev.cerulean.core.fixtures.Worlds;
import dev.cerulean.server.http.BearerAuthentication;
import dev.cerulean.server.testing.TestBearer;
import dev.cerulean.server.testing.TestHttp;
import dev.cerulean.server.testing.TestReply;
import io.javalin.Javalin;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Map;

/**
 * The demo world behind a Graph-only Javalin on a free port, with named test tokens:
 * ga (Contoso's Global Administrator), useradmin (Lee Gu, made User Administrator), megan (a
 * member), guest-pending / guest-accepted (Sam Reader of Default Directory invited to Contoso,
 * Alex Ops' Microsoft account invited too and accepted), outsider (Sam with a Contoso token but no
 * user object there), kelley-default (Global Administrator of Default Directory), app
 * (contoso-automation, Directory.ReadWrite.All), app-readonly (demo-automation, granted
 * User.Read.All), app-noroles (contoso-automation with a token without roles), app-unbacked
 * (demo-automation whose token claims roles its registration does not hold), app-elsewhere
 * (contoso-automation with a Default Directory token). Dana is a work account of Default
 * Directory nobody has invited yet. Each directory has one security group nobody owns.
 */
final class GraphWorld implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String DANA = "dana@kelleywalloutlook.onmicrosoft.com";
    /** A security group of each directory that nobody owns. */
    static final ObjectId CONTOSO_GROUP = ObjectId.of("0e000000-0000-4000-8000-00000000c001");

    static final ObjectId DEFAULT_GROUP = ObjectId.of("0e000000-0000-4000-8000-00000000d001");

    final Worlds.KelleyWall world = Worlds.kelleyWall();
    final Ports p = world.ports();
    final TestBearer tokens = new TestBearer(BearerAuthentication.Audience.GRAPH);
    final ObjectId pendingGuest;
    final ObjectId acceptedGuest;
    private final Javalin server;
    private final HttpClient http = HttpClient.newHttpClient();

    GraphWorld() {
        var activity = new ActivityRecorder(p.activityLog(), p.clock(), p.ids());
        var invite = new InviteGuest(
                p.transactions(),
                p.directories(),
                p.directoryUsers(),
                p.directoryRoles(),
                p.appRegistrations(),
                p.ids(),
                activity);
        Caller ga = world.contosoGlobalAdministrator();
        DirectoryUser sam = invite.invite(ga, Worlds.CONTOSO, "sam.reader@kelleywalloutlook.onmicrosoft.com")
                .orThrow();
        pendingGuest = sam.id();
        // A second guest, redeemed: Kelley's Default Directory GA account has no work account, so use a new one.
        var lee = p.directoryUsers().byId(Worlds.CONTOSO, Worlds.LEE_GU).orElseThrow();
        DirectoryUser leeInDefault = invite.invite(
                        world.kelleyMsaInDefault(), Worlds.DEFAULT_DIRECTORY, lee.userPrincipalName())
                .orThrow();
        Caller leeHome = new Caller(
                new Identity.Work(Worlds.CONTOSO, Worlds.LEE_GU),
                Worlds.CONTOSO,
                Worlds.LEE_GU,
                Email.of(lee.userPrincipalName()));
        new RedeemInvitation(p.transactions(), p.directoryUsers(), activity)
                .redeem(leeHome, Worlds.DEFAULT_DIRECTORY)
                .orThrow();
        acceptedGuest = leeInDefault.id();
        p.directoryRoles().assign(Worlds.CONTOSO, DirectoryRole.UserAdministrator, Worlds.LEE_GU);
        // Someone of Default Directory that Contoso can still invite.
        new AddWorkAccount(
                        p.transactions(),
                        p.directories(),
                        p.directoryUsers(),
                        p.directoryRoles(),
                        p.appRegistrations(),
                        p.passwordHasher(),
                        p.ids(),
                        activity)
                .add(world.kelleyMsaInDefault(), Worlds.DEFAULT_DIRECTORY, "Dana", DANA, Worlds.PASSWORD)
                .orThrow();
        p.groups().add(new Group(CONTOSO_GROUP, Worlds.CONTOSO, "Contoso ops", "contoso-ops", null, Worlds.NOW));
        p.groups()
                .add(new Group(
                        DEFAULT_GROUP, Worlds.DEFAULT_DIRECTORY, "Default ops", "default-ops", null, Worlds.NOW));
        // demo-automation may read users (and nothing else).
        var demo = p.appRegistrations()
                .byServicePrincipal(Worlds.DEFAULT_DIRECTORY, Worlds.DEMO_AUTOMATION_SP)
                .orElseThrow();
        p.appRegistrations()
                .update(new AppRegistration(
                        demo.clientId(),
                        demo.directory(),
                        demo.servicePrincipal(),
                        demo.displayName(),
                        demo.secrets(),
                        java.util.List.of(GraphAppRoles.USER_READ_ALL)));

        Caller contosoApp = new Caller(
                new Identity.App(Worlds.CONTOSO, Worlds.CONTOSO_AUTOMATION_SP),
                Worlds.CONTOSO,
                Worlds.CONTOSO_AUTOMATION_SP,
                null);
        Email samEmail = Email.of("sam.reader@kelleywalloutlook.onmicrosoft.com");
        tokens.with("ga", ga)
                .with("useradmin", leeHome)
                .with("megan", world.megan())
                .with(
                        "guest-pending",
                        new Caller(
                                new Identity.Work(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER),
                                Worlds.CONTOSO,
                                pendingGuest,
                                samEmail))
                .with(
                        "guest-accepted",
                        new Caller(leeHome.identity(), Worlds.DEFAULT_DIRECTORY, acceptedGuest, leeHome.email()))
                .with(
                        "outsider",
                        new Caller(
                                new Identity.Work(Worlds.DEFAULT_DIRECTORY, Worlds.SAM_READER),
                                Worlds.CONTOSO,
                                null,
                                samEmail))
                .with("kelley-default", world.kelleyMsaInDefault())
                .with("app", contosoApp, GraphAppRoles.DIRECTORY_READ_WRITE_ALL)
                .with("app-readonly", world.demoAutomation(), GraphAppRoles.USER_READ_ALL)
                .with("app-noroles", contosoApp)
                .with(
                        "app-unbacked",
                        world.demoAutomation(),
                        GraphAppRoles.DIRECTORY_READ_WRITE_ALL,
                        GraphAppRoles.ROLE_MANAGEMENT_READ_WRITE_DIRECTORY)
                .with(
                        "app-elsewhere",
                        new Caller(contosoApp.identity(), Worlds.DEFAULT_DIRECTORY, Worlds.CONTOSO_AUTOMATION_SP, null),
                        GraphAppRoles.DIRECTORY_READ_WRITE_ALL);
        // as CeruleanServer wires it: the main port, under the host name the Graph request used
        GraphApi api = new GraphApi(
                UseCases.of(p), tokens, host -> dev.cerulean.server.http.AzurePublicNames.mainOriginFor(host, 8443));
        server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.startup.showOldJavalinVersionWarning = false;
                    api.configure(config);
                })
                .start("localhost", 0);
    }

    String base() {
        return "http://localhost:" + server.port();
    }

    DirectoryState state() {
        return DirectoryState.of(p);
    }

    /** One request; {@code token} null sends no Authorization header. */
    TestReply send(String method, String path, String token, String body) {
        return http().send(
                        method, path, body, token == null ? Map.of() : Map.of("Authorization", "Bearer test:" + token));
    }

    TestReply send(HttpRequest request) {
        return http().send(request);
    }

    TestReply get(String path, String token) {
        return send("GET", path, token, null);
    }

    private TestHttp http() {
        return new TestHttp(base(), http);
    }

    @Override
    public void close() {
        server.stop();
    }
}
