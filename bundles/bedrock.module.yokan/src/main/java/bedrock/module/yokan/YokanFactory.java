package bedrock.module.yokan;

import bedrock.api.module.BedrockModule;
import bedrock.api.module.ClientArgs;
import bedrock.api.module.ClientInstance;
import bedrock.api.module.ModuleFactory;
import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderHandle;
import bedrock.api.module.ProviderInstance;
import org.osgi.service.component.annotations.Component;

/**
 * The factory of module type {@value #TYPE}. Providers are {@link YokanProvider}s, clients
 * {@link YokanClient}s, and provider handles {@link DatabaseHandle}s; the last two and local
 * providers are all {@link bedrock.module.yokan.api.YokanDatabase}s to dependent modules.
 */
@Component(service = ModuleFactory.class)
@BedrockModule(YokanFactory.TYPE)
public class YokanFactory implements ModuleFactory {

    /** The module type this factory serves. */
    public static final String TYPE = "yokan";

    @Override
    public ProviderInstance createProvider(ProviderArgs args) {
        return new YokanProvider(args);
    }

    @Override
    public ClientInstance createClient(ClientArgs args) {
        return new YokanClient(args);
    }

    /** A typed handle; the client is not needed, since the handle carries the engine's means to call. */
    @Override
    public Object createProviderHandle(ClientInstance client, ProviderHandle handle) {
        return new DatabaseHandle(handle);
    }
}
