package bedrock.api.server;

import org.osgi.annotation.versioning.ProviderType;

/** The xstream entries of a running service; see {@link EntityManager}. */
@ProviderType
public interface XstreamManager extends EntityManager<NamedEntity> {
}
