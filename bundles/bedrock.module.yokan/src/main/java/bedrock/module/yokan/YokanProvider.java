package bedrock.module.yokan;

import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderInstance;
import bedrock.api.module.RpcEngine;
import bedrock.api.module.RpcHandler;
import bedrock.module.yokan.api.YokanDatabase;
import bedrock.module.yokan.backend.Backend;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A yokan provider: owns one database and serves it through the RPCs of {@link Wire} on its
 * pool. It is also the database itself, which is what a dependency of kind {@code provider}
 * receives; such local calls run on the caller's thread.
 */
public final class YokanProvider implements ProviderInstance, YokanDatabase {

    private final String name;
    private final int providerId;
    private final Map<String, Object> config;
    private final Backend backend;
    private final RpcEngine engine;
    private final MigrationInbox inbox;
    private final List<RpcEngine.Registration> registrations = new ArrayList<>();
    private boolean closed;

    YokanProvider(ProviderArgs args) {
        DatabaseConfig db = DatabaseConfig.parse(args.config());
        this.name = args.name();
        this.providerId = args.providerId();
        this.config = db.effective();
        this.backend = db.open();
        this.engine = args.engine();
        this.inbox = new MigrationInbox(backend);
        Map<String, RpcHandler> handlers = new java.util.LinkedHashMap<>(Handlers.of(backend));
        handlers.put(Wire.MIGRATE, inbox::receive);
        try {
            for (Map.Entry<String, RpcHandler> rpc : handlers.entrySet()) {
                registrations.add(args.engine().register(rpc.getKey(), providerId, args.pool(),
                        rpc.getValue()));
            }
        } catch (RuntimeException e) {
            // A half-registered provider would keep its file open and its RPC names taken.
            close();
            throw e;
        }
    }

    /** The provider's name. */
    public String name() {
        return name;
    }

    /** The provider id its RPCs are registered for. */
    public int providerId() {
        return providerId;
    }

    /** The database type: {@code map}, {@code unordered_map} or {@code persistent}. */
    public String databaseType() {
        return backend.type();
    }

    /** The effective configuration: the given one with the database type filled in. */
    @Override
    public Map<String, Object> config() {
        return config;
    }

    @Override
    public void put(byte[] key, byte[] value) {
        backend.put(key, value);
    }

    @Override
    public byte[] get(byte[] key) {
        return backend.get(key);
    }

    @Override
    public boolean exists(byte[] key) {
        return backend.exists(key);
    }

    @Override
    public boolean erase(byte[] key) {
        return backend.erase(key);
    }

    @Override
    public List<byte[]> listKeys(byte[] fromKeyExclusive, byte[] prefix, int max) {
        return backend.listKeys(fromKeyExclusive, prefix, max);
    }

    @Override
    public long count() {
        return backend.count();
    }

    /**
     * Sends every pair to the yokan provider {@code destProviderId} at {@code destAddress}, which
     * then holds exactly these pairs ({@code "mode": "replace"}, the default) or adds them over its
     * own ({@code "merge"}). Nothing changes at the destination unless every batch arrived.
     */
    @Override
    public void migrate(String destAddress, int destProviderId, Map<String, Object> options, boolean removeSource) {
        StateOptions opts = StateOptions.receiving("migrate", options);
        Migration.send(backend, engine.providerHandle(destAddress, destProviderId, YokanFactory.TYPE),
                opts.replace());
    }

    /** Writes every pair to the file {@code destPath} (see {@link Snapshots}), whatever the database type. */
    @Override
    public void snapshot(String destPath, Map<String, Object> options, boolean removeSource) throws IOException {
        StateOptions.none("snapshot", options);
        Snapshots.write(backend, Path.of(destPath));
    }

    /**
     * Loads a snapshot file: the database then holds exactly its pairs ({@code "mode": "replace"},
     * the default) or has them added ({@code "merge"}). A missing or damaged file changes nothing.
     */
    @Override
    public void restore(String srcPath, Map<String, Object> options) {
        StateOptions opts = StateOptions.receiving("restore", options);
        backend.load(Snapshots.read(Path.of(srcPath)), opts.replace());
    }

    /** Deregisters the RPCs first, so that no request reaches a closed database, then closes it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        registrations.forEach(RpcEngine.Registration::close);
        registrations.clear();
        inbox.clear();
        backend.close();
    }
}
