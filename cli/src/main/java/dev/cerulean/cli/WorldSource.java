package dev.cerulean.cli;

import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.core.world.World;
import dev.cerulean.core.world.WorldProblem;
import dev.cerulean.worldfile.WorldYaml;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Where a world comes from: the built-in demo world or a YAML world file. */
sealed interface WorldSource {

    String name();

    /** Reads the world (the file is parsed only when this is called), telling {@code progress} how far it got. */
    World read(LoadProgress progress) throws WorldYaml.Unreadable;

    /** One line per problem, naming the place. */
    String describe(WorldProblem problem);

    /** {@link #describe} of each problem (a file is read once for all of them). */
    default List<String> describeAll(List<WorldProblem> problems) {
        return problems.stream().map(this::describe).toList();
    }

    record Demo() implements WorldSource {
        public String name() {
            return "demo";
        }

        public World read(LoadProgress progress) {
            return DemoWorld.world();
        }

        public String describe(WorldProblem problem) {
            return "demo: " + problem;
        }
    }

    final class File implements WorldSource {
        private final Path path;
        private WorldYaml.Document document;

        File(Path path) {
            this.path = path;
        }

        public String name() {
            return path.toString();
        }

        public World read(LoadProgress progress) throws WorldYaml.Unreadable {
            try {
                progress.reading(name(), Files.size(path));
            } catch (java.io.IOException e) {
                progress.reading(name(), 0);
            }
            WorldYaml.Document read = WorldYaml.read(path, progress::read);
            // only the place of problems is kept: the world itself goes to the loader alone
            document = read.withoutWorld();
            return read.world();
        }

        public String describe(WorldProblem problem) {
            return describeAll(List.of(problem)).get(0);
        }

        @Override
        public List<String> describeAll(List<WorldProblem> problems) {
            return document != null
                    ? document.describeAll(problems)
                    : problems.stream().map(p -> path + ": " + p).toList();
        }
    }

    /** "demo" or the path of a readable file; anything else is an invalid setting. */
    static WorldSource of(Setting setting) {
        String value = setting.value().trim();
        if (value.equalsIgnoreCase("demo")) return new Demo();
        try {
            Path path = Path.of(value);
            if (Files.isRegularFile(path) && Files.isReadable(path)) return new File(path);
        } catch (InvalidPathException e) {
            // reported below like any other unknown world
        }
        throw setting.invalid("unknown world '" + value + "': use demo or the path of a readable world file");
    }
}
