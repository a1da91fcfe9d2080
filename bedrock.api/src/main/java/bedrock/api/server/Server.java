package bedrock.api.server;

import bedrock.api.BedrockException;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A running Bedrock service: its pools and xstreams, modules, clients and providers, reachable at
 * {@link #address()} by any {@link bedrock.api.client.Client}.
 *
 * <p>Every change made through the managers is atomic: when it fails, a {@link BedrockException}
 * names the offending item (with its JSON path where it applies) and the service is exactly as
 * before. Thread-safe: changes are serialised.
 *
 * <p>{@link #close()} stops providers in reverse creation order, then clients, then xstreams, and
 * releases the module bundles.
 */
@ProviderType
public interface Server extends AutoCloseable {

    /** Starts a server from a JSON spec text. See {@link ServerFactory#create(String, String, SpecOptions)}. */
    static Server start(String address, String specJson) {
        return factory().create(address, specJson, SpecOptions.json());
    }

    /** Starts a server from a JSON-like map. */
    static Server start(String address, Map<String, ?> spec) {
        return factory().create(address, spec);
    }

    /** Starts a server from a spec model. */
    static Server start(String address, bedrock.api.spec.ProcSpec spec) {
        return factory().create(address, spec.toJson(), SpecOptions.json());
    }

    /** Starts a server from a spec file ({@code .json}, or {@code .jx9} for a Jx9 script). */
    static Server fromConfigFile(String address, Path file) {
        return factory().createFromFile(address, file);
    }

    /** The first {@link ServerFactory} on the class path (the embedded-framework launcher). */
    static ServerFactory factory() {
        return ServiceLoader.load(ServerFactory.class, Server.class.getClassLoader()).findFirst()
                .or(() -> ServiceLoader.load(ServerFactory.class).findFirst())
                .orElseThrow(() -> new BedrockException("No Bedrock server implementation found: put "
                        + "the bedrock.launcher jar on the class path, or use the ServerFactory "
                        + "service inside an OSGi framework"));
    }

    /** The address clients reach this server at, e.g. {@code tcp://127.0.0.1:4567}. */
    String address();

    /** The completed configuration, as JSON-like Java values (a fresh copy). */
    Map<String, Object> config();

    /** The completed configuration as compact JSON text. */
    String configJson();

    /** The completed configuration as a spec model. */
    default bedrock.api.spec.ProcSpec spec() {
        return bedrock.api.spec.ProcSpec.fromMap(config());
    }

    /**
     * Runs a Jx9 script with {@code $__config__} set to the completed configuration and returns
     * its result (a JSON-like value). A script that does not compile fails with a
     * {@link BedrockException} starting {@code Jx9 script failed to compile:}.
     */
    QueryResult query(String script);

    /** Installs and starts the module bundle at that location and waits for its module types. */
    void loadModule(String location);

    /** Like {@link #loadModule(String)}, expecting the bundle to provide the named module type. */
    void loadModule(String name, String location);

    /**
     * Uninstalls a module bundle this service loaded, given by module type ({@code libraries}
     * key) or by location, once no provider or client of its types is left; its entries leave
     * the completed config's {@code libraries}.
     *
     * @throws bedrock.api.BedrockException naming what still uses the module, or when no loaded
     *     module has that name or location
     */
    void unloadModule(String nameOrLocation);

    /** The pools of this service. */
    PoolManager pools();

    /** The xstreams of this service. */
    XstreamManager xstreams();

    /** The providers of this service. */
    ProviderManager providers();

    /** The clients of this service. */
    ClientManager clients();

    /** The abt_io instances of this service. */
    AbtIoManager abtIo();

    /** The groups ({@code ssg} entries) this service belongs to. */
    SsgManager ssg();

    /** Blocks until the server is shut down (by {@link #close()} or a remote shutdown). */
    void awaitShutdown() throws InterruptedException;

    /** Whether the server is still running. */
    boolean isRunning();

    /** Stops the server. Idempotent. */
    @Override
    void close();
}
