package bedrock.module.yokan;

import bedrock.api.ClientException;
import bedrock.api.module.ProviderHandle;
import bedrock.module.yokan.api.KeyNotFoundException;
import bedrock.module.yokan.api.YokanDatabase;
import bedrock.module.yokan.backend.Keys;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A yokan database reached through a {@link ProviderHandle}, local or remote: what a dependency
 * of kind {@code provider_handle} receives. Every operation is one RPC of {@link Wire}. Keys are
 * checked before sending, so that an empty key fails the same way as locally.
 */
public final class DatabaseHandle implements YokanDatabase {

    private final ProviderHandle handle;

    /** Wraps a handle to a yokan provider. */
    public DatabaseHandle(ProviderHandle handle) {
        this.handle = handle;
    }

    /** The underlying handle: address, provider id, type. */
    public ProviderHandle providerHandle() {
        return handle;
    }

    @Override
    public void put(byte[] key, byte[] value) {
        handle.call(Wire.PUT, Wire.put(Keys.check(key), Keys.checkValue(value)));
    }

    @Override
    public byte[] get(byte[] key) {
        try {
            return handle.call(Wire.GET, Wire.key(Keys.check(key)));
        } catch (ClientException e) {
            throw translate(e);
        }
    }

    @Override
    public boolean exists(byte[] key) {
        return Wire.readBool(handle.call(Wire.EXISTS, Wire.key(Keys.check(key))), Wire.EXISTS);
    }

    @Override
    public boolean erase(byte[] key) {
        return Wire.readBool(handle.call(Wire.ERASE, Wire.key(Keys.check(key))), Wire.ERASE);
    }

    @Override
    public List<byte[]> listKeys(byte[] fromKeyExclusive, byte[] prefix, int max) {
        return Wire.readKeys(handle.call(Wire.LIST_KEYS, Wire.listKeys(fromKeyExclusive, prefix, max)));
    }

    @Override
    public long count() {
        return Wire.readInt64(handle.call(Wire.COUNT, Wire.EMPTY), Wire.COUNT);
    }

    @Override
    public CompletableFuture<Void> putAsync(byte[] key, byte[] value) {
        return handle.callAsync(Wire.PUT, Wire.put(Keys.check(key), Keys.checkValue(value)))
                .thenApply(r -> null);
    }

    @Override
    public CompletableFuture<byte[]> getAsync(byte[] key) {
        return handle.callAsync(Wire.GET, Wire.key(Keys.check(key))).handle((value, error) -> {
            if (error == null) {
                return value;
            }
            Throwable cause = error instanceof CompletionException ? error.getCause() : error;
            throw new CompletionException(cause instanceof ClientException ce ? translate(ce) : cause);
        });
    }

    @Override
    public CompletableFuture<Boolean> existsAsync(byte[] key) {
        return handle.callAsync(Wire.EXISTS, Wire.key(Keys.check(key)))
                .thenApply(r -> Wire.readBool(r, Wire.EXISTS));
    }

    @Override
    public CompletableFuture<Boolean> eraseAsync(byte[] key) {
        return handle.callAsync(Wire.ERASE, Wire.key(Keys.check(key)))
                .thenApply(r -> Wire.readBool(r, Wire.ERASE));
    }

    @Override
    public CompletableFuture<List<byte[]>> listKeysAsync(byte[] fromKeyExclusive, byte[] prefix, int max) {
        return handle.callAsync(Wire.LIST_KEYS, Wire.listKeys(fromKeyExclusive, prefix, max))
                .thenApply(Wire::readKeys);
    }

    @Override
    public CompletableFuture<Long> countAsync() {
        return handle.callAsync(Wire.COUNT, Wire.EMPTY).thenApply(r -> Wire.readInt64(r, Wire.COUNT));
    }

    /**
     * A missing key crosses the network as a remote error message; turning it back into a
     * {@link KeyNotFoundException} lets callers treat local and remote databases alike.
     */
    private static RuntimeException translate(ClientException e) {
        String message = e.getMessage();
        if (message != null && message.contains(KeyNotFoundException.MESSAGE_PREFIX)) {
            return new KeyNotFoundException(message, e);
        }
        return e;
    }

    @Override
    public String toString() {
        return "yokan database " + handle.spec();
    }
}
