package bedrock.runtime.internal.argobots;

/**
 * The queue behind a pool: one discipline, never blocking. Implementations are thread-safe for any
 * number of producers and consumers (Java has no cheaper single-producer variant worth the risk).
 */
interface TaskQueue {

    /** Queues a task; {@code priority} is ignored by FIFO queues. */
    void offer(Runnable task, long priority);

    /** Takes the next task, or {@code null} when empty. Never blocks. */
    Runnable poll();

    /** Whether no task is queued; cheap, used by idle xstreams before they park. */
    boolean isEmpty();

    /** Tasks queued; may be linear in the queue length. */
    int size();
}
