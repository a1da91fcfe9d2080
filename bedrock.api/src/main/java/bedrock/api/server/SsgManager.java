package bedrock.api.server;

import org.osgi.annotation.versioning.ProviderType;

/** The ssg entries of a running service; see {@link EntityManager}. */
@ProviderType
public interface SsgManager extends EntityManager<NamedEntity> {
}
