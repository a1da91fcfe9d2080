package bedrock.module.yokan;

import bedrock.api.module.ClientArgs;
import bedrock.api.module.ClientInstance;
import bedrock.api.module.RpcEngine;

/**
 * A yokan client: the means to open {@link DatabaseHandle}s to yokan providers. It holds no
 * resources; its reported configuration is empty.
 */
public final class YokanClient implements ClientInstance {

    private final String name;
    private final RpcEngine engine;

    YokanClient(ClientArgs args) {
        this.name = args.name();
        this.engine = args.engine();
    }

    /** The client's name. */
    public String name() {
        return name;
    }

    /** A handle to the yokan provider with that id at that address; nothing is sent yet. */
    public DatabaseHandle open(String address, int providerId) {
        return new DatabaseHandle(engine.providerHandle(address, providerId, YokanFactory.TYPE));
    }
}
