package bedrock.api.spec;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A spec item with a name that is fixed at construction and unique within its {@link SpecList}
 * (pools, xstreams, ABT-IO instances, SSG groups, clients and providers).
 *
 * <p>Example: {@code new PoolSpec("p1").name()} returns {@code "p1"}.
 */
@ProviderType
public interface NamedSpec {

    /**
     * Returns the item's name.
     *
     * @return the name given at construction, never {@code null}
     */
    String name();
}
