package bedrock.module.c;

import bedrock.api.module.ClientArgs;
import bedrock.api.module.ClientInstance;

/** A {@code module_c} client: reports the configuration it was given and records its dependencies. */
public final class ModuleCClient extends ModuleCComponent implements ClientInstance {

    ModuleCClient(ClientArgs args) {
        super(args);
    }
}
