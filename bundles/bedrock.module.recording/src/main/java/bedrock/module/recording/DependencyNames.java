package bedrock.module.recording;

import bedrock.api.module.ResolvedDependency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reduces resolved dependencies to their echoed names, which is all the tests compare. */
final class DependencyNames {

    private DependencyNames() {
    }

    /** Dependency name to the resolved names, in declaration order. */
    static Map<String, List<String>> of(Map<String, List<ResolvedDependency>> dependencies) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        dependencies.forEach((key, list) -> names.put(key,
                list.stream().map(ResolvedDependency::name).toList()));
        return java.util.Collections.unmodifiableMap(names);
    }
}
