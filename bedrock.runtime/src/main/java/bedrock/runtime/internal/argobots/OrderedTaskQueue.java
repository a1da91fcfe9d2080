package bedrock.runtime.internal.argobots;

import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lowest {@code priority} value first; among equal values, submission order. Serves both
 * {@code prio_wait} (the value is a priority) and {@code earliest_first} (the value is a deadline):
 * the ordering is the same, only its meaning differs.
 */
final class OrderedTaskQueue implements TaskQueue {

    private final PriorityBlockingQueue<Entry> tasks = new PriorityBlockingQueue<>();

    /** Breaks ties so that equal priorities keep their submission order (a heap alone does not). */
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public void offer(Runnable task, long priority) {
        tasks.offer(new Entry(priority, sequence.getAndIncrement(), task));
    }

    @Override
    public Runnable poll() {
        Entry entry = tasks.poll();
        return entry == null ? null : entry.task;
    }

    @Override
    public boolean isEmpty() {
        return tasks.isEmpty();
    }

    @Override
    public int size() {
        return tasks.size();
    }

    private record Entry(long priority, long sequence, Runnable task) implements Comparable<Entry> {

        @Override
        public int compareTo(Entry other) {
            int byPriority = Long.compare(priority, other.priority);
            return byPriority != 0 ? byPriority : Long.compare(sequence, other.sequence);
        }
    }
}
