package bedrock.runtime.internal.server;

import bedrock.api.BedrockException;
import bedrock.runtime.internal.core.ProviderStates;
import bedrock.runtime.internal.core.Values;
import bedrock.runtime.internal.spec.ItemValidator;
import bedrock.runtime.internal.spec.MargoCompleter;
import bedrock.runtime.internal.spec.SpecCompleter;
import bedrock.runtime.internal.spec.SpecProblem;
import bedrock.runtime.internal.spec.SpecValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;


/**
 * The changes a running service accepts. Each one validates its input against the live service,
 * then applies it as one transaction: on failure nothing is left behind.
 */
final class RuntimeChanges {

    private final BedrockService s;

    RuntimeChanges(BedrockService service) {
        this.s = service;
    }

    String addPool(Object spec) {
        return s.change("add_pool", tx -> {
            Object item = prepare(spec);
            check("pool", ItemValidator.pool(item, "", new HashSet<>(poolNames())));
            Map<String, Object> pool = MargoCompleter.completePool(item, poolNames());
            try {
                var added = s.resources.execution.addPool(pool);
                s.publications.add(bedrock.api.module.Pool.class, added.name(), added);
                return added.name();
            } catch (BedrockException e) {
                throw new BedrockException("Could not add pool to Margo instance: " + e.getMessage(),
                        e.path().orElse(""), e);
            }
        });
    }

    void removePool(String name) {
        s.change("remove_pool", tx -> {
            String why = poolUse(name);
            if (why != null) {
                throw new BedrockException("Could not remove pool with name \"" + name + "\": " + why);
            }
            try {
                s.resources.execution.removePool(name);
                s.publications.remove(bedrock.api.module.Pool.class, name);
            } catch (BedrockException e) {
                throw new BedrockException("Could not remove pool with name \"" + name + "\": " + e.getMessage()
                        + holders(name, e), e);
            }
            return null;
        });
    }

    private String poolUse(String name) {
        if (name.equals(s.bedrockPool)) {
            return "it is Bedrock's own pool";
        }
        if (s.components.poolInUse(name)) {
            return "Pool \"" + name + "\" is still used by " + String.join(", ", s.components.resourceUsers(name));
        }
        if (s.resources.poolUsedByAbtIo(name)) {
            return "Pool \"" + name + "\" is still in use by an abt_io instance";
        }
        return null;
    }

    String addXstream(Object spec) {
        return s.change("add_xstream", tx -> {
            Object item = prepare(spec);
            List<String> xstreamNames = s.resources.execution.xstreams().stream().map(x -> x.name()).toList();
            check("xstream", ItemValidator.xstream(item, "", poolNames(), new HashSet<>(xstreamNames)));
            Map<String, Object> xstream = MargoCompleter.completeXstream(item, poolNames(), xstreamNames);
            try {
                var added = s.resources.execution.addXstream(xstream);
                s.publications.add(bedrock.api.module.Xstream.class, added.name(), added);
                return added.name();
            } catch (BedrockException e) {
                throw new BedrockException("Could not add xstream to Margo instance: " + e.getMessage(),
                        e.path().orElse(""), e);
            }
        });
    }

    void removeXstream(String name) {
        s.change("remove_xstream", tx -> {
            try {
                s.resources.execution.removeXstream(name);
                s.publications.remove(bedrock.api.module.Xstream.class, name);
            } catch (BedrockException e) {
                throw new BedrockException("Could not remove xstream with name \"" + name + "\": " + e.getMessage()
                        + holders(name, e), e);
            }
            return null;
        });
    }

    String addAbtIo(Object spec) {
        return s.change("add_abtio", tx -> {
            Object item = prepare(spec);
            check("abt_io instance", ItemValidator.abtIo(item, "", poolNames(), new HashSet<>(s.resources.abtIo.keySet())));
            Map<String, Object> entry = SpecCompleter.abtIo(Values.object(item), poolNames(), defaultPool());
            s.addAbtIo(entry, "", tx);
            return (String) entry.get("name");
        });
    }

    String addSsg(Object spec) {
        return s.change("add_ssg_group", tx -> {
            Object item = prepare(spec);
            check("ssg group", ItemValidator.ssg(item, "", poolNames(), new HashSet<>(s.resources.groups.keySet())));
            Map<String, Object> entry = SpecCompleter.ssg(Values.object(item), poolNames(), defaultPool());
            s.addGroup(entry, "", tx);
            return (String) entry.get("name");
        });
    }

    String addClient(Object spec) {
        return s.change("add_client", tx -> {
            Object item = prepare(spec);
            check("client", ItemValidator.client(item, "", new HashSet<>(s.components.clientNames())));
            Map<String, Object> entry = Values.object(item);
            s.components.createClient(entry, "", tx);
            return (String) entry.get("name");
        });
    }

    void removeClient(String name) {
        s.change("remove_client", tx -> {
            s.components.removeClient(name);
            return null;
        });
    }

    String addProvider(Object spec) {
        return s.change("start_provider", tx -> {
            Object item = prepare(spec);
            check("provider", ItemValidator.provider(item, "", poolNames(), s.components.providerNames(),
                    s.components.providerIds(), s.bedrockId));
            Map<String, Object> entry = Values.object(item);
            s.components.createProvider(entry, "", tx);
            return (String) entry.get("name");
        });
    }

    /** Adds a provider and returns its id (what the RPC answers). */
    int addProviderForId(Object spec) {
        String name = addProvider(spec);
        return s.providers().get(name).providerId();
    }

    void removeProvider(String locator) {
        s.change("remove_provider", tx -> {
            s.components.removeProvider(locator);
            return null;
        });
    }

    void changeProviderPool(String provider, String pool) {
        s.change("change_provider_pool", tx -> {
            s.components.changeProviderPool(provider, pool);
            return null;
        });
    }

    void migrate(String provider, String destAddress, int destId, Map<String, Object> options, boolean removeSource) {
        s.change("migrate_provider", tx -> {
            states().migrate(provider, destAddress, destId, options, removeSource);
            return null;
        });
    }

    void snapshot(String provider, String destPath, Map<String, Object> options, boolean removeSource) {
        s.change("snapshot_provider", tx -> {
            states().snapshot(provider, destPath, options, removeSource);
            return null;
        });
    }

    void restore(String provider, String srcPath, Map<String, Object> options) {
        s.change("restore_provider", tx -> {
            states().restore(provider, srcPath, options);
            return null;
        });
    }

    private ProviderStates states() {
        return new ProviderStates(s.components, s.address());
    }

    /** Who holds a pinned pool or xstream, when the registry refused because of a pin. */
    private String holders(String name, BedrockException refusal) {
        if (!refusal.getMessage().contains("still in use by some dependencies")) {
            return "";
        }
        List<String> users = s.components.resourceUsers(name).stream().filter(u -> u.contains("(dependency")).toList();
        return users.isEmpty() ? "" : " (" + String.join(", ", users) + ")";
    }

    private Object prepare(Object spec) {
        return s.reader.prepare(SpecReader.itemFrom(spec), Map.of("__ssg__", s.groupGlobals()));
    }

    private static void check(String what, List<SpecProblem> problems) {
        if (!problems.isEmpty()) {
            throw SpecValidator.exception(what, problems);
        }
    }

    private List<String> poolNames() {
        return s.resources.execution.pools().stream().map(p -> p.name()).toList();
    }

    private String defaultPool() {
        return MargoCompleter.PRIMARY;
    }

}
