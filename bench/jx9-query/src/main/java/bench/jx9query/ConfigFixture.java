package bench.jx9query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A completed configuration as a running daemon returns it: the shape of upstream's output for a
 * one-provider spec ({@code valid-07} in the reference runs), with its provider list replaced by
 * {@code n} providers. Built from the same Java types {@code ConfigView} uses (sorted maps, lists,
 * longs), since the query's copy cost depends on them.
 */
final class ConfigFixture {

    private static final String[] TYPES = {"yokan", "module_a"};

    private ConfigFixture() {
    }

    /** The completed configuration with {@code n} providers; even ids are yokan, odd module_a. */
    static Map<String, Object> withProviders(int n) {
        Map<String, Object> config = template();
        List<Object> providers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            providers.add(provider(i, TYPES[i % TYPES.length]));
        }
        config.put("providers", providers);
        return config;
    }

    private static Map<String, Object> provider(int id, String type) {
        Map<String, Object> p = new TreeMap<>();
        Map<String, Object> config = new TreeMap<>();
        if (type.equals("yokan")) {
            Map<String, Object> database = new TreeMap<>();
            database.put("type", "map");
            database.put("config", new TreeMap<>());
            config.put("database", database);
        }
        p.put("config", config);
        p.put("dependencies", new TreeMap<>());
        p.put("name", "p" + id);
        p.put("pool", "__primary__");
        p.put("provider_id", (long) id);
        p.put("tags", new ArrayList<>());
        p.put("type", type);
        return p;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> template() {
        try (InputStream in = ConfigFixture.class.getResourceAsStream("completed-config.json")) {
            return (Map<String, Object>) normalise(new ObjectMapper().readValue(in, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson yields LinkedHashMaps and Integers; the daemon's view has TreeMaps and Longs. */
    private static Object normalise(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put((String) k, normalise(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(normalise(v)));
            return out;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        return value;
    }
}
