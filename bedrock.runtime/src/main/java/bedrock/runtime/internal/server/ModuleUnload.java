package bedrock.runtime.internal.server;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.runtime.internal.core.Components;
import java.util.ArrayList;
import java.util.List;

/**
 * Unloads a module bundle the service loaded, once no provider or client of the bundle's module
 * types is left: the check comes first and names every user, so a refusal changes nothing; then
 * the bundle is uninstalled and leaves {@code libraries}.
 */
final class ModuleUnload {

    private final Libraries libraries;
    private final Components components;

    ModuleUnload(Libraries libraries, Components components) {
        this.libraries = libraries;
        this.components = components;
    }

    /** Unloads the bundle loaded under that module type or location (run inside a service change). */
    void unload(String nameOrLocation) {
        ModuleLoader.Loaded bundle = libraries.find(nameOrLocation);
        List<String> users = users(libraries.types(bundle));
        if (!users.isEmpty()) {
            throw new BedrockException("Cannot unload module " + Json.write(nameOrLocation) + " (bundle \""
                    + bundle.location() + "\"): still used by " + String.join(", ", users));
        }
        libraries.unload(bundle);
    }

    /** The providers and clients of those module types, as an error message names them. */
    private List<String> users(List<String> types) {
        List<String> users = new ArrayList<>();
        components.providerList().stream().filter(p -> types.contains(p.type()))
                .forEach(p -> users.add("provider \"" + p.name() + "\" (type \"" + p.type() + "\")"));
        components.clientList().stream().filter(c -> types.contains(c.type()))
                .forEach(c -> users.add("client \"" + c.name() + "\" (type \"" + c.type() + "\")"));
        return users;
    }
}
