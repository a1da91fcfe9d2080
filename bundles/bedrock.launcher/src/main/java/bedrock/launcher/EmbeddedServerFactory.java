package bedrock.launcher;

import bedrock.api.BedrockException;
import bedrock.api.server.Server;
import bedrock.api.server.ServerFactory;
import bedrock.api.server.SpecOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The {@link ServerFactory} of plain Java programs, found by {@link Server#start} through
 * {@code META-INF/services}: each server gets its own {@link EmbeddedFramework} running the
 * bundles of the distribution, and {@link Server#close()} stops that framework too.
 *
 * <p>The distribution is found by {@link BedrockHome#locate()} unless given to the constructor.
 * Thread-safe: every call boots a separate framework.
 */
public final class EmbeddedServerFactory implements ServerFactory {

    /** How long to wait for the runtime bundle to register its {@code ServerFactory}. */
    public static final Duration RUNTIME_TIMEOUT = Duration.ofSeconds(10);

    private final Path home;
    private final Map<String, String> frameworkProperties;
    private final boolean serveFirst;

    /** The factory {@link java.util.ServiceLoader} creates: the distribution is located on first use. */
    public EmbeddedServerFactory() {
        this(null, Map.of());
    }

    /**
     * A factory for that distribution.
     *
     * @param home the distribution folder, or null to locate it on each call
     * @param frameworkProperties extra properties for each framework
     */
    public EmbeddedServerFactory(Path home, Map<String, String> frameworkProperties) {
        this(home, frameworkProperties, false);
    }

    /**
     * A factory for that distribution.
     *
     * @param home the distribution folder, or null to locate it on each call
     * @param frameworkProperties extra properties for each framework
     * @param serveFirst when true, {@link #create} returns as soon as the service serves, while
     *     the bundles it does not need ({@link HotDeploy#STARTED_LATER}: Declarative Services, the
     *     events bus, hot deploy) may still be starting: they start once the service serves, or
     *     as soon as it installs a module bundle ({@link EmbeddedFramework#awaitStarted} waits for
     *     them); when false they are started before it returns, as the service starts
     */
    public EmbeddedServerFactory(Path home, Map<String, String> frameworkProperties, boolean serveFirst) {
        this.home = home;
        this.frameworkProperties = Map.copyOf(frameworkProperties);
        this.serveFirst = serveFirst;
    }

    @Override
    public EmbeddedServer create(String address, String spec, SpecOptions options) {
        Path dist = home != null ? home : BedrockHome.locate();
        if (serveFirst && HostedServers.available()) {
            // Serving first with the runtime on the class path: no framework on the way to the ready line.
            return HostedServers.create(dist, frameworkProperties, address, spec, options);
        }
        // Serving first, the bundles the service does not need start once it serves (or once it
        // installs a module bundle): beside its creation they would only slow it down.
        EmbeddedFramework framework = HotDeploy.startFramework(dist, frameworkProperties, serveFirst);
        try {
            ServerFactory inner;
            try {
                inner = framework.awaitService(ServerFactory.class, RUNTIME_TIMEOUT);
            } catch (BedrockException e) {
                throw new BedrockException("The Bedrock runtime did not start (is bedrock.runtime in "
                        + BedrockHome.bundles(dist) + "?): " + e.getMessage(), e);
            }
            EmbeddedServer server = new EmbeddedServer(inner.create(address, spec, options), framework);
            if (serveFirst) {
                framework.beginLater();
            } else {
                awaitStarted(server);
            }
            return server;
        } catch (RuntimeException | Error e) {
            framework.close();
            throw e;
        }
    }

    private static void awaitStarted(EmbeddedServer server) {
        try {
            server.framework().awaitStarted(RUNTIME_TIMEOUT);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }
}
