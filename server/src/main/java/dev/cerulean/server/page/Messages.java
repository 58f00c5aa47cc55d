package dev.cerulean.server.page;

import dev.cerulean.core.common.RuleCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' texts from {@code messages_en.properties} and {@code messages_sv.properties}
 * (UTF-8); a key missing in Swedish falls back to English, a key missing everywhere shows itself.
 * Refusals are {@code rule.<RuleCode>} with the rule's arguments as {0}, {1}, ….
 */
public final class Messages {
    private static final Map<Language, Properties> BUNDLES = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) BUNDLES.put(l, load("/messages_" + l + ".properties"));
    }

    private final Language language;

    private Messages(Language language) {
        this.language = language;
    }

    public static Messages of(Language language) {
        return new Messages(language);
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... args) {
        String pattern = BUNDLES.get(language).getProperty(key);
        if (pattern == null) pattern = BUNDLES.get(Language.en).getProperty(key);
        if (pattern == null) return key;
        if (args.length == 0) return pattern;
        return new MessageFormat(pattern.replace("'", "''"), Locale.forLanguageTag(language.name())).format(args);
    }

    /** The message of a refusal, e.g. rule.PasswordTooWeak with its minimum length and classes. */
    public String rule(RuleCode code, List<String> args) {
        String key = "rule." + code.name();
        if (!has(key)) return get("rule.other", code.name());
        return get(key, args.toArray());
    }

    /** Whether this language's own bundle holds the key (no fallback to English). */
    public boolean translates(String key) {
        return BUNDLES.get(language).containsKey(key);
    }

    public boolean has(String key) {
        return BUNDLES.get(Language.en).containsKey(key)
                || BUNDLES.get(language).containsKey(key);
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
