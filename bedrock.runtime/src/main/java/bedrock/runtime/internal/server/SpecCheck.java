package bedrock.runtime.internal.server;

import bedrock.api.BedrockException;
import bedrock.api.check.CheckReport;
import bedrock.api.check.CheckReport.Problem;
import bedrock.api.server.SpecOptions;
import bedrock.runtime.internal.core.DependencyCheck;
import bedrock.runtime.internal.core.Transaction;
import bedrock.runtime.internal.spec.IfConditions;
import bedrock.runtime.internal.spec.SpecCompleter;
import bedrock.runtime.internal.spec.SpecProblem;
import bedrock.runtime.internal.spec.SpecValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A spec checked without starting a service: its structure, then its libraries (loaded for the
 * time of the check and unloaded afterwards, so that module types and dependency declarations are
 * known), then every client and provider against the modules (once the structure is valid, since
 * references into a broken section would only repeat its errors).
 */
public final class SpecCheck {

    private SpecCheck() {
    }

    /** Checks spec text with the collaborators of {@code setup}; never throws for a bad spec. */
    public static CheckReport run(String text, SpecOptions options, ServiceSetup setup) {
        Map<String, String> moved = new HashMap<>();
        Object spec;
        try {
            spec = new SpecReader(setup.scripts()).unvalidated(text, options, moved);
        } catch (BedrockException e) {
            return new CheckReport(List.of(new Problem(e.path().orElse(""), e.getMessage())), Map.of());
        }
        List<SpecProblem> problems = new ArrayList<>(SpecValidator.validate(spec));
        boolean structureValid = problems.isEmpty();
        Map<String, Object> completed = null;
        try (Transaction tx = new Transaction()) {
            Libraries libraries = new Libraries(setup.loader(), setup.modules(), options.baseDirectory(),
                    setup.moduleTimeout());
            loadLibraries(spec instanceof Map<?, ?> map ? map.get("libraries") : null, libraries, tx, problems);
            if (structureValid) {
                completed = SpecCompleter.complete(spec);
                problems.addAll(DependencyCheck.check(completed, setup.modules()));
            }
            // the transaction is not committed: closing it unloads what the check loaded
        }
        List<Problem> out = problems.stream()
                .map(p -> new Problem(IfConditions.originalPath(p.path(), moved), p.message())).toList();
        return new CheckReport(out, structureValid ? completed : Map.of());
    }

    /** Loads each well-formed library entry on its own, so that every bad one is reported. */
    private static void loadLibraries(Object section, Libraries libraries, Transaction tx, List<SpecProblem> out) {
        if (section instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String location) {
                    load(libraries, null, location, "/libraries/" + i, tx, out);
                }
            }
        } else if (section instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object location = e.getValue();
                if (location == null || location instanceof String) {
                    String key = e.getKey().toString();
                    load(libraries, key, (String) location, "/libraries/" + key.replace("~", "~0").replace("/", "~1"),
                            tx, out);
                }
            }
        }
    }

    private static void load(Libraries libraries, String name, String location, String path, Transaction tx,
            List<SpecProblem> out) {
        try {
            libraries.load(name, location, path, tx);
        } catch (BedrockException e) {
            out.add(new SpecProblem(e.path().orElse(path), e.getMessage()));
        }
    }
}
