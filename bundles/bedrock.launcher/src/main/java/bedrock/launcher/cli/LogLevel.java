package bedrock.launcher.cli;

import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Upstream's {@code -v/--verbose} levels, applied to java.util.logging (the backend of
 * {@link System.Logger}): the root logger and its handlers, which write to stderr.
 */
enum LogLevel {
    TRACE(Level.FINEST, "4"),
    // Felix's own debug output (every wire it resolves) is only useful when tracing.
    DEBUG(Level.FINE, "2"),
    INFO(Level.INFO, "2"),
    WARNING(Level.WARNING, "2"),
    ERROR(Level.SEVERE, "1"),
    CRITICAL(Level.SEVERE, "1"),
    OFF(Level.OFF, "0");

    private final Level julLevel;
    private final String felixLevel;

    LogLevel(Level julLevel, String felixLevel) {
        this.julLevel = julLevel;
        this.felixLevel = felixLevel;
    }

    /** The level named by the user; {@link UsageException} listing the choices otherwise. */
    static LogLevel parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid log level \"" + name
                    + "\" (expected trace, debug, info, warning, error, critical or off)");
        }
    }

    /** Felix's {@code felix.log.level} for this level. */
    String felixLevel() {
        return felixLevel;
    }

    /** One line per record: {@code [level] logger: message}, then the stack trace if any. */
    static final String FORMAT = "[%4$s] %3$s: %5$s%6$s%n";

    /** The system property of {@link SimpleFormatter}'s format. */
    static final String FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";

    /**
     * Sets the root logger and its handlers to this level, with one-line records
     * ({@link OneLineFormatter}), or with the user's {@value #FORMAT_PROPERTY} when it is set.
     */
    void apply() {
        Logger root = Logger.getLogger("");
        root.setLevel(julLevel);
        if (root.getHandlers().length == 0) {
            root.addHandler(new ConsoleHandler());
        }
        boolean userFormat = System.getProperty(FORMAT_PROPERTY) != null;
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(julLevel);
            // SimpleFormatter reads its format once: a fresh one picks up the user's.
            handler.setFormatter(userFormat ? new SimpleFormatter() : new OneLineFormatter());
        }
    }
}
