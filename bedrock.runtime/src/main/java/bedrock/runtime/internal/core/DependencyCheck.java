package bedrock.runtime.internal.core;

import bedrock.api.BedrockException;
import bedrock.api.module.Dependency;
import bedrock.api.module.ModuleFactory;
import bedrock.runtime.internal.spec.SpecProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the clients and providers of a completed spec against the module registry without
 * creating anything: that each type is known, that each dependency is declared by the module,
 * and that each reference resolves to what the spec declares before it, in the runtime's creation
 * order and with its messages (see {@link DependencyFinder}). Handles to other daemons are not
 * contacted. Rewrites the spec as the runtime would report it: dependencies normalised, automatic
 * provider ids assigned, implicit {@code __type_client__} clients appended.
 */
public final class DependencyCheck {

    private final ModuleRegistry modules;
    private final CheckedEntities known;
    private final List<SpecProblem> problems = new ArrayList<>();
    private final List<Map<String, Object>> clientList;

    private DependencyCheck(Map<String, Object> completed, ModuleRegistry modules) {
        this.modules = modules;
        this.known = new CheckedEntities(completed);
        this.clientList = items(completed.get("clients"));
        completed.put("clients", clientList);
    }

    /** Checks {@code completed} (a valid, completed spec, changed in place) and returns every problem. */
    public static List<SpecProblem> check(Map<String, Object> completed, ModuleRegistry modules) {
        DependencyCheck check = new DependencyCheck(completed, modules);
        List<Map<String, Object>> clients = new ArrayList<>(check.clientList);
        for (int i = 0; i < clients.size(); i++) {
            check.component(clients.get(i), "/clients/" + i, false);
        }
        List<Map<String, Object>> providers = items(completed.get("providers"));
        completed.put("providers", providers);
        for (int i = 0; i < providers.size(); i++) {
            check.component(providers.get(i), "/providers/" + i, true);
        }
        return check.problems;
    }

    private void component(Map<String, Object> spec, String path, boolean provider) {
        String name = (String) spec.get("name");
        String type = (String) spec.get("type");
        String kind = provider ? "provider" : "client";
        int id = -1;
        if (provider) {
            id = known.assignId(spec.get("provider_id"), path, problems);
            spec.put("provider_id", (long) id);
        }
        Optional<List<Dependency>> declared = declared(spec, kind, name, type, path);
        declared.ifPresent(list -> spec.put("dependencies", dependencies(name, list, spec, path)));
        // known only once created: nothing can depend on itself
        if (provider) {
            known.addProvider(new CheckedEntities.Entity(name, type, id));
        } else {
            known.clients.add(new CheckedEntities.Entity(name, type, -1));
        }
    }

    private Optional<List<Dependency>> declared(Map<String, Object> spec, String kind, String name, String type,
            String path) {
        ModuleFactory factory;
        try {
            factory = modules.require(type, kind, path + "/type");
        } catch (BedrockException e) {
            problems.add(new SpecProblem(path + "/type", e.getMessage()));
            return Optional.empty();
        }
        Map<String, Object> config = Values.object(spec.get("config"));
        try {
            List<Dependency> list = "provider".equals(kind) ? factory.providerDependencies(config)
                    : factory.clientDependencies(config);
            return Optional.of(list == null ? List.of() : list);
        } catch (Exception e) {
            problems.add(new SpecProblem(path + "/config", "Could not get the dependencies of " + kind + " \""
                    + name + "\" of type \"" + type + "\": " + e.getMessage()));
            return Optional.empty();
        }
    }

    private Map<String, Object> dependencies(String owner, List<Dependency> declared, Map<String, Object> spec,
            String path) {
        Map<String, Object> given = Values.object(spec.get("dependencies"));
        for (String key : given.keySet()) {
            if (declared.stream().noneMatch(d -> d.name().equals(key))) {
                problems.add(new SpecProblem(path + "/dependencies/" + key, "Unknown dependency \"" + key
                        + "\" (the module declares: " + (declared.isEmpty() ? "none"
                        : String.join(", ", declared.stream().map(Dependency::name).toList())) + ")"));
            }
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        for (Dependency dep : declared) {
            String depPath = path + "/dependencies/" + dep.name();
            Object value = given.get(dep.name());
            try {
                List<Object> refs = DependencyFinder.normalise(dep, value, depPath);
                List<Object> names = new ArrayList<>();
                for (int i = 0; i < refs.size(); i++) {
                    String itemPath = dep.array() && value instanceof List ? depPath + "/" + i : depPath;
                    names.add(resolve(dep, refs.get(i), itemPath, owner));
                }
                if (!names.isEmpty() || given.containsKey(dep.name())) {
                    echo.put(dep.name(), dep.array() ? names : names.get(0));
                }
            } catch (BedrockException e) {
                problems.add(new SpecProblem(e.path().orElse(depPath),
                        "While resolving dependencies of \"" + owner + "\": " + e.getMessage()));
            }
        }
        return echo;
    }

    /** Resolves one reference (or throws with its path), returning its normalised form. */
    private Object resolve(Dependency dep, Object ref, String path, String owner) {
        return switch (dep.type()) {
            case "pool" -> known.resource(known.pools, "pool", ref, path);
            case "xstream" -> known.resource(known.xstreams, "xstream", ref, path);
            case "abt_io" -> known.resource(known.abtIo, "abt_io instance", ref, path);
            case "ssg" -> known.resource(known.groups, "ssg group", ref, path);
            default -> new ReferenceCheck(known, this::anonymousClient)
                    .moduleRef(dep, DependencyRef.parse((String) ref, path), (String) ref, path);
        };
    }

    /** The first client of that type, else a new {@code __type_client__}, as the runtime creates it. */
    private String anonymousClient(String type, String path) {
        for (CheckedEntities.Entity c : known.clients) {
            if (c.type().equals(type)) {
                return c.name();
            }
        }
        modules.require(type, "client", path);
        String name = "__" + type + "_client__";
        Map<String, Object> client = new java.util.TreeMap<>();
        client.put("config", new LinkedHashMap<>());
        client.put("dependencies", new LinkedHashMap<>());
        client.put("name", name);
        client.put("tags", new ArrayList<>());
        client.put("type", type);
        clientList.add(client);
        known.clients.add(new CheckedEntities.Entity(name, type, -1));
        return name;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Object section) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (section instanceof List<?> list) {
            list.forEach(item -> out.add((Map<String, Object>) item));
        }
        return out;
    }
}
