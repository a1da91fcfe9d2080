package bedrock.launcher.cli;

import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Upstream's {@code -v/--verbose} levels, applied to java.util.logging (the backend of
 * {@link System.Logger}): the root logger and its handlers, which write to stderr.
 */
enum LogLevel {
    TRACE(Level.FINEST, "4"),
    DEBUG(Level.FINE, "4"),
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

    /** Sets the root logger and its handlers to this level. */
    void apply() {
        Logger root = Logger.getLogger("");
        root.setLevel(julLevel);
        if (root.getHandlers().length == 0) {
            root.addHandler(new ConsoleHandler());
        }
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(julLevel);
        }
    }
}
