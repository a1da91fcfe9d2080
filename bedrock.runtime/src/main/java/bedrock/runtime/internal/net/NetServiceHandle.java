package bedrock.runtime.internal.net;

import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.ServiceHandle;
import bedrock.api.json.Json;
import bedrock.api.server.QueryResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A {@link ServiceHandle} sending Bedrock's management RPCs through its {@link NetClient}. Immutable. */
final class NetServiceHandle implements ServiceHandle {

    private final NetClient client;
    private final String address;
    private final int providerId;

    NetServiceHandle(NetClient client, String address, int providerId) {
        this.client = client;
        this.address = address;
        this.providerId = providerId;
    }

    @Override
    public Client client() {
        return client;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public int providerId() {
        return providerId;
    }

    private CompletableFuture<Object> send(String rpc, byte[] payload) {
        return client.call(address, providerId, rpc, payload);
    }

    private CompletableFuture<Void> sendVoid(String rpc, byte[] payload) {
        return send(rpc, payload).thenApply(ignored -> null);
    }

    @Override
    public Map<String, Object> config() {
        return NetClient.await(configAsync());
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<Map<String, Object>> configAsync() {
        return send("bedrock_get_config", Wire.EMPTY).thenApply(value -> {
            if (!(value instanceof Map)) {
                throw new ClientException("Invalid configuration from " + address + ": " + Json.write(value));
            }
            return (Map<String, Object>) value;
        });
    }

    @Override
    public QueryResult query(String script) {
        return NetClient.await(queryAsync(script));
    }

    @Override
    public CompletableFuture<QueryResult> queryAsync(String script) {
        return send("bedrock_query_config", Wire.request("script", script)).thenApply(value -> {
            if (!(value instanceof Map<?, ?> map) || !(map.get("json") instanceof String json)) {
                throw new ClientException("Invalid query result from " + address + ": " + Json.write(value));
            }
            List<String> warnings = map.get("warnings") instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList() : List.of();
            return new QueryResult(Json.parse(json), json, warnings);
        });
    }

    @Override
    public void loadModule(String location) {
        NetClient.await(loadModuleAsync(location));
    }

    @Override
    public CompletableFuture<Void> loadModuleAsync(String location) {
        return sendVoid("bedrock_load_module", Wire.request("location", location));
    }

    @Override
    public void loadModule(String name, String location) {
        NetClient.await(loadModuleAsync(name, location));
    }

    @Override
    public CompletableFuture<Void> loadModuleAsync(String name, String location) {
        return sendVoid("bedrock_load_module", Wire.request("name", name, "location", location));
    }

    @Override
    public void unloadModule(String nameOrLocation) {
        NetClient.await(unloadModuleAsync(nameOrLocation));
    }

    @Override
    public CompletableFuture<Void> unloadModuleAsync(String nameOrLocation) {
        return sendVoid("bedrock_unload_module", Wire.request("name", nameOrLocation));
    }

    @Override
    public void addPool(Object spec) {
        NetClient.await(addPoolAsync(spec));
    }

    @Override
    public CompletableFuture<Void> addPoolAsync(Object spec) {
        return sendVoid("bedrock_add_pool", Wire.request("spec", Wire.spec(spec)));
    }

    @Override
    public void removePool(String name) {
        NetClient.await(removePoolAsync(name));
    }

    @Override
    public CompletableFuture<Void> removePoolAsync(String name) {
        return sendVoid("bedrock_remove_pool", Wire.request("name", name));
    }

    @Override
    public void addXstream(Object spec) {
        NetClient.await(addXstreamAsync(spec));
    }

    @Override
    public CompletableFuture<Void> addXstreamAsync(Object spec) {
        return sendVoid("bedrock_add_xstream", Wire.request("spec", Wire.spec(spec)));
    }

    @Override
    public void removeXstream(String name) {
        NetClient.await(removeXstreamAsync(name));
    }

    @Override
    public CompletableFuture<Void> removeXstreamAsync(String name) {
        return sendVoid("bedrock_remove_xstream", Wire.request("name", name));
    }

    @Override
    public int addProvider(Object spec) {
        return NetClient.await(addProviderAsync(spec));
    }

    @Override
    public CompletableFuture<Integer> addProviderAsync(Object spec) {
        return send("bedrock_start_provider", Wire.request("spec", Wire.spec(spec))).thenApply(value -> {
            if (!(value instanceof Number id)) {
                throw new ClientException("Invalid provider id from " + address + ": " + Json.write(value));
            }
            return id.intValue();
        });
    }

    @Override
    public void removeProvider(String name) {
        NetClient.await(removeProviderAsync(name));
    }

    @Override
    public CompletableFuture<Void> removeProviderAsync(String name) {
        return sendVoid("bedrock_remove_provider", Wire.request("name", name));
    }

    @Override
    public void addClient(Object spec) {
        NetClient.await(addClientAsync(spec));
    }

    @Override
    public CompletableFuture<Void> addClientAsync(Object spec) {
        return sendVoid("bedrock_add_client", Wire.request("spec", Wire.spec(spec)));
    }

    @Override
    public void removeClient(String name) {
        NetClient.await(removeClientAsync(name));
    }

    @Override
    public CompletableFuture<Void> removeClientAsync(String name) {
        return sendVoid("bedrock_remove_client", Wire.request("name", name));
    }

    @Override
    public void addAbtIo(Object spec) {
        NetClient.await(addAbtIoAsync(spec));
    }

    @Override
    public CompletableFuture<Void> addAbtIoAsync(Object spec) {
        return sendVoid("bedrock_add_abtio", Wire.request("spec", Wire.spec(spec)));
    }

    @Override
    public void addSsgGroup(Object spec) {
        NetClient.await(addSsgGroupAsync(spec));
    }

    @Override
    public CompletableFuture<Void> addSsgGroupAsync(Object spec) {
        return sendVoid("bedrock_add_ssg_group", Wire.request("spec", Wire.spec(spec)));
    }

    @Override
    public void changeProviderPool(String provider, String pool) {
        NetClient.await(changeProviderPoolAsync(provider, pool));
    }

    @Override
    public CompletableFuture<Void> changeProviderPoolAsync(String provider, String pool) {
        return sendVoid("bedrock_change_provider_pool", Wire.request("provider", provider, "pool", pool));
    }

    @Override
    public void migrateProvider(String provider, String destAddress, int destProviderId, Map<String, Object> options,
            boolean removeSource) {
        NetClient.await(migrateProviderAsync(provider, destAddress, destProviderId, options, removeSource));
    }

    @Override
    public CompletableFuture<Void> migrateProviderAsync(String provider, String destAddress, int destProviderId,
            Map<String, Object> options, boolean removeSource) {
        return sendVoid("bedrock_migrate_provider", Wire.request("provider", provider, "dest_address", destAddress,
                "dest_provider_id", destProviderId, "options", options, "remove_source", removeSource));
    }

    @Override
    public void snapshotProvider(String provider, String destPath, Map<String, Object> options, boolean removeSource) {
        NetClient.await(snapshotProviderAsync(provider, destPath, options, removeSource));
    }

    @Override
    public CompletableFuture<Void> snapshotProviderAsync(String provider, String destPath, Map<String, Object> options,
            boolean removeSource) {
        return sendVoid("bedrock_snapshot_provider", Wire.request("provider", provider, "dest_path", destPath,
                "options", options, "remove_source", removeSource));
    }

    @Override
    public void restoreProvider(String provider, String srcPath, Map<String, Object> options) {
        NetClient.await(restoreProviderAsync(provider, srcPath, options));
    }

    @Override
    public CompletableFuture<Void> restoreProviderAsync(String provider, String srcPath, Map<String, Object> options) {
        return sendVoid("bedrock_restore_provider", Wire.request("provider", provider, "src_path", srcPath,
                "options", options));
    }

    @Override
    public bedrock.api.event.EventBatch pollEvents(long since, java.time.Duration wait) {
        return NetClient.await(pollEventsAsync(since, wait));
    }

    @Override
    public CompletableFuture<bedrock.api.event.EventBatch> pollEventsAsync(long since, java.time.Duration wait) {
        long waitMs = Math.max(0, Math.min(wait.toMillis(), EventWatchRpc.MAX_WAIT_MS));
        // The call may take the whole wait: bound it by the wait plus the usual margin.
        return client.call(address, providerId, "bedrock_watch_events",
                Wire.request("since", since, "timeout_ms", waitMs),
                java.time.Duration.ofMillis(waitMs).plusSeconds(10))
                .thenApply(value -> EventWatchRpc.decode(value, address));
    }

    @Override
    public void shutdown() {
        NetClient.await(shutdownAsync());
    }

    @Override
    public CompletableFuture<Void> shutdownAsync() {
        return sendVoid("bedrock_shutdown", Wire.EMPTY);
    }

    @Override
    public String toString() {
        return "ServiceHandle[" + address + ", provider " + providerId + "]";
    }
}
