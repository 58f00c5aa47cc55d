package dev.cerulean.cli;

import dev.cerulean.server.CannotListen;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.Listeners;
import dev.cerulean.server.http.AzurePublicNames;
import dev.cerulean.server.identity.IdentitySettings;
import dev.cerulean.server.intercept.InterceptProxy;
import dev.cerulean.server.portal.classic.PortalSettings;
import dev.cerulean.server.tls.ServerCertificate;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cerulean serve}: opens the store, loads a world into it when it is empty, and serves HTTP. */
@Command(
        name = ServeCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Run Cerulean: open the store, load the world if the store is empty, listen for HTTP and HTTPS.")
final class ServeCommand implements Callable<Integer> {
    static final String NAME = "serve";
    static final String DEFAULT_PORT = "8080";
    static final String DEFAULT_HOST = "localhost";

    private final Main main;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    TlsOptions tls = new TlsOptions();

    @Mixin
    SignInOptions signIn = new SignInOptions();

    @Mixin
    InterceptOptions intercept = new InterceptOptions();

    @Option(
            names = "--world",
            paramLabel = "demo|FILE",
            description =
                    "World to load when the store is empty: demo, or a world file (env CERULEAN_WORLD; default none).")
    String world;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "HTTP port, 0 for any free one (env CERULEAN_PORT, default 8080).")
    String port;

    @Option(
            names = "--issuer-host",
            paramLabel = "HOST:PORT",
            description = "A host and port clients reach this server by, e.g. a load balancer's, accepted in tokens' "
                    + "issuers; comma-separated (env CERULEAN_ISSUER_HOSTS; default: the --host and loopback names "
                    + "on this server's ports).")
    String issuerHosts;

    @Option(
            names = "--link-request-expiry",
            paramLabel = "DURATION",
            description = "How long a \"Use existing directory\" request waits for a Global Administrator "
                    + "(env CERULEAN_LINK_REQUEST_EXPIRY, default 1h; 30s, 15m, 1h, 2d or PT1H).")
    String linkRequestExpiry;

    @Option(
            names = "--host",
            paramLabel = "NAME",
            description = "Host name or address to listen on (env CERULEAN_HOST, default localhost; 0.0.0.0 for all).")
    String host;

    ServeCommand(Main main) {
        this.main = main;
    }

    @Override
    public Integer call() {
        Setting worldSetting = Setting.of("--world", world, null);
        WorldSource source = worldSetting.value() == null ? null : WorldSource.of(worldSetting);
        Setting portSetting = Setting.of("--port", port, DEFAULT_PORT);
        int listenPort = port(portSetting);
        Setting hostSetting = Setting.of("--host", host, DEFAULT_HOST);
        String listenHost = host(hostSetting);
        StoreSettings settings = store.resolve();
        Listeners ports = tls.listeners(listenHost, listenPort);
        var signInSettings = signIn.resolve();
        var portalSettings = new PortalSettings(
                SignInOptions.duration(Setting.of("--link-request-expiry", linkRequestExpiry, "1h")));

        // opening the database (and asking it whether it holds a world), reading the certificate into
        // a TLS context and running the HTTP stack once are the slow parts of a start: overlap them
        var opening = CompletableFuture.supplyAsync(() -> open(settings, source != null));
        var securing = CompletableFuture.supplyAsync(() -> {
            ServerCertificate certificate = intercept.enabled()
                    ? tls.interceptCertificate(settings.dataDirectory(), List.of(listenHost))
                    : tls.certificate(settings.dataDirectory(), List.of(listenHost));
            certificate.sslContext();
            return certificate;
        });
        Listeners listeners;
        try {
            listeners = ports.withCertificate(joined(securing));
        } catch (RuntimeException e) {
            opening.thenAccept(o -> o.store().close());
            throw e;
        }
        Opened store = joined(opening);
        StoreOpener.OpenStore opened = store.store();
        try {
            if (source != null) {
                if (store.empty()) {
                    int code = WorldLoading.load(opened, source, main.out, main.err, LoadProgress.of(main.err, false));
                    if (code != 0) {
                        opened.close();
                        return code;
                    }
                    // loading the world (schema, the rows it wrote) grew the heap;
                    // after one full collection the JVM returns what it no longer needs to the OS in the
                    // background (~40 ms, first start only)
                    System.gc();
                } else {
                    main.out.println("The store already holds a world (" + settings.describe() + "); " + source.name()
                            + " not loaded.");
                }
            }
            CeruleanServer server;
            try {
                // the endpoints are built while the HTTP stack's warm-up (see Main) may still run;
                // listening waits for the warm-up, whose classes and compiled code it then reuses
                server = new CeruleanServer(opened.ports(), opened)
                        .identitySettings(identitySettings())
                        .signInSettings(signInSettings)
                        .portalSettings(portalSettings);
                if (intercept.enabled()) server.answeringAzureNames();
                server.configure(listeners);
                if (main.warmUp != null) main.warmUp.join();
                server.start();
            } catch (CannotListen e) {
                throw (e.setting() == CannotListen.Setting.HOST ? hostSetting : portSetting).invalid(e.getMessage());
            }
            String base = "http://" + shown(listenHost) + ":" + server.port();
            String where = wildcard(listenHost) ? " listening on every interface, e.g. " : " listening on ";
            main.out.println("Cerulean " + Version.number() + where + base + "/ (store: " + settings.describe() + ")");
            main.out.println("  health:  " + base + "/health");
            main.out.println("  metrics: " + base + "/metrics");
            main.out.println("  portals: " + base + "/classic (classic portal), " + base + "/portal (Azure portal)");
            main.out.println("  https:   https://" + shown(listenHost) + ":" + server.httpsPort()
                    + "/ (identity, ARM, portals); Graph: https://" + shown(listenHost) + ":" + server.graphPort()
                    + "/");
            main.out.println("  trust:   cerulean cert export --truststore FILE | --pem FILE");
            InterceptProxy proxy = null;
            if (intercept.enabled()) {
                CeruleanServer listening = server;
                // the proxy is as reachable as the server (--host 0.0.0.0 serves containers and other
                // machines); it tunnels only to this server's own loopback listeners, so it relays nothing else
                String proxyHost = listenHost.equals(DEFAULT_HOST) ? "127.0.0.1" : listenHost;
                proxy = new InterceptProxy(
                                proxyHost, intercept.port(listenPort), listening::httpsPort, listening::graphPort)
                        .start();
                main.out.println("  intercept: proxy http://" + (wildcard(proxyHost) ? "127.0.0.1" : shown(proxyHost))
                        + ":" + proxy.port() + (wildcard(proxyHost) ? " (on every address)" : "") + " for "
                        + String.join(", ", AzurePublicNames.all()) + "; cerulean env prints what clients need");
            }
            main.out.flush();
            // off the start-up path: asking the JVM for its management beans costs tens of milliseconds
            Thread trim = new Thread(HeapTrim::enable, "cerulean-heap-trim");
            trim.setDaemon(true);
            trim.start();
            main.awaitShutdown.accept(new Running(server, opened, proxy));
            return 0;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private IdentitySettings identitySettings() {
        Setting hosts = Setting.of("--issuer-host", issuerHosts, null);
        if (hosts.value() == null || hosts.value().isBlank()) return IdentitySettings.DEFAULT;
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String h : hosts.value().split(",")) {
            String host = h.strip().toLowerCase(java.util.Locale.ROOT);
            if (!host.matches("(\\[[0-9a-f:.]+\\]|[a-z0-9.-]+):[0-9]{1,5}")) {
                throw hosts.invalid(h.strip() + " is not HOST:PORT");
            }
            names.add(host);
        }
        return IdentitySettings.DEFAULT.withIssuerHosts(names);
    }

    /** The open store, and whether it was empty when opened (only asked when a world may be loaded). */
    private record Opened(StoreOpener.OpenStore store, boolean empty) {}

    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private Opened open(StoreSettings settings, boolean askEmpty) {
        StoreOpener.OpenStore opened;
        try {
            opened = main.opener.open(settings);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open the store (" + settings.describe() + ")", e);
        }
        try {
            return new Opened(opened, askEmpty && opened.isEmpty());
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    static int port(Setting setting) {
        String text = setting.value().trim();
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= 65535) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw setting.invalid(text + " is not a port number");
    }

    /** A host name or address that resolves (whether it is one of this machine's shows when listening). */
    static String host(Setting setting) {
        String name = setting.value().trim();
        if (name.isEmpty() || new InetSocketAddress(name, 0).isUnresolved()) {
            throw setting.invalid("'" + name + "' is not a known host name or address");
        }
        return name;
    }

    /** An address that people can paste: the wildcard addresses are reached through localhost. */
    private static String shown(String host) {
        if (wildcard(host)) return "localhost";
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static boolean wildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }
}
