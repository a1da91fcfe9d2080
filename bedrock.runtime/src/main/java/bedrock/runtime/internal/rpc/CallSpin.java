package bedrock.runtime.internal.rpc;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The short wait of a blocking call before it parks. An answer that comes back within
 * {@code bedrock.rpc.callSpinMicros} (default 50; 0 = never) is then picked up without the
 * thread wake-up a parked caller needs, which is a fifth of a loopback round trip. The wait
 * yields the CPU on each turn, so a thread that must run for the answer to come (an event loop, a
 * pool woken on this CPU) is not held up by it.
 */
final class CallSpin {

    /** The default of {@link NettyRpcEngineBuilder#callSpin}: the system property, else 50 µs. */
    static final long DEFAULT_NANOS = micros("bedrock.rpc.callSpinMicros", 50);

    private CallSpin() {
    }

    /** Returns when the future is done or {@code nanos} are spent. */
    static void awhile(CompletableFuture<?> future, long nanos) {
        if (nanos <= 0 || future.isDone()) {
            return;
        }
        long deadline = System.nanoTime() + nanos;
        while (!future.isDone() && System.nanoTime() - deadline < 0) {
            Thread.yield();
        }
    }

    /** A wait in microseconds from a system property, in nanoseconds; negative counts as 0. */
    static long micros(String property, long fallback) {
        return TimeUnit.MICROSECONDS.toNanos(Math.max(0, Long.getLong(property, fallback)));
    }
}
