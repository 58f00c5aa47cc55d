package dev.cerulean.worldfile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.cerulean.core.world.ExportWorld;
import dev.cerulean.core.world.World;
import dev.cerulean.core.world.World.AccountSpec;
import dev.cerulean.core.world.World.DirectorySpec;
import dev.cerulean.core.world.World.SubscriptionSpec;
import dev.cerulean.core.world.WorldProblem;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * World files in YAML. Reading binds the file to a {@link World} as it streams by (no whole-file
 * string or tree); where a node is in the file is looked up only for the problems found, by reading
 * the file a second time, so that problems found later (by {@code LoadWorld}) still name a line and
 * column without keeping the place of every node of a large world.
 */
public final class WorldYaml {
    private WorldYaml() {}

    /** The text of a world file, which can be read again to place problems. */
    @FunctionalInterface
    public interface Text {
        Reader open() throws IOException;
    }

    /** A read world, and its text to find where problems are. */
    public record Document(String name, World world, Text text) {

        /** The same document without its world: enough to place problems, without holding the world. */
        public Document withoutWorld() {
            return new Document(name, null, text);
        }

        /** "name:line:column: path: message", at the deepest node of the problem's path that exists in the file. */
        public String describe(WorldProblem problem) {
            return describeAll(List.of(problem)).get(0);
        }

        /** {@link #describe} for each problem, reading the file once for all of them. */
        public List<String> describeAll(List<WorldProblem> problems) {
            Map<String, JsonLocation> locations =
                    locate(text, wanted(problems.stream().map(WorldProblem::path)));
            return problems.stream()
                    .map(problem -> {
                        JsonLocation at = locations.get(deepest(problem.path(), locations));
                        String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
                        return where + ": " + (problem.path().isEmpty() ? "" : problem.path() + ": ")
                                + problem.message();
                    })
                    .toList();
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
        return read(file, bytes -> {});
    }

    /** Reads {@code file}, telling {@code progress} how many bytes have been read as reading goes. */
    public static Document read(Path file, LongConsumer progress) throws Unreadable {
        return read(
                file.toString(),
                () -> new InputStreamReader(
                        new CountingInputStream(Files.newInputStream(file), progress), StandardCharsets.UTF_8));
    }

    public static Document read(String name, String content) throws Unreadable {
        return read(name, () -> new StringReader(content));
    }

    private static Document read(String name, Text text) throws Unreadable {
        try (Reader reader = text.open();
                JsonParser p = WorldJackson.FACTORY.createParser(new BufferedReader(reader, 1 << 16))) {
            if (p.nextToken() == null) throw new Unreadable(List.of(name + ": the file is empty"));
            World world = WorldJackson.MAPPER.readValue(p, World.class);
            if (world == null) throw new Unreadable(List.of(name + ": the file is empty"));
            return new Document(name, world, text);
        } catch (JsonProcessingException e) {
            throw new Unreadable(List.of(describe(name, e, text)));
        } catch (IOException e) {
            throw new Unreadable(List.of(name + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    public static String write(World world) {
        try {
            return WorldJackson.MAPPER.writeValueAsString(world);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a world always has a YAML form", e);
        }
    }

    /**
     * A sink that writes each part of a world to {@code out} as it comes, giving the same document
     * as {@link #write} would for the whole world (empty sections are left out). {@link
     * StreamingWriter#finish} ends the document; {@code out} is flushed, not closed.
     */
    public static StreamingWriter writer(Writer out) throws IOException {
        return new StreamingWriter(WorldJackson.FACTORY.createGenerator(out));
    }

    /** Writes a world part by part ({@link ExportWorld.Sink}); I/O failures surface as {@link UncheckedIOException}. */
    public static final class StreamingWriter implements ExportWorld.Sink {
        /** Each part written without a flush of its own: the document is flushed once, at the end. */
        private static final ObjectWriter PARTS =
                WorldJackson.MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

        private final JsonGenerator g;
        private String section;

        private StreamingWriter(JsonGenerator g) {
            this.g = g;
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            io(g::writeStartObject);
        }

        @Override
        public void accounts(List<AccountSpec> accounts) {
            accounts.forEach(a -> part("accounts", a));
        }

        @Override
        public void directory(DirectorySpec directory) {
            part("directories", directory);
        }

        @Override
        public void subscription(SubscriptionSpec subscription) {
            part("subscriptions", subscription);
        }

        /** Ends the document and flushes it. */
        public void finish() {
            io(() -> {
                if (section != null) g.writeEndArray();
                g.writeEndObject();
                g.close();
            });
        }

        /** A section is opened by its first part, so that an empty one is not written at all. */
        private void part(String name, Object value) {
            io(() -> {
                if (!name.equals(section)) {
                    if (section != null) g.writeEndArray();
                    g.writeArrayFieldStart(name);
                    section = name;
                }
                PARTS.writeValue(g, value);
            });
        }

        private interface Io {
            void run() throws IOException;
        }

        private static void io(Io work) {
            try {
                work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Mapping errors are placed at their node (Jackson's own location may be past it, records are buffered). */
    private static String describe(String name, JsonProcessingException e, Text text) {
        String path = e instanceof JsonMappingException m ? pointer(m) : "";
        Map<String, JsonLocation> locations = path.isEmpty() ? Map.of() : locate(text, wanted(Stream.of(path)));
        String known = deepest(path, locations);
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

    /** The path itself or, when it is not in the file, its deepest ancestor that is. */
    private static String deepest(String path, Map<String, JsonLocation> locations) {
        while (!path.isEmpty() && !locations.containsKey(path)) path = path.substring(0, path.lastIndexOf('/'));
        return path;
    }

    /** The paths and all their ancestors: the nodes whose places a description may need. */
    private static Set<String> wanted(Stream<String> paths) {
        Set<String> wanted = new HashSet<>();
        paths.forEach(path -> {
            for (String p = path; ; p = p.substring(0, p.lastIndexOf('/'))) {
                wanted.add(p);
                if (p.isEmpty()) break;
            }
        });
        return wanted;
    }

    /**
     * The location of each {@code wanted} node, by JSON pointer; object members point at their key.
     * Nothing is located when the text cannot be read again (the problem is then named without a place).
     */
    static Map<String, JsonLocation> locate(Text text, Set<String> wanted) {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (Reader reader = text.open();
                JsonParser p = WorldJackson.FACTORY.createParser(new BufferedReader(reader, 1 << 16))) {
            walk(p, p.nextToken(), "", wanted, locations);
        } catch (IOException e) {
            // a syntax error after the wanted nodes, or the file is gone: keep what was found
        }
        return locations;
    }

    private static void walk(
            JsonParser p, JsonToken token, String path, Set<String> wanted, Map<String, JsonLocation> out)
            throws IOException {
        if (token == null) return;
        if (wanted.contains(path)) out.putIfAbsent(path, p.currentTokenLocation());
        if (token == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String child = path + "/" + p.currentName().replace("~", "~0").replace("/", "~1");
                if (wanted.contains(child)) out.put(child, p.currentTokenLocation());
                JsonToken value = p.nextToken();
                // only the ancestors of wanted nodes are worth walking into
                if (wanted.contains(child)) walk(p, value, child, wanted, out);
                else p.skipChildren();
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                String child = path + "/" + i++;
                if (wanted.contains(child)) walk(p, t, child, wanted, out);
                else p.skipChildren();
            }
        }
    }

    /** Counts the bytes read, for progress on long reads. */
    private static final class CountingInputStream extends FilterInputStream {
        private final LongConsumer progress;
        private long count;

        CountingInputStream(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) progress.accept(++count);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) progress.accept(count += n);
            return n;
        }
    }
}
