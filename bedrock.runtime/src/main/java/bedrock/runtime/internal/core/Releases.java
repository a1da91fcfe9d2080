package bedrock.runtime.internal.core;

import java.util.ArrayDeque;
import java.util.Deque;

/** What an object holds (pinned pools, provider handles, ...), released in reverse order when it goes. */
final class Releases {

    private static final System.Logger LOG = System.getLogger(Releases.class.getName());

    private final Deque<Runnable> actions = new ArrayDeque<>();

    void add(Runnable release) {
        actions.push(release);
    }

    void releaseAll() {
        while (!actions.isEmpty()) {
            try {
                actions.pop().run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Release failed", e);
            }
        }
    }
}
