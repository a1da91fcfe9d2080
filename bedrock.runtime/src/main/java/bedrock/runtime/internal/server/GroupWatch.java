package bedrock.runtime.internal.server;

import bedrock.api.module.GroupHandle;
import bedrock.runtime.internal.event.MembershipEvents;
import bedrock.runtime.internal.event.Published;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Turns the view changes of a service's groups into member events. File-based groups change their
 * view without telling anyone, so one daemon thread reads every group's view each
 * {@value #PROPERTY} ms (1000 by default) and reports the difference with the last view it saw;
 * a membership engine that knows its view changes calls {@link #viewChanged} itself instead.
 * Thread-safe.
 */
final class GroupWatch implements AutoCloseable {

    /** System property: milliseconds between two reads of the groups' views. */
    static final String PROPERTY = "bedrock.group.watch";

    private final BedrockService service;
    private final Map<String, List<String>> views = new HashMap<>();
    private final ScheduledExecutorService timer;

    private GroupWatch(BedrockService service) {
        this.service = service;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bedrock-group-watch " + service.address());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts watching; called under the service lock, so the first views are the baseline. */
    static GroupWatch start(BedrockService service) {
        GroupWatch watch = new GroupWatch(service);
        service.resources.groups.forEach((name, group) -> watch.views.put(name, group.members()));
        long period = Duration.ofMillis(Long.getLong(PROPERTY, 1000)).toMillis();
        watch.timer.scheduleWithFixedDelay(watch::poll, period, period, TimeUnit.MILLISECONDS);
        return watch;
    }

    private void poll() {
        Map<String, GroupHandle> groups;
        // A change may hold the lock for long (a remote lookup): skip this round rather than wait.
        if (!service.lock.tryLock()) {
            return;
        }
        try {
            groups = new HashMap<>(service.resources.groups);
        } finally {
            service.lock.unlock();
        }
        groups.forEach((name, group) -> {
            try {
                viewChanged(name, group.members());
            } catch (RuntimeException unreadable) {
                // The next round reads it again.
            }
        });
    }

    /** Reports the joins and leaves between the last view seen of {@code group} and this one. */
    void viewChanged(String group, List<String> view) {
        List<Published> changes;
        synchronized (views) {
            List<String> before = views.put(group, List.copyOf(view));
            if (before == null) {
                // A group added since the last round: the ssg/added event announced it.
                return;
            }
            changes = new ArrayList<>(MembershipEvents.between(service.address(), group, before, view));
        }
        changes.forEach(p -> p.to(service.events));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
