package bedrock.membership;

import java.util.List;
import java.util.function.Consumer;

/**
 * Group membership as Bedrock needs it, whatever engine runs it: the current view (members in rank
 * order, the same on every member), this member's place in it, and view changes as they happen.
 */
public interface Membership extends AutoCloseable {

    /** Members in rank order, this member included. */
    List<Member> view();

    /** This member's rank, its index in {@link #view()}; -1 once it has left. */
    int rank();

    /** Whether this member is the one that writes the group file for the current view. */
    boolean coordinator();

    /**
     * Calls {@code listener} with every later view (in order, on one notification thread, never on
     * the engine's own threads), and once at once with the current view.
     */
    void onView(Consumer<List<Member>> listener);

    /**
     * Calls {@code listener} (on the notification thread) with each member the failure detector
     * suspects, before the suspicion is confirmed and the member removed. Engines without failure
     * detection never call it.
     */
    default void onSuspect(Consumer<Member> listener) {
    }

    /** Leaves the group (others see this member go at once) and releases the engine. Idempotent. */
    @Override
    void close();
}
