package dev.cerulean.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.Configurator;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** What the extension brings into a user's tests: world files, but not the command line or its logging set-up. */
class ClassPathTest {
    @Test
    void theCommandLineIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("dev.cerulean.cli.Main")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void noCeruleanLogbackConfiguratorReplacesTheUsersLogbackTestXml() {
        assertThat(ServiceLoader.load(Configurator.class).stream()
                        .map(p -> p.type().getName()))
                .noneMatch(name -> name.startsWith("dev.cerulean"));
    }
}
