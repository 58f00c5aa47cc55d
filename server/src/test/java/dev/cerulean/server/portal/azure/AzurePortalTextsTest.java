package dev.cerulean.server.portal.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cerulean.server.page.Language;
import dev.cerulean.server.page.Messages;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the Azure portal's templates name exists, and every portal text is translated into Swedish. */
class AzurePortalTextsTest {
    private static final Pattern KEY = Pattern.compile("frame\\.t\\(\"([a-zA-Z0-9.]+)\"");

    @Test
    void everyKeyATemplateNamesExistsInBothLanguages() throws Exception {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src", "main", "jte", "azure"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
                Matcher m = KEY.matcher(Files.readString(t));
                while (m.find()) keys.add(m.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(50);
        Messages english = Messages.of(Language.en), swedish = Messages.of(Language.sv);
        assertThat(keys).allSatisfy(k -> {
            assertThat(english.has(k)).as(k).isTrue();
            assertThat(swedish.translates(k)).as("sv " + k).isTrue();
        });
    }

    @Test
    void everyPortalTextIsTranslated() throws Exception {
        Properties english = load("/messages_en.properties");
        Messages swedish = Messages.of(Language.sv);
        List<String> untranslated = english.stringPropertyNames().stream()
                .filter(k -> k.startsWith("portal."))
                .filter(k -> !swedish.translates(k))
                .sorted()
                .toList();
        assertThat(untranslated).isEmpty();
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = AzurePortalTextsTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
