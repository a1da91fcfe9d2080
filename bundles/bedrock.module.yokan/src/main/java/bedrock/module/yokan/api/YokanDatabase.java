package bedrock.module.yokan.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A key-value database with byte-array keys and values. Keys are compared as unsigned bytes,
 * lexicographically; they must not be empty. Values may be empty. Implementations are
 * thread-safe.
 *
 * <p>A remote implementation fails with the engine's client exception on transport errors and
 * with the remote error's message on server-side failures; {@link #get} fails with a
 * {@link KeyNotFoundException} in both the local and the remote case.
 *
 * <p>The {@code Async} variants complete on another thread for a remote database; the defaults
 * run the operation at once and return a completed future.
 */
@ProviderType
public interface YokanDatabase {

    /** Stores {@code value} under {@code key}, replacing any previous value. */
    void put(byte[] key, byte[] value);

    /**
     * The value stored under {@code key}.
     *
     * @throws KeyNotFoundException if there is none
     */
    byte[] get(byte[] key);

    /** Whether a value is stored under {@code key}. */
    boolean exists(byte[] key);

    /** Removes the value under {@code key}; returns whether there was one. */
    boolean erase(byte[] key);

    /**
     * Keys in ascending unsigned order.
     *
     * @param fromKeyExclusive only keys after this one; null or empty for the first key on
     * @param prefix only keys starting with it; null or empty for all
     * @param max at most that many keys; 0 or less for no limit
     */
    List<byte[]> listKeys(byte[] fromKeyExclusive, byte[] prefix, int max);

    /** The number of keys. */
    long count();

    /** {@link #put(byte[], byte[])} with UTF-8 strings. */
    default void put(String key, String value) {
        put(utf8(key), utf8(value));
    }

    /** {@link #get(byte[])} with a UTF-8 key, decoding the value as UTF-8. */
    default String getString(String key) {
        return new String(get(utf8(key)), StandardCharsets.UTF_8);
    }

    /** {@link #exists(byte[])} with a UTF-8 key. */
    default boolean exists(String key) {
        return exists(utf8(key));
    }

    /** {@link #erase(byte[])} with a UTF-8 key. */
    default boolean erase(String key) {
        return erase(utf8(key));
    }

    /** {@link #listKeys(byte[], byte[], int)} with UTF-8 strings. */
    default List<String> listStringKeys(String fromKeyExclusive, String prefix, int max) {
        return listKeys(fromKeyExclusive == null ? null : utf8(fromKeyExclusive),
                prefix == null ? null : utf8(prefix), max)
                .stream().map(k -> new String(k, StandardCharsets.UTF_8)).toList();
    }

    /** Asynchronous {@link #put(byte[], byte[])}. */
    default CompletableFuture<Void> putAsync(byte[] key, byte[] value) {
        return now(() -> {
            put(key, value);
            return null;
        });
    }

    /** Asynchronous {@link #get(byte[])}. */
    default CompletableFuture<byte[]> getAsync(byte[] key) {
        return now(() -> get(key));
    }

    /** Asynchronous {@link #exists(byte[])}. */
    default CompletableFuture<Boolean> existsAsync(byte[] key) {
        return now(() -> exists(key));
    }

    /** Asynchronous {@link #erase(byte[])}. */
    default CompletableFuture<Boolean> eraseAsync(byte[] key) {
        return now(() -> erase(key));
    }

    /** Asynchronous {@link #listKeys(byte[], byte[], int)}. */
    default CompletableFuture<List<byte[]>> listKeysAsync(byte[] fromKeyExclusive, byte[] prefix, int max) {
        return now(() -> listKeys(fromKeyExclusive, prefix, max));
    }

    /** Asynchronous {@link #count()}. */
    default CompletableFuture<Long> countAsync() {
        return now(this::count);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> CompletableFuture<T> now(Supplier<T> operation) {
        try {
            return CompletableFuture.completedFuture(operation.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
