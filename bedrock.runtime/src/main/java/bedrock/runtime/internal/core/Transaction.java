package bedrock.runtime.internal.core;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo log of one change to a service. Each step that creates something registers how to undo it;
 * unless {@link #commit()} is called, {@link #close()} undoes every step in reverse order, so a
 * failed change leaves the service exactly as it was. Not thread-safe: one change at a time.
 */
public final class Transaction implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Transaction.class.getName());

    private final Deque<Runnable> undo = new ArrayDeque<>();
    private boolean committed;

    /** Registers how to undo the step just done. */
    public void onRollback(Runnable action) {
        undo.push(action);
    }

    /** Keeps every step. */
    public void commit() {
        committed = true;
        undo.clear();
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (RuntimeException e) {
                // Keep undoing: one failed undo must not leave the rest behind.
                LOG.log(System.Logger.Level.WARNING, "Rollback step failed", e);
            }
        }
    }
}
