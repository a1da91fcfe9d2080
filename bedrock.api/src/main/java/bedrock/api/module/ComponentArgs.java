package bedrock.api.module;

import bedrock.api.BedrockException;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What Bedrock passes to a factory when it creates a provider or a client: identity, the
 * module-specific configuration, tags and the resolved dependencies.
 */
@ProviderType
public interface ComponentArgs {

    /** The name given in the spec. */
    String name();

    /** The module type. */
    String type();

    /** The {@code config} object of the spec entry, as JSON-like Java values (never null). */
    Map<String, Object> config();

    /** The same configuration as compact JSON text. */
    String configJson();

    /** The tags of the spec entry (never null). */
    List<String> tags();

    /** Every resolved dependency, by dependency name, in declaration order. */
    Map<String, List<ResolvedDependency>> dependencies();

    /** The RPC engine of the daemon, to define RPCs (providers) or reach providers (clients). */
    RpcEngine engine();

    /** The single handle of a dependency, or null when an optional dependency was not given. */
    default <T> T dependency(String name, Class<T> expected) {
        List<ResolvedDependency> list = dependencies().get(name);
        if (list == null || list.isEmpty()) {
            return null;
        }
        if (list.size() > 1) {
            throw new BedrockException("Dependency \"" + name + "\" holds " + list.size()
                    + " references where one was expected");
        }
        return list.get(0).handle(expected);
    }
}
