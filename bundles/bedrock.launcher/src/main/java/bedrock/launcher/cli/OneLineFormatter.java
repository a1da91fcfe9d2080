package bedrock.launcher.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The commands' log records, one line each: {@code [LEVEL] logger: message}, then the stack trace
 * if any, exactly as {@link java.util.logging.SimpleFormatter} prints them with the format
 * {@value LogLevel#FORMAT}. Written out because that format, once set, makes every
 * {@code SimpleFormatter} check it by formatting the current time in the default zone, which
 * loads the JDK's time-zone data and its format parser on the way to a daemon's ready line.
 * Thread-safe (stateless).
 */
final class OneLineFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(96)
                .append('[').append(record.getLevel().getLocalizedName()).append("] ")
                .append(record.getLoggerName()).append(": ").append(formatMessage(record));
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            StringWriter trace = new StringWriter();
            try (PrintWriter out = new PrintWriter(trace)) {
                out.println();
                thrown.printStackTrace(out);
            }
            line.append(trace);
        }
        return line.append(System.lineSeparator()).toString();
    }
}
