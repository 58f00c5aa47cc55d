package dev.cerulean.junit;

import dev.cerulean.core.world.DemoWorld;
import dev.cerulean.core.world.World;
import dev.cerulean.core.world.WorldProblem;
import dev.cerulean.worldfile.WorldYaml;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The world a test class asks for: the demo world, or a YAML world file found first on the test's
 * class path, then on the file system. A world that cannot be read fails the class with the
 * file, line and column of each problem, as {@code cerulean world load} reports them.
 */
final class WorldSource {
    private final String name;
    private final World world;
    private final WorldYaml.Document document;

    private WorldSource(String name, World world, WorldYaml.Document document) {
        this.name = name;
        this.world = world;
        this.document = document;
    }

    static WorldSource of(String value, ClassLoader loader) {
        String world = value.strip();
        if (world.equalsIgnoreCase("demo")) return new WorldSource("demo", DemoWorld.world(), null);
        String content = fromClassPath(world, loader);
        if (content == null) content = fromFileSystem(world);
        if (content == null) {
            throw new ExtensionConfigurationException("@Cerulean(world = \"" + world + "\"): no such world: use demo, "
                    + "a class path resource or the path of a readable world file");
        }
        try {
            WorldYaml.Document document = WorldYaml.read(world, content);
            return new WorldSource(world, document.world(), document);
        } catch (WorldYaml.Unreadable e) {
            throw new ExtensionConfigurationException("@Cerulean: the world cannot be read:\n" + e.getMessage());
        }
    }

    String name() {
        return name;
    }

    World world() {
        return world;
    }

    /** The problems {@code LoadWorld} found, one line each, naming the place in the file. */
    String describe(List<WorldProblem> problems) {
        return problems.stream()
                .map(p -> document != null ? document.describe(p) : name + ": " + p)
                .collect(Collectors.joining("\n"));
    }

    private static String fromClassPath(String resource, ClassLoader loader) {
        URL url = loader.getResource(resource.startsWith("/") ? resource.substring(1) : resource);
        if (url == null) return null;
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExtensionConfigurationException("@Cerulean: cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    private static String fromFileSystem(String file) {
        try {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) return null;
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (InvalidPathException e) {
            return null;
        } catch (IOException e) {
            throw new ExtensionConfigurationException("@Cerulean: cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
