package bedrock.runtime.internal.argobots;

import java.util.concurrent.ConcurrentLinkedQueue;

/** Submission order, lock-free: a producer never waits for a consumer or another producer. */
final class FifoTaskQueue implements TaskQueue {

    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();

    @Override
    public void offer(Runnable task, long priority) {
        tasks.offer(task);
    }

    @Override
    public Runnable poll() {
        return tasks.poll();
    }

    @Override
    public boolean isEmpty() {
        return tasks.isEmpty();
    }

    @Override
    public int size() {
        return tasks.size();
    }
}
