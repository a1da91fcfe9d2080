package bedrock.module.flock;

import bedrock.api.module.BedrockModule;
import bedrock.api.module.ModuleFactory;
import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderInstance;
import org.osgi.service.component.annotations.Component;

/** The factory of module type {@value #TYPE}: group providers ({@link FlockProvider}), no clients. */
@Component(service = ModuleFactory.class)
@BedrockModule(FlockFactory.TYPE)
public class FlockFactory implements ModuleFactory {

    /** The module type this factory serves. */
    public static final String TYPE = "flock";

    @Override
    public ProviderInstance createProvider(ProviderArgs args) {
        return FlockProvider.start(args);
    }
}
