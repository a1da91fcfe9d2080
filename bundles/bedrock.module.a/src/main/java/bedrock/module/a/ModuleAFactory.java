package bedrock.module.a;

import bedrock.api.module.BedrockModule;
import bedrock.api.module.ClientArgs;
import bedrock.api.module.ClientInstance;
import bedrock.api.module.ModuleFactory;
import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderInstance;
import org.osgi.service.component.annotations.Component;

/**
 * The factory of module type {@value #TYPE}. Declares no dependencies and keeps the default
 * provider handle (the raw {@link bedrock.api.module.ProviderHandle}).
 */
@Component(service = ModuleFactory.class)
@BedrockModule(ModuleAFactory.TYPE)
public class ModuleAFactory implements ModuleFactory {

    /** The module type this factory serves. */
    public static final String TYPE = "module_a";

    @Override
    public ProviderInstance createProvider(ProviderArgs args) {
        return new ModuleAProvider(args);
    }

    @Override
    public ClientInstance createClient(ClientArgs args) {
        return new ModuleAClient(args);
    }
}
