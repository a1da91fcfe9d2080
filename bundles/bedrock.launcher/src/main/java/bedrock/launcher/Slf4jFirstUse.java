package bedrock.launcher;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Initialises the framework's SLF4J (the {@code slf4j.api} bundle, when installed) on the
 * caller's thread, before any bundle runs. SLF4J 1.7 hands a second thread that asks for a
 * logger during its initialisation a stand-in that records the calls, and then prints a notice
 * on stderr when it replays them: Netty (on the caller's thread) and the bundles started on a
 * background thread ({@link LaterStart}) would otherwise race for that first use.
 */
final class Slf4jFirstUse {

    static final String SLF4J_API = "slf4j.api";

    private Slf4jFirstUse() {
    }

    /** Does nothing when the framework has no SLF4J, or when it cannot be loaded (a later use reports that). */
    static void initialize(BundleContext context) {
        for (Bundle bundle : context.getBundles()) {
            if (SLF4J_API.equals(bundle.getSymbolicName())) {
                try {
                    bundle.loadClass("org.slf4j.LoggerFactory").getMethod("getILoggerFactory").invoke(null);
                } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                    // Left to the first bundle that logs.
                }
                return;
            }
        }
    }
}
