package bedrock.runtime.internal.rpc;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPromise;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes frames to one channel from any thread, coalescing flushes.
 *
 * <p>Callers (client threads sending requests, pool threads sending responses) only enqueue an
 * item; one drain task on the channel's event loop encodes everything queued, writes it and
 * flushes once. Under load many frames thus share one system call, and encoding happens where the
 * buffer is written, so a buffer is never owned by two threads. Items queued on the event loop
 * itself (a handler run inline, a call made from a response callback) also go through the drain
 * task, which then runs after the current batch of reads: that batch's frames share one flush,
 * and no wake-up is needed. Thread-safe.
 */
final class OutboundQueue {

    /** Something to write; every method runs on the channel's event loop. */
    interface Item {

        /** Encodes the frame to write, or returns null when it is no longer wanted. */
        ByteBuf encode(Channel channel);

        /** The item will never be written: the channel is closed or its event loop is gone. */
        void fail(Throwable cause);

        /** The promise of this item's write; the void promise unless it wants to know. */
        default ChannelPromise promise(Channel channel) {
            return channel.voidPromise();
        }
    }

    private final Channel channel;
    private final Queue<Item> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Runnable drain = this::drain;

    OutboundQueue(Channel channel) {
        this.channel = channel;
    }

    /** Queues an item for writing; never blocks. */
    void enqueue(Item item) {
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            try {
                channel.eventLoop().execute(drain);
            } catch (RejectedExecutionException e) {
                // The event loop has shut down: nothing queued will ever be written.
                scheduled.set(false);
                failQueued(new IllegalStateException("RPC engine closed", e));
            }
        }
    }

    /**
     * Event loop only: waits up to {@code budgetNanos} for an item to be queued, then writes
     * everything queued now. A server connection calls it right after handing requests to a pool:
     * when the pool answers within the budget, the response goes out from this loop without the
     * wake-up a sleeping event loop would need (the pool thread's {@link #enqueue} then only queues
     * a drain task, which finds nothing left). Returns whether something was queued in time.
     */
    boolean awaitAndDrain(long budgetNanos) {
        if (queue.isEmpty()) {
            long deadline = System.nanoTime() + budgetNanos;
            while (queue.isEmpty()) {
                if (System.nanoTime() - deadline >= 0) {
                    return false;
                }
                Thread.yield(); // the pool thread may have been woken on this very CPU
            }
        }
        drain();
        return true;
    }

    private void drain() {
        // Reset before polling: an item added after this point schedules a new drain.
        scheduled.set(false);
        boolean wrote = false;
        Item item;
        while ((item = queue.poll()) != null) {
            wrote |= write(item);
        }
        if (wrote) {
            channel.flush();
        }
    }

    private boolean write(Item item) {
        if (!channel.isActive()) {
            item.fail(new IllegalStateException("connection closed"));
            return false;
        }
        ByteBuf frame;
        try {
            frame = item.encode(channel);
        } catch (RuntimeException e) {
            item.fail(e);
            return false;
        }
        if (frame == null) {
            return false;
        }
        // A failed write closes the channel (see the handlers' exceptionCaught), which fails the
        // pending calls; only items that count their writes pay for a promise.
        channel.write(frame, item.promise(channel));
        return true;
    }

    private void failQueued(Throwable cause) {
        Item item;
        while ((item = queue.poll()) != null) {
            item.fail(cause);
        }
    }
}
