package bedrock.runtime.internal.net;

import bedrock.api.module.Pool;

/**
 * A view of a pool that runs an action after each of its tasks, on the same pool thread. Used for
 * {@code bedrock_shutdown}: the engine's task writes the response before returning, so the action
 * (closing the service) comes after the answer is handed to the network.
 */
final class AfterTaskPool implements Pool {

    private final Pool pool;
    private final Runnable after;

    AfterTaskPool(Pool pool, Runnable after) {
        this.pool = pool;
        this.after = after;
    }

    @Override
    public String name() {
        return pool.name();
    }

    @Override
    public String kind() {
        return pool.kind();
    }

    @Override
    public String access() {
        return pool.access();
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(wrap(task));
    }

    @Override
    public void execute(Runnable task, long priority) {
        pool.execute(wrap(task), priority);
    }

    @Override
    public int size() {
        return pool.size();
    }

    private Runnable wrap(Runnable task) {
        return () -> {
            try {
                task.run();
            } finally {
                after.run();
            }
        };
    }
}
