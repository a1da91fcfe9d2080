package bedrock.api.check;

import bedrock.api.server.SpecOptions;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Validates a spec as far as it can be without starting a service: its structure (every section,
 * every problem), the module bundles its {@code libraries} name (installed and started only for
 * as long as the check takes, so that their module types and dependency declarations are known,
 * then removed again), the type of every client and provider, and every dependency reference
 * against what the spec declares before it. Nothing is bound to the network, no pool, provider or
 * client is created, and remote providers ({@code name@tcp://...}) are not contacted.
 *
 * <p>Registered as an OSGi service by the runtime bundle. Thread-safe.
 */
@ProviderType
public interface SpecChecker {

    /**
     * Checks a spec.
     *
     * @param spec the spec text, JSON unless {@code options} say Jx9
     * @param options how to read the spec (format, Jx9 parameters, the spec's folder)
     * @return every problem found, and the completed spec when the structure is valid
     */
    CheckReport check(String spec, SpecOptions options);
}
