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
        this.home = home;
        this.frameworkProperties = Map.copyOf(frameworkProperties);
    }

    @Override
    public EmbeddedServer create(String address, String spec, SpecOptions options) {
        Path dist = home != null ? home : BedrockHome.locate();
        EmbeddedFramework framework = HotDeploy.startFramework(dist, frameworkProperties);
        try {
            ServerFactory inner;
            try {
                inner = framework.awaitService(ServerFactory.class, RUNTIME_TIMEOUT);
            } catch (BedrockException e) {
                throw new BedrockException("The Bedrock runtime did not start (is bedrock.runtime in "
                        + BedrockHome.bundles(dist) + "?): " + e.getMessage(), e);
            }
            return new EmbeddedServer(inner.create(address, spec, options), framework);
        } catch (RuntimeException | Error e) {
            framework.close();
            throw e;
        }
    }
}
