package dev.cerulean.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cerulean}: the command line. Settings come from flags, else CERULEAN_* environment
 * variables, else defaults; a bad value stops with one line and exit code 2.
 */
@Command(name = "cerulean", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A self-hostable emulator of Azure's tenant and subscription control plane.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int INVALID_SETTING = 2;

    final Map<String, String> env;
    final StoreOpener opener;
    final PrintWriter out;
    final PrintWriter err;
    final Consumer<Running> awaitShutdown;

    @Spec
    CommandSpec spec;

    public Main(Map<String, String> env, StoreOpener opener, PrintWriter out, PrintWriter err,
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
        System.exit(new Main(System.getenv(), new DatabaseOpener(), out, err, Main::untilShutdown).run(args));
    }

    /** Serves until the process is asked to stop, then closes the server and the store. */
    private static void untilShutdown(Running running) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "cerulean-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int run(String... args) {
        CommandLine cli = new CommandLine(this)
                .addSubcommand(new ServeCommand(this))
                .addSubcommand(WorldCommand.with(this))
                .addSubcommand(CertCommand.with(this))
                .addSubcommand(AppCommand.with(this))
                .addSubcommand(KeysCommand.with(this));
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
        return t == e ? message : (e.getMessage() != null && !e.getMessage().equals(message)
                ? e.getMessage() + ": " + message : message);
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }
}
