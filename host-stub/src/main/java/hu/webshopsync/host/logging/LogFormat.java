package hu.webshopsync.host.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * One log line per record, {@code 2026-12-06 10:15:02.123 WARN logger - message}, with SLF4J's level
 * names, the stack trace of a throwable below it, and every line passed through the redactor: this
 * formatter is the point all log output of every logger (the plugins' included) passes through.
 */
final class LogFormat extends Formatter {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final UnaryOperator<String> redactor;

    LogFormat(UnaryOperator<String> redactor) {
        this.redactor = redactor;
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(128)
                .append(TIME.format(record.getInstant())).append(' ')
                .append(levelName(record.getLevel())).append(' ')
                .append(record.getLoggerName()).append(" - ")
                .append(formatMessage(record)).append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return redactor.apply(line.toString());
    }

    /** SLF4J's names for the levels slf4j-jdk14 maps to java.util.logging. */
    static String levelName(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (value >= Level.WARNING.intValue()) {
            return "WARN";
        }
        if (value >= Level.INFO.intValue()) {
            return "INFO";
        }
        return value >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }
}
