package bedrock.module.c;

import bedrock.api.module.ResolvedDependency;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What Bedrock resolved for a provider or client: the raw dependencies plus the two views tests
 * compare (resolved names, and the class of each handle, which tells the kind apart).
 */
public final class RecordedDependencies {

    private final Map<String, List<ResolvedDependency>> resolved;

    RecordedDependencies(Map<String, List<ResolvedDependency>> resolved) {
        Map<String, List<ResolvedDependency>> copy = new LinkedHashMap<>();
        resolved.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        this.resolved = Collections.unmodifiableMap(copy);
    }

    /** Dependency name to the resolved dependencies, in declaration order. */
    public Map<String, List<ResolvedDependency>> resolved() {
        return resolved;
    }

    /** Dependency name to the resolved names (as the completed config echoes them). */
    public Map<String, List<String>> names() {
        return view(ResolvedDependency::name);
    }

    /** Dependency name to the class names of the resolved handles ({@code "null"} for none). */
    public Map<String, List<String>> handleClasses() {
        return view(d -> d.handle() == null ? "null" : d.handle().getClass().getName());
    }

    /** The handles of one dependency (empty when it was not given). */
    public List<Object> handles(String name) {
        return resolved.getOrDefault(name, List.of()).stream()
                .map(ResolvedDependency::handle).toList();
    }

    private Map<String, List<String>> view(Function<ResolvedDependency, String> f) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        resolved.forEach((name, list) -> out.put(name, list.stream().map(f).toList()));
        return Collections.unmodifiableMap(out);
    }
}
