package bedrock.runtime.internal.core;

import bedrock.api.BedrockException;
import bedrock.api.module.ModuleFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The module types a service knows, fed by whoever tracks {@link ModuleFactory} services (the
 * whiteboard in OSGi, a test directly). Lookups may wait, bounded, for a type to arrive, since a
 * bundle that was just started registers its factories asynchronously. Thread-safe.
 */
public final class ModuleRegistry {

    private final Map<String, ModuleFactory> factories = new LinkedHashMap<>();
    private final List<BiConsumer<String, ModuleFactory>> departureListeners = new CopyOnWriteArrayList<>();

    /** Adds a factory. A second factory for a known type is ignored, as upstream does; returns whether it was taken. */
    public synchronized boolean add(String type, ModuleFactory factory) {
        if (factories.containsKey(type)) {
            System.getLogger(ModuleRegistry.class.getName()).log(System.Logger.Level.WARNING,
                    "Module type \"{0}\" was already registered; ignoring {1}", type, factory.getClass().getName());
            return false;
        }
        factories.put(type, factory);
        notifyAll();
        return true;
    }

    /** Removes a factory (its bundle stopped); listeners tear down what it created. */
    public void remove(String type, ModuleFactory factory) {
        synchronized (this) {
            if (factories.get(type) != factory) {
                return;
            }
            factories.remove(type);
        }
        for (BiConsumer<String, ModuleFactory> listener : departureListeners) {
            listener.accept(type, factory);
        }
    }

    /** Calls {@code listener} with (type, factory) after a factory left; the result unregisters it. */
    public Runnable onDeparture(BiConsumer<String, ModuleFactory> listener) {
        departureListeners.add(listener);
        return () -> departureListeners.remove(listener);
    }

    /** The factory of that type, if known now. */
    public synchronized Optional<ModuleFactory> find(String type) {
        return Optional.ofNullable(factories.get(type));
    }

    /** The factory of that type, waiting up to {@code timeout} for it to arrive. */
    public synchronized Optional<ModuleFactory> await(String type, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!factories.containsKey(type)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.of(factories.get(type));
    }

    /** The factory of that type, or an error naming it and the known types. */
    public ModuleFactory require(String type, String kind, String path) {
        return find(type).orElseThrow(() -> new BedrockException("Could not find service factory for "
                + kind + " type \"" + type + "\" (" + describeTypes() + ")", path));
    }

    /** What a user should know about the known types, for error messages. */
    public String describeTypes() {
        List<String> known = types();
        return known.isEmpty() ? "no module type is loaded: name the module's bundle in \"libraries\""
                : "known types: " + String.join(", ", known);
    }

    /** Known types, in arrival order. */
    public synchronized List<String> types() {
        return new ArrayList<>(factories.keySet());
    }
}
