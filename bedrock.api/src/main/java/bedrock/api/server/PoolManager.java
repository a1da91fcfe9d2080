package bedrock.api.server;

import org.osgi.annotation.versioning.ProviderType;

/** The pool entries of a running service; see {@link EntityManager}. */
@ProviderType
public interface PoolManager extends EntityManager<NamedEntity> {
}
