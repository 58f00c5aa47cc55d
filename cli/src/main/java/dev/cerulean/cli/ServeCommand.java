package dev.cerulean.cli;

import dev.cerulean.core.world.LoadWorld;
import dev.cerulean.server.CeruleanServer;
import dev.cerulean.server.Listeners;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cerulean serve}: opens the store, loads a world into it when it is empty, and serves HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run Cerulean: open the store, load the world if the store is empty, listen for HTTP and HTTPS.")
final class ServeCommand implements Callable<Integer> {
    static final String DEFAULT_PORT = "8080";
    static final String DEFAULT_HOST = "localhost";

    private final Main main;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    TlsOptions tls = new TlsOptions();

    @Mixin
    SignInOptions signIn = new SignInOptions();

    @Option(names = "--world", paramLabel = "demo|FILE",
            description = "World to load when the store is empty: demo, or a world file (env CERULEAN_WORLD; default none).")
    String world;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port, 0 for any free one (env CERULEAN_PORT, default 8080).")
    String port;

    @Option(names = "--host", paramLabel = "NAME",
            description = "Host name or address to listen on (env CERULEAN_HOST, default localhost; 0.0.0.0 for all).")
    String host;

    ServeCommand(Main main) {
        this.main = main;
    }

    @Override
    public Integer call() {
        Setting worldSetting = Setting.of("--world", "CERULEAN_WORLD", world, main.env, null);
        WorldSource source = worldSetting.value() == null ? null : WorldSource.of(worldSetting);
        int listenPort = port(Setting.of("--port", "CERULEAN_PORT", port, main.env, DEFAULT_PORT));
        String listenHost = Setting.of("--host", "CERULEAN_HOST", host, main.env, DEFAULT_HOST).value().trim();
        StoreSettings settings = store.resolve(main.env);
        Listeners ports = tls.listeners(main.env, listenHost, listenPort);
        var signInSettings = signIn.resolve(main.env);

        // opening the database and loading the HTTP stack's classes are the slow parts of a start: overlap them
        var opening = java.util.concurrent.CompletableFuture.supplyAsync(() -> open(settings));
        CeruleanServer.prepare();
        Listeners listeners;
        try {
            listeners = ports.withCertificate(tls.certificate(main.env, settings.dataDirectory(), java.util.List.of(listenHost)));
        } catch (RuntimeException e) {
            opening.thenAccept(StoreOpener.OpenStore::close);
            throw e;
        }
        StoreOpener.OpenStore opened = opened(opening);
        try {
            if (source != null) {
                if (new LoadWorld(opened.ports()).storeIsEmpty()) {
                    int code = WorldLoading.load(opened.ports(), source, main.out, main.err);
                    if (code != 0) {
                        opened.close();
                        return code;
                    }
                } else {
                    main.out.println("The store already holds a world (" + settings.describe() + "); "
                            + source.name() + " not loaded.");
                }
            }
            CeruleanServer server = new CeruleanServer(opened.ports(), opened).signInSettings(signInSettings)
                    .start(listeners);
            String base = "http://" + shown(listenHost) + ":" + server.port();
            main.out.println("Cerulean " + Version.number() + " listening on " + base + "/ (store: " + settings.describe() + ")");
            main.out.println("  health:  " + base + "/health");
            main.out.println("  metrics: " + base + "/metrics");
            main.out.println("  https:   https://" + shown(listenHost) + ":" + server.httpsPort()
                    + "/ (identity, ARM, portals); Graph: https://" + shown(listenHost) + ":" + server.graphPort() + "/");
            main.out.println("  trust:   cerulean cert export --truststore FILE | --pem FILE");
            main.out.flush();
            main.awaitShutdown.accept(new Running(server, opened));
            return 0;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private static StoreOpener.OpenStore opened(java.util.concurrent.CompletableFuture<StoreOpener.OpenStore> opening) {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private StoreOpener.OpenStore open(StoreSettings settings) {
        try {
            return main.opener.open(settings);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open the store (" + settings.describe() + ")", e);
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

    /** An address that people can paste: the wildcard addresses are reached through localhost. */
    private static String shown(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) return "localhost";
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
