package bedrock.module.recording;

import bedrock.api.module.ClientArgs;
import bedrock.api.module.ClientInstance;
import bedrock.api.module.ModuleFactory;
import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderInstance;

/**
 * A module type whose providers and clients record what they were created with, like upstream's
 * test modules A and B: no dependencies, an empty reported configuration, the raw provider handle,
 * and one RPC per provider ({@code <type>_hello}). Each test module bundle subclasses it with its
 * type and its component annotations.
 */
public abstract class RecordingFactory implements ModuleFactory {

    private final String type;

    protected RecordingFactory(String type) {
        this.type = type;
    }

    /** The module type this factory serves. */
    public String type() {
        return type;
    }

    @Override
    public ProviderInstance createProvider(ProviderArgs args) {
        return new RecordingProvider(args);
    }

    @Override
    public ClientInstance createClient(ClientArgs args) {
        return new RecordingClient(args);
    }
}
