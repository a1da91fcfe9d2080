package bench.groups;

import bedrock.api.client.ServiceHandle;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What kind of group is measured: Flock providers or {@code ssg} entries, both with period
 * {@value #PERIOD_MS} ms and {@value #SUSPECT_PERIODS} suspect periods. Each gives the spec of a
 * member (creating or joining through the group file), the spec of the same daemon without a group,
 * and how to read a member's view over RPC.
 */
enum Kind {
    FLOCK, SSG;

    static final long PERIOD_MS = 200;
    static final long SUSPECT_PERIODS = 3;

    /** A member's view: its rank and the members in rank order. */
    record View(long rank, List<String> members) {
    }

    Map<String, Object> member(Path home, Path file, boolean create) {
        if (this == SSG) {
            return Map.of("ssg", List.of(Map.of("name", "g", "bootstrap", create ? "init" : "join",
                    "group_file", file.toString(), "swim", Map.of("period_length_ms", PERIOD_MS,
                            "suspect_timeout_periods", SUSPECT_PERIODS))));
        }
        return Map.of("libraries", library(home), "providers", List.of(Map.of("name", "g", "type", "flock",
                "provider_id", 1, "config", Map.of("bootstrap", create ? "self" : "join", "file", file.toString(),
                        "group", Map.of("type", "swim", "config", Map.of("protocol_period_ms", PERIOD_MS,
                                "suspicion_timeout_ms", PERIOD_MS * SUSPECT_PERIODS))))));
    }

    /** The same daemon without a group: {@code {}} for ssg, the flock library loaded for Flock. */
    Map<String, Object> alone(Path home) {
        return this == SSG ? Map.of() : Map.of("libraries", library(home));
    }

    private static Map<String, Object> library(Path home) {
        return Map.of("flock", home.resolve("modules/bedrock.module.flock.jar").toString());
    }

    CompletableFuture<View> view(ServiceHandle handle) {
        if (this == SSG) {
            return handle.queryAsync("return $__ssg__.g;").thenApply(r -> view((Map<?, ?>) r.value()));
        }
        return handle.configAsync().thenApply(config -> {
            Map<?, ?> provider = (Map<?, ?>) ((List<?>) config.get("providers")).stream()
                    .filter(p -> "g".equals(((Map<?, ?>) p).get("name"))).findFirst().orElseThrow();
            return view((Map<?, ?>) ((Map<?, ?>) provider.get("config")).get("view"));
        });
    }

    private static View view(Map<?, ?> v) {
        return new View(((Number) v.get("rank")).longValue(),
                ((List<?>) v.get("members")).stream().map(String.class::cast).toList());
    }
}
