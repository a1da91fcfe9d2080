package bedrock.module.c;

import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderInstance;

/** A {@code module_c} provider: reports the configuration it was given and records its dependencies. */
public final class ModuleCProvider extends ModuleCComponent implements ProviderInstance {

    private final int providerId;
    private final String poolName;

    ModuleCProvider(ProviderArgs args) {
        super(args);
        this.providerId = args.providerId();
        this.poolName = args.pool().name();
    }

    /** The provider id it was given. */
    public int providerId() {
        return providerId;
    }

    /** The name of the pool it was given. */
    public String poolName() {
        return poolName;
    }
}
