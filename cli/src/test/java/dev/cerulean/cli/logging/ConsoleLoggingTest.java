package dev.cerulean.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logging is configured in code: one console line per event, libraries at WARN. */
class ConsoleLoggingTest {

    @Test
    void logbackFindsTheConfigurationInCode() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(root.getAppender("console"))
                .isInstanceOfSatisfying(
                        ConsoleAppender.class,
                        console -> assertThat(console.getEncoder()).isInstanceOf(ConsoleLineEncoder.class));
        assertThat(context.getLogger("org.eclipse.jetty.server.Server").getEffectiveLevel())
                .isEqualTo(Level.WARN);
        assertThat(context.getLogger("com.zaxxer.hikari.pool.HikariPool").getEffectiveLevel())
                .isEqualTo(Level.WARN);
        assertThat(context.getLogger("dev.cerulean.server.http.HealthEndpoint").getEffectiveLevel())
                .isEqualTo(Level.INFO);
    }

    @Test
    void aLineHasTimeLevelShortLoggerNameAndMessage() {
        var event = event(Level.WARN, "database {} failed", null, "health check");

        assertThat(new ConsoleLineEncoder().line(event))
                .isEqualTo("14:03:07.021 WARN  HealthEndpoint - database health check failed" + System.lineSeparator());
    }

    @Test
    void aFailureIsFollowedByItsStackTrace() {
        var event = event(Level.ERROR, "GET /x failed", new IllegalStateException("boom"));

        String text = new ConsoleLineEncoder().line(event);

        assertThat(text)
                .startsWith("14:03:07.021 ERROR HealthEndpoint - GET /x failed" + System.lineSeparator()
                        + "java.lang.IllegalStateException: boom");
        assertThat(text).contains("at dev.cerulean.cli.logging.ConsoleLoggingTest.aFailureIsFollowedByItsStackTrace");
    }

    private static LoggingEvent event(Level level, String message, Throwable thrown, Object... args) {
        var context = new LoggerContext();
        var event = new LoggingEvent(
                "test", context.getLogger("dev.cerulean.server.http.HealthEndpoint"), level, message, thrown, args);
        long at = LocalDateTime.of(2026, 11, 26, 14, 3, 7, 21_000_000)
                .atZone(ZoneId.systemDefault())
                .toInstant()
                .toEpochMilli();
        event.setTimeStamp(at);
        return event;
    }
}
