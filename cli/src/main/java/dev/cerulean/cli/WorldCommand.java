package dev.cerulean.cli;

import dev.cerulean.core.world.ExportWorld;
import dev.cerulean.worldfile.WorldGenerator;
import dev.cerulean.worldfile.WorldYaml;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cerulean world load|export}: world files in and out of the store. */
@Command(
        name = "world",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Load a world into an empty store, export the store as a world file, or generate one.")
final class WorldCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static CommandLine with(Main main) {
        return new CommandLine(new WorldCommand())
                .addSubcommand(new Load(main))
                .addSubcommand(new Export(main))
                .addSubcommand(new Generate(main));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "load",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description =
                    "Load a world (demo or a YAML file) into an empty store; nothing is written if anything is wrong.")
    static final class Load implements Callable<Integer> {
        private final Main main;

        @Mixin
        StoreOptions store = new StoreOptions();

        @Parameters(paramLabel = "demo|FILE", description = "demo, or the path of a world file")
        String world;

        @Option(
                names = "--progress",
                description = "Show progress on standard error (shown anyway when run from a terminal).")
        boolean progress;

        Load(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() {
            WorldSource source = WorldSource.of(new Setting("FILE", "argument", world));
            StoreSettings settings = store.resolve();
            try (StoreOpener.OpenStore opened = main.opener.open(settings)) {
                return WorldLoading.load(opened, source, main.out, main.err, LoadProgress.of(main.err, progress));
            }
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Write the store as a world file (passwords and secrets as their stored hashes).")
    static final class Export implements Callable<Integer> {
        private final Main main;

        @Mixin
        StoreOptions store = new StoreOptions();

        @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
        Path outFile;

        Export(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() throws IOException {
            StoreSettings settings = store.resolve();
            try (StoreOpener.OpenStore opened = main.opener.open(settings)) {
                if (outFile == null) {
                    export(opened, main.out);
                    main.out.flush();
                } else {
                    try (Writer out = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                        export(opened, out);
                    }
                }
            }
            return 0;
        }

        /** Written as it is read: one directory or subscription at a time is held, never the whole world. */
        private static void export(StoreOpener.OpenStore opened, Writer out) throws IOException {
            WorldYaml.StreamingWriter writer = WorldYaml.writer(out);
            new ExportWorld(opened.ports()).export(writer);
            writer.finish();
        }
    }

    @Command(
            name = "generate",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description =
                    "Write a generated world file of the size asked, for tests and benchmarks (the same seed gives the same file).")
    static final class Generate implements Callable<Integer> {
        private final Main main;

        @Option(
                names = "--directories",
                required = true,
                paramLabel = "N",
                description = "Directories, each with its owner's Microsoft account.")
        int directories;

        @Option(
                names = "--users",
                defaultValue = "0",
                paramLabel = "N",
                description = "Work accounts, dealt to the directories in turn.")
        int users;

        @Option(
                names = "--subscriptions",
                defaultValue = "0",
                paramLabel = "N",
                description = "Subscriptions, dealt to the directories in turn.")
        int subscriptions;

        @Option(
                names = "--assignments-per-subscription",
                defaultValue = "3",
                paramLabel = "N",
                description =
                        "Role assignments of each subscription to its directory's users (default ${DEFAULT-VALUE}, at most 4000).")
        int assignments;

        @Option(
                names = "--seed",
                defaultValue = "1",
                paramLabel = "S",
                description = "Seed of the generated ids (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(
                names = "--account-in-directories",
                defaultValue = "0",
                paramLabel = "N",
                description =
                        "For benchmarks: the Microsoft account many@outlook.com as a member of the first N directories.")
        int accountInDirectories;

        @Option(
                names = "--limit-subscriptions",
                defaultValue = "0",
                paramLabel = "K",
                description =
                        "For benchmarks: K more subscriptions of the first directory, each with 4000 role assignments.")
        int limitSubscriptions;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The world file to write.")
        Path outFile;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Generate(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() throws IOException {
            WorldGenerator.Shape shape;
            try {
                shape = new WorldGenerator.Shape(
                        directories, users, subscriptions, assignments, seed, accountInDirectories, limitSubscriptions);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            try (Writer out = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                WorldGenerator.write(shape, out);
            }
            main.out.printf(
                    "Generated world %s: %d directories, %d users, %d subscriptions%n",
                    outFile, directories, users, subscriptions);
            return 0;
        }
    }
}
