package bedrock.api.module;

import java.util.concurrent.Executor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * An execution pool: a task queue with one discipline, drained by the xstreams whose scheduler
 * lists it. Tasks submitted here run on those xstreams' threads, never on the caller's.
 *
 * <p>Disciplines: {@code fifo} and {@code fifo_wait} run tasks in submission order
 * ({@code _wait} pools let idle xstreams block instead of spin); {@code prio_wait} runs the task
 * with the lowest {@code priority} first; {@code earliest_first} runs the task with the earliest
 * {@code priority} value (a deadline in nanoseconds) first. Thread-safe.
 */
@ProviderType
public interface Pool extends Executor {

    /** The pool's name, unique in its daemon. */
    String name();

    /** {@code fifo}, {@code fifo_wait}, {@code prio_wait} or {@code earliest_first}. */
    String kind();

    /** The declared access mode ({@code private} .. {@code mpmc}). */
    String access();

    /** Queues a task with the default priority (0). */
    @Override
    void execute(Runnable task);

    /** Queues a task with a priority (prio_wait) or deadline (earliest_first); fifo pools ignore it. */
    void execute(Runnable task, long priority);

    /** Tasks queued and not yet started. */
    int size();
}
