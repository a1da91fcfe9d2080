package bedrock.runtime.internal.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Who uses a pool or xstream, for the errors that refuse to remove it. */
final class ResourceUsers {

    private ResourceUsers() {
    }

    /**
     * The providers and clients that use {@code name}: as the pool they run on, or as a dependency
     * (named so in their completed config).
     */
    static List<String> of(String name, Collection<ProviderEntry> providers, Collection<ClientEntry> clients) {
        List<String> users = new ArrayList<>();
        for (ProviderEntry p : providers) {
            if (p.pool.name().equals(name)) {
                users.add("provider \"" + p.name + "\" (its pool)");
            }
        }
        List<ComponentEntry> all = new ArrayList<>(clients);
        all.addAll(providers);
        for (ComponentEntry e : all) {
            e.dependencyEcho.forEach((dep, value) -> {
                if (name.equals(value) || value instanceof List<?> list && list.contains(name)) {
                    users.add((e instanceof ProviderEntry ? "provider" : "client") + " \"" + e.name
                            + "\" (dependency \"" + dep + "\")");
                }
            });
        }
        return users;
    }
}
