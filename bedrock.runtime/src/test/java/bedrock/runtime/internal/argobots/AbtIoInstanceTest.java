package bedrock.runtime.internal.argobots;

import static bedrock.runtime.internal.argobots.Specs.pool;
import static bedrock.runtime.internal.argobots.Specs.xstream;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** abt_io operations run as tasks on the instance's pool and do real file I/O. */
class AbtIoInstanceTest {

    @TempDir
    Path dir;

    private ExecutionRegistry registry;
    private ExecPool pool;
    private AbtIoInstance io;

    @BeforeEach
    void setUp() {
        registry = Specs.empty();
        pool = registry.addPool(pool("io_pool", "fifo_wait"));
        io = new AbtIoInstance("my_abt_io", pool, Map.of("trace_io", true));
    }

    @AfterEach
    void tearDown() {
        io.close();
        registry.close();
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }

    @Test
    void operationsRunOnThePoolsXstreams() throws Exception {
        Path file = dir.resolve("f");
        CompletableFuture<Integer> write = io.write(file, 0, "hello".getBytes(UTF_8));
        // No xstream serves the pool yet: the operation waits there, it did not run on this thread.
        assertEquals(1, pool.size());
        assertFalse(write.isDone());
        assertFalse(Files.exists(file));
        registry.addXstream(xstream("io_xs", "basic_wait", "io_pool"));
        assertEquals(5, get(write));
        // Hold the xstream so the read is still queued when the callback is attached: the callback
        // then runs on the thread that completes the read.
        CountDownLatch release = new CountDownLatch(1);
        pool.execute(() -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CompletableFuture<byte[]> read = io.read(file, 0, 5);
        CompletableFuture<String> thread = read.thenApply(ignored -> Thread.currentThread().getName());
        assertFalse(read.isDone());
        release.countDown();
        // Wait on the callback's future, not on the read's: a thread waiting on the read may run
        // its callbacks itself.
        assertEquals("bedrock-xstream-io_xs", get(thread));
        assertArrayEquals("hello".getBytes(UTF_8), get(read));
    }

    @Test
    void writeReadAppendDelete() throws Exception {
        registry.addXstream(xstream("io_xs", "basic_wait", "io_pool"));
        Path file = dir.resolve("data.bin");
        assertEquals(6, get(io.write(file, 0, "abcdef".getBytes(UTF_8))));
        assertEquals(2, get(io.write(file, 2, "XY".getBytes(UTF_8))));
        assertEquals("abXYef", Files.readString(file));
        assertEquals(3, get(io.append(file, "ghi".getBytes(UTF_8))));
        assertEquals("abXYefghi", Files.readString(file));
        assertArrayEquals("XYe".getBytes(UTF_8), get(io.read(file, 2, 3)));
        assertArrayEquals("hi".getBytes(UTF_8), get(io.read(file, 7, 100)), "short read at end of file");
        assertArrayEquals(new byte[0], get(io.read(file, 50, 4)));
        assertEquals(2, get(io.append(dir.resolve("new.txt"), "ok".getBytes(UTF_8))));
        assertTrue(get(io.delete(file)));
        assertFalse(Files.exists(file));
        assertFalse(get(io.delete(file)));
    }

    @Test
    void failuresCompleteTheFutureExceptionally() throws Exception {
        registry.addXstream(xstream("io_xs", "basic_wait", "io_pool"));
        ExecutionException missing = assertThrows(ExecutionException.class,
                () -> get(io.read(dir.resolve("missing"), 0, 4)));
        assertInstanceOf(IOException.class, missing.getCause());
        ExecutionException negative = assertThrows(ExecutionException.class,
                () -> get(io.write(dir.resolve("x"), -1, new byte[1])));
        assertInstanceOf(IllegalArgumentException.class, negative.getCause());
    }

    @Test
    void configMergesTheGivenValuesOverAbtIoDefaults() {
        Map<String, Object> config = io.config();
        assertEquals(List.of("internal_pool_flag", "liburing_flags", "null_io_read", "null_io_write",
                "num_urings", "trace_io", "version"), new ArrayList<>(config.keySet()));
        assertEquals(true, config.get("trace_io"));
        assertEquals(List.of(), config.get("liburing_flags"));
        assertEquals(0L, ((Number) config.get("num_urings")).longValue());
        assertEquals("0.7.0", config.get("version"));
        assertEquals("my_abt_io", io.name());
        assertEquals(pool, io.pool());
    }

    @Test
    void theInstanceHoldsItsPoolUntilClosed() throws Exception {
        assertEquals(1, pool.refCount());
        assertEquals("Pool \"io_pool\" is still in use by some dependencies",
                assertThrows(BedrockException.class, () -> registry.removePool("io_pool")).getMessage());
        io.close();
        io.close();
        assertEquals(0, pool.refCount());
        ExecutionException closed = assertThrows(ExecutionException.class,
                () -> get(io.delete(dir.resolve("x"))));
        assertInstanceOf(IOException.class, closed.getCause());
        registry.removePool("io_pool");
        AbtIoInstance orphan = new AbtIoInstance("orphan", pool, null);
        assertThrows(ExecutionException.class, () -> get(orphan.delete(dir.resolve("x"))),
                "a removed pool rejects the operation");
    }
}
