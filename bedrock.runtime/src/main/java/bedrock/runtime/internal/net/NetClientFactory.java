package bedrock.runtime.internal.net;

import bedrock.api.client.Client;
import bedrock.api.client.ClientFactory;

/**
 * The runtime's {@link ClientFactory}: registered for {@link java.util.ServiceLoader}, so that
 * {@link Client#create()} works on a plain class path, without OSGi.
 */
public final class NetClientFactory implements ClientFactory {

    @Override
    public Client create(Client.ClientOptions options) {
        return new NetClient(options == null ? Client.ClientOptions.defaults() : options);
    }
}
