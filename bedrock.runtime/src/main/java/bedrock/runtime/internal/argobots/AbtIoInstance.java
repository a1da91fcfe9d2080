package bedrock.runtime.internal.argobots;

import bedrock.api.module.AbtIo;
import bedrock.api.module.Pool;
import bedrock.runtime.internal.spec.SpecCompleter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * An abt_io instance: each operation is one task queued on the instance's pool, so it runs on that
 * pool's xstreams, and completes the returned future (exceptionally on an I/O error, a bad
 * argument, a pool that rejects the task, or after {@link #close()}).
 *
 * <p>Threading: every method may be called from any thread. The instance retains its pool while it
 * is open, so the pool cannot be removed under it; {@link #close()} releases it.
 */
public final class AbtIoInstance implements AbtIo, AutoCloseable {

    private final String name;
    private final ExecPool pool;
    private final Map<String, Object> config;
    private volatile boolean closed;

    /** An instance named {@code name} on {@code pool}; {@code config} (may be null) is merged over the defaults. */
    public AbtIoInstance(String name, ExecPool pool, Map<String, ?> config) {
        this.name = Objects.requireNonNull(name, "name");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.config = SpecCompleter.abtIoConfig(config);
        pool.retain();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Pool pool() {
        return pool;
    }

    /** The instance's configuration: abt_io's defaults merged with the given config, keys sorted, with upstream's {@code version}. */
    public Map<String, Object> config() {
        return new LinkedHashMap<>(config);
    }

    @Override
    public CompletableFuture<byte[]> read(Path file, long offset, int length) {
        return submit(() -> {
            checkRange(offset, length);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long position = offset;
                while (buffer.hasRemaining()) {
                    int read = channel.read(buffer, position);
                    if (read < 0) {
                        break;
                    }
                    position += read;
                }
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        });
    }

    @Override
    public CompletableFuture<Integer> write(Path file, long offset, byte[] data) {
        Objects.requireNonNull(data, "data");
        return submit(() -> {
            checkRange(offset, data.length);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE)) {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                long position = offset;
                while (buffer.hasRemaining()) {
                    position += channel.write(buffer, position);
                }
            }
            return data.length;
        });
    }

    @Override
    public CompletableFuture<Integer> append(Path file, byte[] data) {
        Objects.requireNonNull(data, "data");
        return submit(() -> {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            return data.length;
        });
    }

    @Override
    public CompletableFuture<Boolean> delete(Path file) {
        return submit(() -> Files.deleteIfExists(file));
    }

    /** Refuses further operations and releases the pool; idempotent. Queued operations still run. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            pool.release();
        }
    }

    private <T> CompletableFuture<T> submit(Callable<T> operation) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (closed) {
            future.completeExceptionally(new IOException("abt_io instance \"" + name + "\" is closed"));
            return future;
        }
        try {
            pool.execute(() -> {
                try {
                    future.complete(operation.call());
                } catch (Throwable e) {
                    future.completeExceptionally(e);
                }
            });
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        }
        return future;
    }

    private static void checkRange(long offset, int length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("Negative offset (" + offset + ") or length (" + length + ")");
        }
    }

    @Override
    public String toString() {
        return "AbtIo[" + name + " on " + pool.name() + "]";
    }
}
