package bedrock.runtime.internal.argobots;

import bedrock.api.BedrockException;
import java.util.function.Supplier;

/**
 * The pool kinds Margo accepts in a spec, each with its queue discipline and whether queueing a task
 * wakes a parked xstream.
 *
 * <p>{@code fifo} does not wake anyone: like Argobots' spinning pool, it keeps a push as cheap as
 * a queue insertion, and xstreams find its tasks by polling (idle xstreams that read one re-check
 * on a short timer). The {@code _wait} kinds and {@code earliest_first} wake a parked xstream on
 * every push.
 */
public enum PoolKind {
    FIFO("fifo", false, FifoTaskQueue::new),
    FIFO_WAIT("fifo_wait", true, FifoTaskQueue::new),
    PRIO_WAIT("prio_wait", true, OrderedTaskQueue::new),
    EARLIEST_FIRST("earliest_first", true, OrderedTaskQueue::new);

    private final String configName;
    private final boolean wakesXstreams;
    private final Supplier<TaskQueue> queueFactory;

    PoolKind(String configName, boolean wakesXstreams, Supplier<TaskQueue> queueFactory) {
        this.configName = configName;
        this.wakesXstreams = wakesXstreams;
        this.queueFactory = queueFactory;
    }

    /** The name used in specs ({@code fifo_wait}...). */
    public String configName() {
        return configName;
    }

    /** Whether a push wakes a parked xstream serving the pool. */
    public boolean wakesXstreams() {
        return wakesXstreams;
    }

    TaskQueue newQueue() {
        return queueFactory.get();
    }

    /** The kind with that spec name; a {@link BedrockException} naming the value otherwise. */
    public static PoolKind of(String configName) {
        for (PoolKind kind : values()) {
            if (kind.configName.equals(configName)) {
                return kind;
            }
        }
        throw new BedrockException("Invalid pool kind \"" + configName
                + "\" (expected fifo, fifo_wait, prio_wait or earliest_first)", "/kind");
    }
}
