package bedrock.api.server;

import org.osgi.annotation.versioning.ProviderType;

/** The abtio entries of a running service; see {@link EntityManager}. */
@ProviderType
public interface AbtIoManager extends EntityManager<NamedEntity> {
}
