package dev.cerulean.server;

import dev.cerulean.core.Ports;
import dev.cerulean.core.UseCases;
import dev.cerulean.core.directory.SecretSource;
import dev.cerulean.core.signin.Session;
import dev.cerulean.server.arm.ArmApi;
import dev.cerulean.server.arm.ArmSettings;
import dev.cerulean.server.graph.GraphApi;
import dev.cerulean.server.graph.InvitationRedemptionPage;
import dev.cerulean.server.http.AzurePublicNames;
import dev.cerulean.server.http.BearerAuthentication;
import dev.cerulean.server.http.ErrorResponses;
import dev.cerulean.server.http.FramingErrors;
import dev.cerulean.server.http.HealthEndpoint;
import dev.cerulean.server.http.MetricsEndpoint;
import dev.cerulean.server.identity.IdentityPlatform;
import dev.cerulean.server.identity.IdentitySettings;
import dev.cerulean.server.identity.VerifierAuthentication;
import dev.cerulean.server.portal.azure.AzurePortal;
import dev.cerulean.server.portal.classic.ClassicPortal;
import dev.cerulean.server.portal.classic.PortalSettings;
import dev.cerulean.server.signin.SignInPages;
import dev.cerulean.server.signin.SignInSettings;
import dev.cerulean.server.signin.SignInWiring;
import io.javalin.Javalin;
import java.util.Objects;

/**
 * The composition root of the HTTP side: builds the use cases once ({@link UseCases}), hands
 * them to every API and portal, and starts Javalin on the listeners ({@link Listeners}).
 */
public final class CeruleanServer implements AutoCloseable {
    private final Ports ports;
    private final StoreStatus store;
    private Javalin app;
    private MetricsEndpoint metrics;
    /** Until the identity platform's verifier is plugged in, every token is refused. */
    /** Null: the identity platform's own token verifier (tests may plug in another). */
    private BearerAuthentication bearer;

    private ListenerRoutes listening;
    private IdentitySettings identitySettings = IdentitySettings.DEFAULT;
    private IdentityPlatform identity;
    private SignInSettings signInSettings = SignInSettings.DEFAULT;
    private SignInWiring signIn;
    private PortalSettings portalSettings = PortalSettings.DEFAULT;
    private Listeners listeners;
    /** Interception mode: requests arrive under Azure's public names too. */
    private boolean azureNames;

    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    static {
        // Jetty pads its concurrent structures to cache lines and, unless told the reference size,
        // asks the platform MBean server whether oops are compressed: that starts JMX, a tenth of
        // the server's start-up. Oops are compressed by default below 32 GiB of heap.
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            boolean compressedOops = Runtime.getRuntime().maxMemory() < 32L * 1024 * 1024 * 1024;
            System.setProperty(REFERENCES_PER_CACHE_LINE, compressedOops ? "16" : "8");
        }
    }

    public CeruleanServer(Ports ports, StoreStatus store) {
        this.ports = Objects.requireNonNull(ports);
        this.store = Objects.requireNonNull(store);
    }

    /**
     * Runs the HTTP stack once, in memory, so that a caller can overlap that work with something
     * slow (opening the database) and {@link #start} is quicker afterwards: a throwaway server on a
     * socket-less connector starts, answers one {@code GET /health} and stops, without binding any
     * port; and JSON is written once. Failing here changes nothing but the time {@link #start} takes.
     */
    public static void prepare() {
        StoreStatus warmUp = new StoreStatus() {
            @Override
            public boolean isHealthy() {
                return true;
            }

            @Override
            public String product() {
                return "none";
            }
        };
        try {
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                new HealthEndpoint(warmUp).register(config.routes);
                ErrorResponses.register(config.routes);
                config.jetty.addConnector((server, http) -> new org.eclipse.jetty.server.LocalConnector(
                        server, new org.eclipse.jetty.server.HttpConnectionFactory(http)));
            });
            try {
                app.start();
                for (var c : app.jettyServer().server().getConnectors()) {
                    if (c instanceof org.eclipse.jetty.server.LocalConnector local) {
                        local.getResponse("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                    }
                }
            } finally {
                app.stop();
            }
            // the APIs' JSON mappers are built as their endpoints are; the first one loads ~400 classes
            new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of("status", "UP"));
        } catch (Exception | LinkageError e) {
            // only a warm-up: the real start reports real problems
        }
    }

    /**
     * Answers under Azure's public names as well (interception mode): tokens issued through
     * {@code login.microsoftonline.com} are accepted. The certificate must hold those names.
     */
    public CeruleanServer answeringAzureNames() {
        this.azureNames = true;
        return this;
    }

    /** The verifier of bearer tokens for the APIs; call before {@link #start}. */
    public CeruleanServer authenticateWith(BearerAuthentication verifier) {
        this.bearer = Objects.requireNonNull(verifier);
        return this;
    }

    /** Starts listening on {@code host}:{@code port} (0: any free port); returns once the server accepts requests. */
    public CeruleanServer start(String host, int port) {
        return start(Listeners.plain(host, port));
    }

    /** Starts every listener (HTTP, and HTTPS when there is a certificate); returns once they accept requests. */
    public CeruleanServer start(Listeners listeners) {
        return configure(listeners).start();
    }

    /**
     * Builds every endpoint and route for {@code listeners} without listening yet, so that a caller
     * can overlap that with other start-up work; {@link #start()} then opens the listeners.
     */
    public CeruleanServer configure(Listeners listeners) {
        if (app != null) throw new IllegalStateException("already configured");
        if (new java.net.InetSocketAddress(listeners.host(), 0).isUnresolved()) {
            throw new CannotListen(
                    CannotListen.Setting.HOST, listeners.host() + " is not a known host name or address");
        }
        this.listeners = listeners;
        var health = new HealthEndpoint(store);
        UseCases uses = UseCases.of(
                ports,
                new UseCases.Settings(
                        signInSettings.throttle(), portalSettings.linkRequestExpiry(), SecretSource.secureRandom()));
        signIn = new SignInWiring(uses, signInSettings);
        metrics = new MetricsEndpoint();
        identity = new IdentityPlatform(ports, uses, signIn.sessions(), identitySettings);
        BearerAuthentication apis = bearer != null
                ? bearer
                : new VerifierAuthentication(
                        identity.verifier(), () -> "https://" + listeners.host() + ":" + listening.httpsPort());
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.requestLogger.http(metrics::record);
            config.http.maxRequestSize = dev.cerulean.server.http.BodyLimit.MAX_BYTES;
            listening = new ListenerRoutes(listeners);
            listening.configure(config);
            health.register(config.routes);
            metrics.register(config.routes);
            identity.register(config.routes);
            signIn.register(config.routes);
            var classic = new ClassicPortal(uses, signIn.sessions(), portalSettings);
            classic.register(config.routes);
            new AzurePortal(classic.useCases(), classic.gate()).register(config.routes);
            ErrorResponses.register(config.routes);
            new ArmApi(uses, apis, ArmSettings.fromRequests(() -> listening.graphPort())).register(config);
            registerGraph(config, uses, apis);
        });
        return this;
    }

    /** Opens the listeners of {@link #configure}; returns once they accept requests. */
    public CeruleanServer start() {
        if (app == null) throw new IllegalStateException("configure first");
        try {
            app.start();
        } catch (RuntimeException e) {
            close();
            throw CannotListen.from(e, listeners);
        }
        listening.started(app.jettyServer().server());
        identity.listening(
                listeners.host(),
                app.port(),
                listening.httpsPort(),
                listening.graphPort(),
                azureNames ? AzurePublicNames.LOGIN : java.util.List.of());
        metrics.warmUp();
        return this;
    }

    /** Graph's API (served only on the Graph port, see ListenerRoutes) and its invitation page on the main ports. */
    private void registerGraph(io.javalin.config.JavalinConfig config, UseCases uses, BearerAuthentication apis) {
        // the main port is known only once started (it may be port 0): asked per invitation
        GraphApi graph = new GraphApi(uses, apis, host -> AzurePublicNames.mainOriginFor(host, listening.httpsPort()));
        graph.register(config.routes);
        config.jetty.modifyServer(server ->
                server.setErrorHandler(new FramingErrors(graph.framingErrors(), () -> listening.graphPort())));
        new InvitationRedemptionPage(
                        uses.directory().redeemInvitation(),
                        ctx -> signIn.sessions().current(ctx).map(Session::caller),
                        SignInPages::loginUrl)
                .register(config.routes);
    }

    /** Every route the started server registered, as "METHOD /path" (for the tests that keep the docs true). */
    java.util.SortedSet<String> routes() {
        java.util.SortedSet<String> routes = new java.util.TreeSet<>();
        // before/after handlers (e.g. the CSRF binding) are not routes
        app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod())
                .forEach(e ->
                        routes.add(e.endpoint.method.name() + " " + e.endpoint.path.replace("<scope>", "{scope}")));
        return routes;
    }

    /** The plain-HTTP port the server listens on (the chosen one when started on port 0). */
    public int port() {
        return app.port();
    }

    /** The HTTPS port of the identity platform, ARM and the portals; -1 without TLS. */
    public int httpsPort() {
        return listening.httpsPort();
    }

    /** The HTTPS port of Graph; -1 without TLS. */
    public int graphPort() {
        return listening.graphPort();
    }

    /** Token lifetimes, key rotation, device-code polling; set before {@link #start}. */
    public CeruleanServer identitySettings(IdentitySettings settings) {
        this.identitySettings = Objects.requireNonNull(settings);
        return this;
    }

    /** Token lifetimes, key rotation, accepted issuer hosts, as set before start. */
    public IdentitySettings identitySettings() {
        return identitySettings;
    }

    /** The identity platform (once started): its {@code verifier()} checks the bearer tokens of every API. */
    public IdentityPlatform identity() {
        return identity;
    }

    /** Sign-in throttling and session lifetimes; set before {@link #start}. */
    public CeruleanServer signInSettings(SignInSettings settings) {
        this.signInSettings = Objects.requireNonNull(settings);
        return this;
    }

    /** How the portals behave (the expiry of "Use existing directory" requests); set before {@link #start}. */
    public CeruleanServer portalSettings(PortalSettings settings) {
        this.portalSettings = Objects.requireNonNull(settings);
        return this;
    }

    /** How the portals behave on this server. */
    public PortalSettings portalSettings() {
        return portalSettings;
    }

    /**
     * The sign-in of this server (available once started): its {@code signIn()} is the one
     * {@link dev.cerulean.core.signin.SignIn} that pages and the password grant share, its
     * {@code sessions()} the browser sessions.
     */
    public SignInWiring signIn() {
        return signIn;
    }

    /** The ports the endpoints run on; the use cases come here as they are added. */
    Ports ports() {
        return ports;
    }

    @Override
    public void close() {
        if (app != null) app.stop();
        if (metrics != null) metrics.close();
    }
}
