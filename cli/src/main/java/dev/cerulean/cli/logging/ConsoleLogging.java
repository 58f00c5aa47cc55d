package dev.cerulean.cli.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Cerulean's logging, configured in code (found by logback as a service): one console appender
 * on standard output writing {@code HH:mm:ss.SSS LEVEL Logger - message}, INFO for Cerulean and
 * WARN for the libraries (Jetty, Javalin, Flyway, Hikari, H2, JDBI). Parsing an XML configuration
 * took about a seventh of the server's start-up time, so there is none; a logback configuration
 * file given with {@code -Dlogback.configurationFile=...} still replaces this one.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
    /** Loggers that are only interesting when something goes wrong. */
    static final String[] QUIET = {
        "org.eclipse.jetty", "io.javalin", "org.flywaydb", "com.zaxxer.hikari", "h2database", "org.jdbi"
    };

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        var encoder = new ConsoleLineEncoder();
        encoder.setContext(context);
        encoder.start();
        var console = new ConsoleAppender<ILoggingEvent>();
        console.setContext(context);
        console.setName("console");
        console.setEncoder(encoder);
        console.start();
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        for (String name : QUIET) context.getLogger(name).setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
