package bedrock.runtime.internal.net;

import bedrock.api.BedrockException;
import bedrock.api.server.ProviderRef;
import bedrock.api.server.Server;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Serves {@code bedrock_lookup_provider}: finds a provider by {@code name} or {@code type:id},
 * waiting up to a timeout for it to appear.
 *
 * <p>The wait is on this object's monitor, not the service lock: each look holds the service
 * lock only while it reads the provider list, and {@link #changed()} (called after every
 * committed change, and at close) wakes the waiters to look again. A version counter closes the
 * gap between a look and the wait, so an addition in between is never missed. Thread-safe.
 */
final class ProviderLookup {

    private final Server service;
    private long version;
    private boolean closed;

    ProviderLookup(Server service) {
        this.service = service;
    }

    /** Something changed in the service: waiters look again. */
    synchronized void changed() {
        version++;
        notifyAll();
    }

    /** The service is closing: waiters give up. */
    synchronized void close() {
        closed = true;
        version++;
        notifyAll();
    }

    /**
     * The provider {@code locator} names, as {@code {name, type, provider_id}}.
     *
     * @param timeoutSeconds how long to wait for it; 0 or less looks once
     * @throws BedrockException {@code Could not find provider with spec "<s>"} when it did not appear
     */
    Map<String, Object> lookup(String locator, double timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (Math.max(0, timeoutSeconds) * 1e9);
        while (true) {
            long seen;
            synchronized (this) {
                seen = version;
            }
            Optional<ProviderRef> found = find(locator);
            if (found.isPresent()) {
                Map<String, Object> out = new TreeMap<>();
                out.put("name", found.get().name());
                out.put("type", found.get().type());
                out.put("provider_id", found.get().providerId());
                return out;
            }
            synchronized (this) {
                while (version == seen && !closed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw notFound(locator);
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
                if (closed) {
                    throw notFound(locator);
                }
            }
        }
    }

    /**
     * Reads the providers from the configuration, which never waits for a change in progress: two
     * daemons adding providers that depend on each other must not wait for each other's lock.
     */
    private Optional<ProviderRef> find(String locator) {
        int colon = locator.indexOf(':');
        String type = colon < 0 ? null : locator.substring(0, colon);
        int id = -1;
        if (colon >= 0) {
            try {
                id = Integer.parseInt(locator.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new BedrockException("Ill-formatted provider specification \"" + locator
                        + "\" (expected name or type:id)");
            }
        }
        Object providers = service.config().get("providers");
        if (!(providers instanceof java.util.List<?> list)) {
            return Optional.empty();
        }
        for (Object entry : list) {
            Map<?, ?> p = (Map<?, ?>) entry;
            ProviderRef ref = new ProviderRef((String) p.get("name"), (String) p.get("type"),
                    ((Number) p.get("provider_id")).intValue(), (String) p.get("pool"));
            boolean match = type == null ? ref.name().equals(locator)
                    : ref.type().equals(type) && ref.providerId() == id;
            if (match) {
                return Optional.of(ref);
            }
        }
        return Optional.empty();
    }

    private static BedrockException notFound(String locator) {
        return new BedrockException("Could not find provider with spec \"" + locator + "\"");
    }
}
