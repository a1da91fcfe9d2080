package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A change that holds the service until closed, for tests of what readers see meanwhile. The
 * constructor returns once the change is inside the service; {@link #close} releases it and
 * waits for it to end (all waits bounded).
 */
final class HeldChange implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Void> change;

    HeldChange(BedrockService service, String origin) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        change = CompletableFuture.runAsync(() -> service.change(origin, tx -> {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertTrue(inside.await(10, TimeUnit.SECONDS), "the change never entered the service");
    }

    /** Fails if the change ended before being released. */
    void assertStillHeld() {
        assertFalse(change.isDone(), "the held change ended early");
    }

    @Override
    public void close() throws Exception {
        release.countDown();
        change.get(10, TimeUnit.SECONDS);
    }
}
