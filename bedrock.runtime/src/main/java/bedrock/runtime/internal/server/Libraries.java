package bedrock.runtime.internal.server;

import bedrock.api.BedrockException;
import bedrock.runtime.internal.core.ModuleRegistry;
import bedrock.runtime.internal.core.Transaction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code libraries} of a service: module bundles loaded by location, and the module types they
 * must provide. Keeps the form the spec used (object {@code name → location|null}, or a list of
 * locations) for the completed configuration.
 */
final class Libraries {

    private final ModuleLoader loader;
    private final ModuleRegistry modules;
    private final Path baseDir;
    private final Duration typeTimeout;
    private final Map<String, Object> byName = new LinkedHashMap<>();
    private final List<String> locations = new ArrayList<>();
    private final Map<String, ModuleLoader.Loaded> loaded = new LinkedHashMap<>();
    private boolean listForm;

    Libraries(ModuleLoader loader, ModuleRegistry modules, Path baseDir, Duration typeTimeout) {
        this.loader = loader;
        this.modules = modules;
        this.baseDir = baseDir;
        this.typeTimeout = typeTimeout;
    }

    Path baseDirectory() {
        return baseDir;
    }

    /**
     * Loads the spec's {@code libraries} section (object or list form): every bundle is installed
     * and started first, then each one's types are awaited, in order, so that the later bundles
     * install while the first waits for Declarative Services to register its factories. The
     * errors are those of a load one library after the other: the first library in order that
     * fails names the failure, and nothing loaded stays (the transaction undoes them).
     */
    @SuppressWarnings("unchecked")
    void loadSection(Object section, Transaction tx) {
        List<Pending> pending = new ArrayList<>();
        if (section instanceof List<?> list) {
            listForm = true;
            for (int i = 0; i < list.size(); i++) {
                String location = (String) list.get(i);
                installOneOfSection(null, location, location, "/libraries/" + i, tx, pending);
            }
        } else if (section instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                installOneOfSection(e.getKey(), (String) e.getValue(), (String) e.getValue(),
                        "/libraries/" + escape(e.getKey()), tx, pending);
            }
        }
        pending.forEach(p -> p.complete(tx));
    }

    /** Installs one library of a section; when that fails, the libraries before it complete first. */
    private void installOneOfSection(String name, String location, String shown, String path, Transaction tx,
            List<Pending> pending) {
        try {
            pending.add(install(name, location, shown, path, tx));
        } catch (BedrockException e) {
            pending.forEach(p -> p.complete(tx));
            throw e;
        }
    }

    /**
     * Loads one module bundle. With a {@code name}, waits (bounded) until a factory of that type is
     * registered; a null location means a bundle already provides it.
     */
    void load(String name, String location, String path, Transaction tx) {
        load(name, location, location, path, tx);
    }

    /**
     * As {@link #load(String, String, String, Transaction)}, loading {@code location} (a checked,
     * normalised form) while the completed configuration shows {@code shown}, as the user wrote it.
     */
    void load(String name, String location, String shown, String path, Transaction tx) {
        install(name, location, shown, path, tx).complete(tx);
    }

    /** Installs and starts the bundle (if any); its types are awaited by {@link Pending#complete}. */
    private Pending install(String name, String location, String shown, String path, Transaction tx) {
        List<String> types = new ArrayList<>();
        if (location != null) {
            ModuleLoader.Loaded loaded;
            try {
                loaded = loader.load(location, baseDir);
            } catch (BedrockException e) {
                throw new BedrockException(e.getMessage(), path, e);
            }
            tx.onRollback(loaded.undo());
            types.addAll(loaded.types());
            remember(shown, loaded, tx);
        }
        if (name != null && !types.contains(name)) {
            types.add(name);
        }
        return new Pending(name, location, shown, path, types);
    }

    /** A library installed, its types not yet awaited. */
    private final class Pending {
        private final String name;
        private final String location;
        private final String shown;
        private final String path;
        private final List<String> types;
        private boolean completed;

        Pending(String name, String location, String shown, String path, List<String> types) {
            this.name = name;
            this.location = location;
            this.shown = shown;
            this.path = path;
            this.types = types;
        }

        /** Waits (bounded) for each of its types, then records the library; once. */
        void complete(Transaction tx) {
            if (completed) {
                return;
            }
            completed = true;
            for (String type : types) {
                if (modules.await(type, typeTimeout).isEmpty()) {
                    throw new BedrockException("Module type \"" + type + "\" is not provided"
                            + (location == null ? " by any installed bundle" : " by the bundle at \"" + location + "\"")
                            + " (waited " + typeTimeout.toMillis() + " ms; " + modules.describeTypes() + ")", path);
                }
            }
            record(name, location == null ? null : shown, types, tx);
        }
    }

    private void record(String name, String location, List<String> types, Transaction tx) {
        if (location != null && !locations.contains(location)) {
            locations.add(location);
            tx.onRollback(() -> locations.remove(location));
        }
        List<String> keys = name != null ? List.of(name) : types;
        for (String key : keys) {
            if (!byName.containsKey(key)) {
                byName.put(key, location);
                tx.onRollback(() -> byName.remove(key));
            }
        }
    }

    private void remember(String shown, ModuleLoader.Loaded bundle, Transaction tx) {
        if (!loaded.containsKey(shown)) {
            loaded.put(shown, bundle);
            tx.onRollback(() -> loaded.remove(shown));
        }
    }

    /** The location a loaded bundle is listed under in the completed configuration. */
    private String shownLocation(ModuleLoader.Loaded bundle) {
        return loaded.entrySet().stream().filter(e -> e.getValue() == bundle).map(Map.Entry::getKey)
                .findFirst().orElse(bundle.location());
    }

    /**
     * The bundle loaded under a module type ({@code libraries} key) or a location.
     *
     * @throws BedrockException when this service loaded no bundle by that name or location
     */
    ModuleLoader.Loaded find(String nameOrLocation) {
        Object location = byName.containsKey(nameOrLocation) ? byName.get(nameOrLocation) : nameOrLocation;
        ModuleLoader.Loaded bundle = location == null ? null : loaded.get(location);
        if (bundle == null) {
            throw new BedrockException("No module bundle named or located " + bedrock.api.json.Json.write(nameOrLocation)
                    + " was loaded by this service" + (byName.containsKey(nameOrLocation)
                    ? " (its type came from a bundle installed otherwise: \"libraries\": null)"
                    : " (loaded: " + (loaded.isEmpty() ? "none" : String.join(", ", loaded.keySet())) + ")"));
        }
        return bundle;
    }

    /** The module types a loaded bundle provides, as declared and as named in {@code libraries}. */
    List<String> types(ModuleLoader.Loaded bundle) {
        List<String> types = new ArrayList<>(bundle.types());
        String shown = shownLocation(bundle);
        byName.forEach((name, location) -> {
            if (shown.equals(location) && !types.contains(name)) {
                types.add(name);
            }
        });
        return types;
    }

    /** Uninstalls a loaded bundle and forgets it (not undoable: call last). */
    void unload(ModuleLoader.Loaded bundle) {
        String shown = shownLocation(bundle);
        bundle.unload().run();
        loaded.remove(shown);
        locations.remove(shown);
        byName.values().removeIf(shown::equals);
    }

    /** The section as the completed configuration reports it. */
    Object config() {
        return listForm ? new ArrayList<>(locations) : new java.util.TreeMap<>(byName);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
