package dev.cerulean.cli;

import dev.cerulean.server.CeruleanServer;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cerulean}: the command line. Settings come from flags, else CERULEAN_* environment
 * variables, else defaults; a bad value stops with one line and exit code 2.
 */
@Command(
        name = "cerulean",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "A self-hostable emulator of Azure's tenant and subscription control plane.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int INVALID_SETTING = 2;

    final Map<String, String> env;
    final StoreOpener opener;
    final PrintWriter out;
    final PrintWriter err;
    final Consumer<Running> awaitShutdown;
    /** The HTTP stack's warm-up when the command is serve, else null. */
    CompletableFuture<Void> warmUp;

    /** The subcommands by name, in the order of the help text. */
    private static final Map<String, Function<Main, Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Function<Main, Object>> subcommands() {
        Map<String, Function<Main, Object>> commands = new LinkedHashMap<>();
        commands.put(ServeCommand.NAME, ServeCommand::new);
        commands.put("world", WorldCommand::with);
        commands.put("cert", CertCommand::with);
        commands.put("app", AppCommand::with);
        commands.put("keys", KeysCommand::with);
        commands.put("env", EnvCommand::new);
        commands.put("identity", IdentityCommand::with);
        commands.put("move", MoveCommand::with);
        return commands;
    }

    @Spec
    CommandSpec spec;

    public Main(
            Map<String, String> env,
            StoreOpener opener,
            PrintWriter out,
            PrintWriter err,
            Consumer<Running> awaitShutdown) {
        this.env = env;
        this.opener = opener;
        this.out = out;
        this.err = err;
        this.awaitShutdown = awaitShutdown;
    }

    public static void main(String[] args) {
        var out = new PrintWriter(System.out, true);
        var err = new PrintWriter(System.err, true);
        Consumer<Running> serving = ClassDataTraining.asked() ? ClassDataTraining::exercise : Main::untilShutdown;
        System.exit(new Main(System.getenv(), new DatabaseOpener(), out, err, serving).run(args));
    }

    /** Serves until the process is asked to stop, then closes the server and the store. */
    private static void untilShutdown(Running running) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            running.close();
                            stopped.countDown();
                        },
                        "cerulean-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int run(String... args) {
        // the logging backend is initialised here, on one thread, before the warm-up and the store
        // opening log from threads of their own: initialised by two threads at once, SLF4J queues
        // their calls and prints a replay warning on standard error, breaking one-line refusals
        org.slf4j.LoggerFactory.getILoggerFactory();
        String first = args.length > 0 ? args[0] : "";
        // serving starts by warming the HTTP stack on a thread of its own: it overlaps building the
        // command line and opening the store (see ServeCommand)
        warmUp = first.equals(ServeCommand.NAME) ? CompletableFuture.runAsync(CeruleanServer::prepare) : null;
        CommandLine cli = new CommandLine(this);
        // picocli reads every registered command's annotations up front: when the first argument names
        // a command, only that one is built (the others cannot be reached from it)
        for (var command : SUBCOMMANDS.entrySet()) {
            if (!SUBCOMMANDS.containsKey(first) || command.getKey().equals(first)) {
                cli.addSubcommand(command.getValue().apply(this));
            }
        }
        // after the subcommands: picocli hands the provider to the commands present when it is set
        cli.setDefaultValueProvider(new EnvironmentDefaults(env));
        cli.setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof InvalidSetting) {
                err.println("cerulean: " + e.getMessage());
                return INVALID_SETTING;
            }
            err.println("cerulean: " + reason(e));
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The innermost message: people need the cause, not the stack. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String message = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        return t == e
                ? message
                : (e.getMessage() != null && !e.getMessage().equals(message)
                        ? e.getMessage() + ": " + message
                        : message);
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }
}
