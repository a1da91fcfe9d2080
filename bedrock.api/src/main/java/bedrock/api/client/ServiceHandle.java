package bedrock.api.client;

import bedrock.api.ClientException;
import bedrock.api.server.QueryResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A handle to one Bedrock service: read its configuration, query it, change it.
 *
 * <p>Every method sends one request and waits for the answer; a failure raises a
 * {@link ClientException} carrying the server's message and JSON path. Each has an
 * {@code ...Async} twin returning a {@link CompletableFuture} that fails with the same exception.
 * Spec arguments ({@code Object spec}) are what a spec holds for that entry: a {@code Map}, JSON
 * text, or a spec model object ({@code PoolSpec}, {@code ProviderSpec}, ...).
 */
@ProviderType
public interface ServiceHandle {

    /** The client this handle belongs to. */
    Client client();

    /** The service's address. */
    String address();

    /** The provider id Bedrock answers at on that service. */
    int providerId();

    /** The completed configuration. */
    Map<String, Object> config();

    /** Asynchronous form of {@link #config}. */
    CompletableFuture<Map<String, Object>> configAsync();

    /** The completed configuration as a spec model. */
    default bedrock.api.spec.ProcSpec spec() {
        return bedrock.api.spec.ProcSpec.fromMap(config());
    }

    /** Runs a Jx9 script on the service, with {@code $__config__} set to its configuration. */
    QueryResult query(String script);

    /** Asynchronous form of {@link #query}. */
    CompletableFuture<QueryResult> queryAsync(String script);

    /** Installs and starts a module bundle on the service (location as in {@code libraries}). */
    void loadModule(String location);

    /** Asynchronous form of {@link #loadModule}. */
    CompletableFuture<Void> loadModuleAsync(String location);

    /** Legacy form: expects the bundle to provide the module type {@code name}. */
    void loadModule(String name, String location);

    /** Asynchronous form of {@link #loadModule}. */
    CompletableFuture<Void> loadModuleAsync(String name, String location);

    /**
     * Uninstalls a module bundle the service loaded, by module type or location, once no provider
     * or client of its types is left (see {@link bedrock.api.server.Server#unloadModule}).
     */
    void unloadModule(String nameOrLocation);

    /** Asynchronous form of {@link #unloadModule}. */
    CompletableFuture<Void> unloadModuleAsync(String nameOrLocation);

    /** Adds a pool ({@code {"name", "kind", "access"}}). */
    void addPool(Object spec);

    /** Asynchronous form of {@link #addPool}. */
    CompletableFuture<Void> addPoolAsync(Object spec);

    /** Removes a pool nothing uses. */
    void removePool(String name);

    /** Asynchronous form of {@link #removePool}. */
    CompletableFuture<Void> removePoolAsync(String name);

    /** Adds an xstream ({@code {"name", "scheduler": {"type", "pools"}}}). */
    void addXstream(Object spec);

    /** Asynchronous form of {@link #addXstream}. */
    CompletableFuture<Void> addXstreamAsync(Object spec);

    /** Removes an xstream nothing depends on. */
    void removeXstream(String name);

    /** Asynchronous form of {@link #removeXstream}. */
    CompletableFuture<Void> removeXstreamAsync(String name);

    /** Creates a provider and returns its id (assigned by the service when the spec asks). */
    int addProvider(Object spec);

    /** Asynchronous form of {@link #addProvider}. */
    CompletableFuture<Integer> addProviderAsync(Object spec);

    /** Removes a provider by name (upstream has no such RPC). */
    void removeProvider(String name);

    /** Asynchronous form of {@link #removeProvider}. */
    CompletableFuture<Void> removeProviderAsync(String name);

    /** Creates a client ({@code {"name", "type", "config", "dependencies", "tags"}}). */
    void addClient(Object spec);

    /** Asynchronous form of {@link #addClient}. */
    CompletableFuture<Void> addClientAsync(Object spec);

    /** Removes a client by name (upstream has no such RPC). */
    void removeClient(String name);

    /** Asynchronous form of {@link #removeClient}. */
    CompletableFuture<Void> removeClientAsync(String name);

    /** Creates an abt_io instance ({@code {"name", "pool", "config"}}). */
    void addAbtIo(Object spec);

    /** Asynchronous form of {@link #addAbtIo}. */
    CompletableFuture<Void> addAbtIoAsync(Object spec);

    /** Creates or joins a group ({@code {"name", "bootstrap", "group_file", ...}}). */
    void addSsgGroup(Object spec);

    /** Asynchronous form of {@link #addSsgGroup}. */
    CompletableFuture<Void> addSsgGroupAsync(Object spec);

    /** Moves a provider to another pool, if its module supports it. */
    void changeProviderPool(String provider, String pool);

    /** Asynchronous form of {@link #changeProviderPool}. */
    CompletableFuture<Void> changeProviderPoolAsync(String provider, String pool);

    /**
     * Sends a provider's state to the provider {@code destProviderId} at {@code destAddress}, if its
     * module supports it; with {@code removeSource}, the provider is then removed.
     */
    void migrateProvider(String provider, String destAddress, int destProviderId, Map<String, Object> options,
            boolean removeSource);

    /** Asynchronous form of {@link #migrateProvider}. */
    CompletableFuture<Void> migrateProviderAsync(String provider, String destAddress, int destProviderId,
            Map<String, Object> options, boolean removeSource);

    /** Writes a provider's state under {@code destPath} on the daemon's machine, if its module supports it. */
    void snapshotProvider(String provider, String destPath, Map<String, Object> options, boolean removeSource);

    /** Asynchronous form of {@link #snapshotProvider}. */
    CompletableFuture<Void> snapshotProviderAsync(String provider, String destPath, Map<String, Object> options,
            boolean removeSource);

    /** Restores a provider's state from {@code srcPath} on the daemon's machine, if its module supports it. */
    void restoreProvider(String provider, String srcPath, Map<String, Object> options);

    /** Asynchronous form of {@link #restoreProvider}. */
    CompletableFuture<Void> restoreProviderAsync(String provider, String srcPath, Map<String, Object> options);

    /**
     * One long poll of the daemon's event journal ({@code bedrock_watch_events}): the events after
     * sequence number {@code since}, waiting up to {@code wait} (at most 30 s) for one to come. Needs
     * no credential.
     *
     * @param since the last sequence number already seen; 0 for everything the journal still holds
     */
    bedrock.api.event.EventBatch pollEvents(long since, java.time.Duration wait);

    /** Asynchronous form of {@link #pollEvents}. */
    CompletableFuture<bedrock.api.event.EventBatch> pollEventsAsync(long since, java.time.Duration wait);

    /**
     * Follows the daemon's events, starting with those its journal still holds: a blocking iterator
     * that long-polls the daemon; close it to stop.
     */
    default EventWatch watch() {
        return new EventWatch(this, 0);
    }

    /** Follows the daemon's events after sequence number {@code since}. */
    default EventWatch watch(long since) {
        return new EventWatch(this, since);
    }

    /** Asks the daemon to shut down. */
    void shutdown();

    /** Asynchronous form of {@link #shutdown}. */
    CompletableFuture<Void> shutdownAsync();
}
