package bedrock.api.client;

import org.osgi.annotation.versioning.ProviderType;

/** Creates {@link Client}s; an OSGi service of the runtime, and a {@link java.util.ServiceLoader} provider. */
@ProviderType
public interface ClientFactory {

    /** A new client with those options. */
    Client create(Client.ClientOptions options);
}
