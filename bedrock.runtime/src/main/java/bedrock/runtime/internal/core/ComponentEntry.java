package bedrock.runtime.internal.core;

import bedrock.api.module.ModuleFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a service keeps of a client or provider it created. */
abstract class ComponentEntry {

    final String name;
    final String type;
    final ModuleFactory factory;
    final List<String> tags;
    final Map<String, Object> dependencyEcho;
    final Releases releases = new Releases();
    /** The components that hold this one as a dependency. */
    final List<Dependent> dependents = new ArrayList<>();

    /** A component holding another as its dependency {@code dependency}. */
    record Dependent(String owner, String dependency) {
        @Override
        public String toString() {
            return "\"" + owner + "\" (dependency \"" + dependency + "\")";
        }
    }
    Publisher.Publication publication = () -> { };

    ComponentEntry(String name, String type, ModuleFactory factory, List<String> tags,
            Map<String, Object> dependencyEcho) {
        this.name = name;
        this.type = type;
        this.factory = factory;
        this.tags = List.copyOf(tags);
        this.dependencyEcho = new LinkedHashMap<>(dependencyEcho);
    }

    /** The module's own report of its configuration, sorted like every completed config. */
    abstract Map<String, Object> moduleConfig();

    /** Entries common to the completed config of clients and providers: a fresh, sorted copy. */
    Map<String, Object> baseConfig() {
        Map<String, Object> out = new TreeMap<>();
        out.put("config", Values.sortedCopy(moduleConfig()));
        out.put("dependencies", Values.sortedCopy(dependencyEcho));
        out.put("name", name);
        out.put("tags", new ArrayList<>(tags));
        out.put("type", type);
        return out;
    }
}
