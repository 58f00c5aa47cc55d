package dev.cerulean.cli.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * One line per event, {@code 14:03:07.521 WARN  HealthEndpoint - database health check failed},
 * followed by the stack trace when there is one: the layout of logback's pattern
 * {@code %d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n%ex}, written by hand so that no pattern
 * parser is loaded at start-up.
 */
public final class ConsoleLineEncoder extends EncoderBase<ILoggingEvent> {
    private final ZoneId zone = ZoneId.systemDefault();

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return line(event).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }

    String line(ILoggingEvent event) {
        StringBuilder out = new StringBuilder(128);
        LocalTime t = LocalTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), zone);
        two(out, t.getHour()).append(':');
        two(out, t.getMinute()).append(':');
        two(out, t.getSecond()).append('.');
        int millis = t.getNano() / 1_000_000;
        if (millis < 100) out.append('0');
        two(out, millis).append(' ');
        String level = event.getLevel().toString();
        out.append(level);
        for (int i = level.length(); i < 5; i++) out.append(' ');
        String logger = event.getLoggerName();
        out.append(' ')
                .append(logger, logger.lastIndexOf('.') + 1, logger.length())
                .append(" - ")
                .append(event.getFormattedMessage())
                .append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) out.append(ThrowableProxyUtil.asString(thrown));
        return out.toString();
    }

    private static StringBuilder two(StringBuilder out, int n) {
        if (n < 10) out.append('0');
        return out.append(n);
    }
}
