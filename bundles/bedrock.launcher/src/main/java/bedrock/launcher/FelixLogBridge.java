package bedrock.launcher;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Sends Felix's own messages to {@link System.Logger} (so to stderr through java.util.logging)
 * instead of Felix's default, standard output, which the daemon keeps for its "now running" line.
 */
final class FelixLogBridge extends org.apache.felix.framework.Logger {

    private static final System.Logger LOG = System.getLogger("org.apache.felix.framework");

    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        String where = bundle == null ? "" : "[" + bundle.getSymbolicName() + "] ";
        doLog(level, where + msg, throwable);
    }

    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
        System.Logger.Level mapped = switch (level) {
            case LOG_ERROR -> System.Logger.Level.ERROR;
            case LOG_WARNING -> System.Logger.Level.WARNING;
            case LOG_INFO -> System.Logger.Level.INFO;
            default -> System.Logger.Level.DEBUG;
        };
        if (throwable == null) {
            LOG.log(mapped, msg);
        } else {
            LOG.log(mapped, msg, throwable);
        }
    }
}
