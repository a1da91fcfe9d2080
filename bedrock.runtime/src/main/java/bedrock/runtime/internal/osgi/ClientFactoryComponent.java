package bedrock.runtime.internal.osgi;

import bedrock.api.client.Client;
import bedrock.api.client.ClientFactory;
import bedrock.runtime.internal.net.NetClientFactory;

/**
 * Offers Bedrock clients to other bundles (the same factory plain programs find by ServiceLoader);
 * registered by {@link RuntimeActivator}.
 */
public final class ClientFactoryComponent implements ClientFactory {

    private final ClientFactory delegate = new NetClientFactory();

    @Override
    public Client create(Client.ClientOptions options) {
        return delegate.create(options);
    }
}
