package bedrock.runtime.internal.rpc;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes all connections of one server hold together: frames being received and responses not
 * yet written. Thread-safe.
 */
final class BufferBudget {

    private final long limit;
    private final AtomicLong used = new AtomicLong();

    BufferBudget(long limit) {
        this.limit = limit;
    }

    /** Takes {@code bytes} if they fit under the limit; false (taking nothing) otherwise. */
    boolean tryReserve(long bytes) {
        long current;
        do {
            current = used.get();
            if (current + bytes > limit) {
                return false;
            }
        } while (!used.compareAndSet(current, current + bytes));
        return true;
    }

    /** Takes {@code bytes} even past the limit (a response already computed must be written). */
    void reserve(long bytes) {
        used.addAndGet(bytes);
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
    }

    /** Whether the limit is reached: connections then stop reading. */
    boolean exhausted() {
        return used.get() >= limit;
    }

    long used() {
        return used.get();
    }

    long limit() {
        return limit;
    }
}
