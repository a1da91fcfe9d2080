package bedrock.runtime.internal.server;

import java.nio.file.Path;
import java.util.List;

/**
 * Installs and starts module bundles (what {@code libraries} and {@code load_module} name). In
 * OSGi, a bundle installer; in plain tests, anything that feeds the module registry.
 */
public interface ModuleLoader {

    /**
     * Installs and starts the bundle at {@code location}: a path (relative to {@code baseDir}), a
     * {@code file:}/{@code http:} URL, or {@code mvn:group/artifact/version}. Loading a location
     * already loaded does nothing.
     *
     * @return what was loaded, with how to undo it
     * @throws bedrock.api.BedrockException naming the location when it cannot be loaded
     */
    Loaded load(String location, Path baseDir);

    /**
     * A loaded bundle.
     *
     * @param location the location as given
     * @param types the module types the bundle declares ({@code Provide-Capability: bedrock.module})
     * @param undo uninstalls the bundle if this load installed it, else does nothing
     * @param unload uninstalls the bundle, whoever installed it (an explicit unload)
     */
    record Loaded(String location, List<String> types, Runnable undo, Runnable unload) {
    }

    /** A loader for services without bundles: every location is refused. */
    static ModuleLoader none() {
        return (location, baseDir) -> {
            throw new bedrock.api.BedrockException("Cannot load module \"" + location
                    + "\": this service has no module loader");
        };
    }
}
