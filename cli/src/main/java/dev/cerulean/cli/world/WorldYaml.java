package dev.cerulean.cli.world;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.cerulean.core.world.World;
import dev.cerulean.core.world.WorldProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * World files in YAML. Reading gives the world together with where each of its nodes is in the
 * file, so that problems found later (by {@code LoadWorld}) still name a line and column.
 */
public final class WorldYaml {
    private WorldYaml() {}

    /** A read world and the place of each node (JSON pointer → location). */
    public record Document(String name, World world, Map<String, JsonLocation> locations) {

        /** "name:line:column: path: message", at the deepest node of the problem's path that exists in the file. */
        public String describe(WorldProblem problem) {
            String path = problem.path();
            while (!path.isEmpty() && !locations.containsKey(path)) path = path.substring(0, path.lastIndexOf('/'));
            JsonLocation at = locations.get(path);
            String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
            return where + ": " + (problem.path().isEmpty() ? "" : problem.path() + ": ") + problem.message();
        }
    }

    /** A file that cannot be read as a world: each line names the file, line and column. */
    public static final class Unreadable extends Exception {
        private final List<String> problems;

        public Unreadable(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public static Document read(Path file) throws Unreadable {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Unreadable(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
        return read(file.toString(), content);
    }

    public static Document read(String name, String content) throws Unreadable {
        Map<String, JsonLocation> locations;
        try {
            locations = locate(content);
        } catch (JsonProcessingException e) {
            throw new Unreadable(List.of(describe(name, e, Map.of())));
        }
        if (locations.isEmpty()) throw new Unreadable(List.of(name + ": the file is empty"));
        try {
            World world = WorldJackson.MAPPER.readValue(content, World.class);
            if (world == null) throw new Unreadable(List.of(name + ": the file is empty"));
            return new Document(name, world, locations);
        } catch (JsonProcessingException e) {
            throw new Unreadable(List.of(describe(name, e, locations)));
        }
    }

    public static String write(World world) {
        try {
            return WorldJackson.MAPPER.writeValueAsString(world);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a world always has a YAML form", e);
        }
    }

    /** Mapping errors are placed at their node (Jackson's own location may be past it, records are buffered). */
    private static String describe(String name, JsonProcessingException e, Map<String, JsonLocation> locations) {
        String path = e instanceof JsonMappingException m ? pointer(m) : "";
        String known = path;
        while (!known.isEmpty() && !locations.containsKey(known)) known = known.substring(0, known.lastIndexOf('/'));
        JsonLocation at = locations.containsKey(known) && !path.isEmpty() ? locations.get(known) : e.getLocation();
        String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
        String message = e.getOriginalMessage();
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown key '" + u.getPropertyName() + "' (expected one of "
                    + u.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof JsonMappingException
                && e.getCause() != null
                && e.getCause().getMessage() != null
                && message != null
                && message.startsWith("Cannot construct instance")) {
            message = e.getCause().getMessage();
        }
        return where + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            out.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return out.toString();
    }

    /** The location of every node, by JSON pointer; object members point at their key. */
    static Map<String, JsonLocation> locate(String content) throws JsonProcessingException {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser p = WorldJackson.FACTORY.createParser(content)) {
            walk(p, p.nextToken(), "", locations);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string", e);
        }
        return locations;
    }

    private static void walk(JsonParser p, JsonToken token, String path, Map<String, JsonLocation> out)
            throws IOException {
        if (token == null) return;
        out.putIfAbsent(path, p.currentTokenLocation());
        if (token == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String child = path + "/" + p.currentName().replace("~", "~0").replace("/", "~1");
                out.put(child, p.currentTokenLocation());
                walk(p, p.nextToken(), child, out);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) walk(p, t, path + "/" + i++, out);
        }
    }
}
