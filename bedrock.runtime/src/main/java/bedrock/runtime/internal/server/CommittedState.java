package bedrock.runtime.internal.server;

import bedrock.runtime.internal.core.CommittedProviders;
import bedrock.runtime.internal.core.Values;
import bedrock.runtime.internal.event.ConfigDiff;
import bedrock.runtime.internal.event.Published;
import java.util.List;
import java.util.Map;

/**
 * A service's state as of its last committed change: what readers get while a change holds the
 * service, and what the next change's events are computed against. Every section of the
 * configuration but providers is small and kept whole; the providers are kept by
 * {@code Components} (see {@link CommittedProviders}), and a commit compares only those the change
 * touched, each list in config order. That gives the same events as comparing the whole sections
 * (an untouched provider is in both, on the same pool) at a cost that does not grow with them.
 */
final class CommittedState {

    /** The configuration without its providers, and {@code $__ssg__}. */
    private record Committed(Map<String, Object> rest, Map<String, Object> groups) {
    }

    /** Serialises commits with the readers, who do not take the service lock. */
    private final Object monitor = new Object();
    private volatile Committed last;

    /**
     * Under the service lock: makes the state after a change the committed one and returns the
     * events between the two (all of them the first time, from nothing).
     */
    List<Published> commit(BedrockService s) {
        Map<String, Object> rest = ConfigView.withoutProviders(s);
        synchronized (monitor) {
            CommittedProviders.Change providers = s.components.commitProviders();
            Committed before = last;
            last = new Committed(rest, s.groupGlobals());
            return ConfigDiff.between(s.address(), before == null ? Map.of()
                    : ConfigView.with(before.rest(), providers.before()), ConfigView.with(rest, providers.after()));
        }
    }

    /** The committed {@code libraries} section. */
    Object libraries() {
        return last.rest().get("libraries");
    }

    /**
     * A deep copy of the committed configuration and {@code $__ssg__} (each provider's entry as of
     * the last change that touched it), or null before the first commit.
     */
    BedrockService.Snapshot read(BedrockService s) {
        synchronized (monitor) {
            Committed now = last;
            return now == null ? null : new BedrockService.Snapshot(ConfigView.with(Values.deepCopy(now.rest()),
                    s.components.committedProviderConfigs()), Values.deepCopy(now.groups()));
        }
    }
}
