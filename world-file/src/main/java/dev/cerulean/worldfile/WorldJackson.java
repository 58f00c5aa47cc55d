package dev.cerulean.worldfile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.MicrosoftAccountId;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.RoleAssignmentId;
import dev.cerulean.core.common.RoleDefinitionId;
import dev.cerulean.core.common.SubscriptionId;
import dev.cerulean.core.directory.DirectoryRole;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Jackson set-up of world files: ids and times as plain strings, enums case-insensitive,
 * unknown keys refused, and nothing written that is null or empty.
 */
final class WorldJackson {
    private WorldJackson() {}

    /**
     * World files may be as large as the worlds they describe: SnakeYAML's default of 3 MiB of code
     * points refused a world with three subscriptions at their limits. Aliases stay limited (the
     * default), which is what guards against "billion laughs" documents.
     */
    static final int MAX_CODE_POINTS = Integer.MAX_VALUE;

    static final YAMLFactory FACTORY = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    static final ObjectMapper MAPPER = YAMLMapper.builder(FACTORY)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .addModule(module())
            .build();

    private static org.yaml.snakeyaml.LoaderOptions loaderOptions() {
        var options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    private static SimpleModule module() {
        var m = new SimpleModule("cerulean-world");
        m.addDeserializer(String.class, new SharedStrings());
        id(m, DirectoryId.class, DirectoryId::parse);
        id(m, MicrosoftAccountId.class, MicrosoftAccountId::parse);
        id(m, ObjectId.class, ObjectId::parse);
        id(m, SubscriptionId.class, SubscriptionId::parse);
        id(m, RoleAssignmentId.class, RoleAssignmentId::parse);
        id(m, RoleDefinitionId.class, RoleDefinitionId::parse);
        m.addSerializer(Instant.class, ToStringSerializer.instance);
        m.addDeserializer(
                Instant.class,
                text(
                        Instant.class,
                        s -> {
                            try {
                                return Optional.of(Instant.parse(s));
                            } catch (DateTimeParseException e) {
                                return Optional.empty();
                            }
                        },
                        "is not a UTC time such as 2017-06-01T09:00:00Z"));
        // "Global Administrator" as the portal shows it, or GlobalAdministrator
        m.addDeserializer(
                DirectoryRole.class,
                text(
                        DirectoryRole.class,
                        DirectoryRole::byName,
                        "is not a directory role (GlobalAdministrator, UserAdministrator, BillingAdministrator, GuestInviter, "
                                + "ApplicationAdministrator, CloudApplicationAdministrator)"));
        return m;
    }

    private static <T> void id(SimpleModule m, Class<T> type, Function<String, Optional<T>> parse) {
        m.addSerializer(type, ToStringSerializer.instance);
        m.addDeserializer(type, text(type, parse, "is not a GUID"));
    }

    private static <T> JsonDeserializer<T> text(Class<T> type, Function<String, Optional<T>> parse, String problem) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                String text = p.getValueAsString();
                if (text == null) return (T) ctx.handleUnexpectedToken(type, p);
                return parse.apply(text.trim())
                        .orElseThrow(() -> com.fasterxml.jackson.databind.exc.InvalidFormatException.from(
                                p, "'" + text + "' " + problem, text, type));
            }
        };
    }

    /**
     * Short values read more than once (a password every user shares, role names, locations) are
     * kept once per file read: in a world of a million users one shared password is otherwise a
     * million strings. The first {@value #KEPT} distinct values are remembered, so that unique ones
     * (names, emails) do not make the table grow with the world.
     */
    static final class SharedStrings extends StdScalarDeserializer<String> {
        static final int KEPT = 4096;
        static final int SHORT = 64;
        private static final Object SEEN = SharedStrings.class;

        SharedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctx);
            if (value == null || value.length() > SHORT) return value;
            @SuppressWarnings("unchecked")
            Map<String, String> seen = (Map<String, String>) ctx.getAttribute(SEEN);
            if (seen == null) {
                seen = new HashMap<>();
                ctx.setAttribute(SEEN, seen);
            }
            String shared = seen.get(value);
            if (shared != null) return shared;
            if (seen.size() < KEPT) seen.put(value, value);
            return value;
        }
    }
}
