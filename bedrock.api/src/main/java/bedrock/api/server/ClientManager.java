package bedrock.api.server;

import org.osgi.annotation.versioning.ProviderType;

/** The client entries of a running service; see {@link EntityManager}. */
@ProviderType
public interface ClientManager extends EntityManager<NamedEntity> {
}
