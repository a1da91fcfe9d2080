package bedrock.module.yokan;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.module.yokan.backend.Backend;
import bedrock.module.yokan.backend.HashMapBackend;
import bedrock.module.yokan.backend.MVStoreBackend;
import bedrock.module.yokan.backend.SortedMapBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provider's {@code config}: {@code {"database": {"type": "map" | "unordered_map" |
 * "persistent", "path": "<file>"}}}. The type defaults to {@code map}; {@code path} is required
 * by {@code persistent} only, and other keys are kept as given.
 *
 * @param type the database type
 * @param path the store file for {@code persistent}, else null
 * @param effective the configuration to report: the given one with the type filled in
 */
record DatabaseConfig(String type, Path path, Map<String, Object> effective) {

    static final List<String> TYPES =
            List.of(SortedMapBackend.TYPE, HashMapBackend.TYPE, MVStoreBackend.TYPE);

    /** Validates a provider config. */
    static DatabaseConfig parse(Map<String, Object> config) {
        Object db = config.getOrDefault("database", Map.of());
        if (!(db instanceof Map<?, ?> given)) {
            throw new BedrockException("yokan: \"database\" should be an object, got " + Json.write(db));
        }
        Object type = given.containsKey("type") ? given.get("type") : SortedMapBackend.TYPE;
        if (!(type instanceof String t) || !TYPES.contains(t)) {
            throw new BedrockException("yokan: unknown database type " + Json.write(type)
                    + " (expected one of \"map\", \"unordered_map\", \"persistent\")");
        }
        Map<String, Object> database = new LinkedHashMap<>();
        database.put("type", t);
        given.forEach((k, v) -> database.putIfAbsent(String.valueOf(k), v));
        Map<String, Object> effective = new LinkedHashMap<>(config);
        effective.put("database", database);
        Path path = MVStoreBackend.TYPE.equals(t) ? path(given.get("path")) : null;
        return new DatabaseConfig(t, path, effective);
    }

    private static Path path(Object value) {
        if (value == null) {
            throw new BedrockException("yokan: database type \"persistent\" needs a \"path\" (the store file)");
        }
        if (!(value instanceof String s) || s.isEmpty()) {
            throw new BedrockException("yokan: database \"path\" should be a non-empty string, got "
                    + Json.write(value));
        }
        Path path = Path.of(s);
        if (Files.isDirectory(path)) {
            throw new BedrockException("yokan: database path \"" + s + "\" is a folder, not a file");
        }
        return path;
    }

    /** Opens the configured backend. */
    Backend open() {
        return switch (type) {
            case SortedMapBackend.TYPE -> new SortedMapBackend();
            case HashMapBackend.TYPE -> new HashMapBackend();
            default -> openPersistent();
        };
    }

    private Backend openPersistent() {
        try {
            return new MVStoreBackend(path);
        } catch (IOException | RuntimeException e) {
            throw new BedrockException("yokan: cannot open database file \"" + path + "\": "
                    + e.getMessage(), e);
        }
    }
}
