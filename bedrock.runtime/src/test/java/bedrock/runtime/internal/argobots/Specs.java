package bedrock.runtime.internal.argobots;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;

/** Builders for the JSON-like maps the registry reads, and a bounded wait for a condition. */
final class Specs {

    private Specs() {
    }

    static Map<String, Object> pool(String name, String kind) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("kind", kind);
        map.put("access", "mpmc");
        return map;
    }

    static Map<String, Object> xstream(String name, String type, Object... pools) {
        Map<String, Object> scheduler = new LinkedHashMap<>();
        scheduler.put("type", type);
        scheduler.put("pools", List.of(pools));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("scheduler", scheduler);
        return map;
    }

    static Map<String, Object> argobots(List<?> pools, List<?> xstreams) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("pools", pools);
        map.put("xstreams", xstreams);
        return map;
    }

    /** An empty registry: no pool, no xstream. */
    static ExecutionRegistry empty() {
        return ExecutionRegistry.start(argobots(List.of(), List.of()), null, null);
    }

    /** Polls {@code condition} until it holds or {@code timeout} passes; returns its last value. */
    static boolean eventually(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(200_000);
        }
        return true;
    }

    static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }
}
