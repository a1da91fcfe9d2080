package bedrock.runtime.internal.server;

import bedrock.runtime.internal.event.MembershipEvents;
import bedrock.runtime.internal.event.Published;
import bedrock.runtime.internal.group.SsgGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the view changes of a service's groups into member events. The membership engine calls
 * {@link #viewChanged} with every view it installs (on its notification thread, never holding the
 * service's lock); the difference with the last view seen of that group becomes joined / left
 * events, published once the service is ready. Thread-safe.
 */
final class GroupWatch implements AutoCloseable {

    private final BedrockService service;
    private final Map<String, List<String>> views = new HashMap<>();
    private boolean started;
    private boolean closed;

    GroupWatch(BedrockService service) {
        this.service = service;
    }

    /** Follows a group: its current view is the baseline, later ones are events. */
    void watch(String name, SsgGroup group) {
        group.onView(view -> viewChanged(name, view));
    }

    /** Stops following a group (it left after a failed change). */
    void forget(String name) {
        synchronized (views) {
            views.remove(name);
        }
    }

    /** Events from now on (views seen before only set the baseline). */
    void start() {
        synchronized (views) {
            started = true;
        }
    }

    /** Reports the joins and leaves between the last view seen of {@code group} and this one. */
    void viewChanged(String group, List<String> view) {
        List<Published> changes;
        synchronized (views) {
            List<String> before = views.put(group, List.copyOf(view));
            if (before == null || !started || closed) {
                return;
            }
            changes = new ArrayList<>(MembershipEvents.between(service.address(), group, before, view));
        }
        changes.forEach(p -> p.to(service.events));
    }

    @Override
    public void close() {
        synchronized (views) {
            closed = true;
        }
    }
}
