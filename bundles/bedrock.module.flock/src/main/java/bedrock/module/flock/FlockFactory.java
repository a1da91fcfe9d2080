package bedrock.module.flock;

import bedrock.api.module.BedrockModule;
import bedrock.api.module.Dependency;
import bedrock.api.module.ModuleFactory;
import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderInstance;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** The factory of module type {@value #TYPE}: group providers ({@link FlockProvider}), no clients. */
@Component(service = ModuleFactory.class)
@BedrockModule(FlockFactory.TYPE)
public class FlockFactory implements ModuleFactory {

    /** The module type this factory serves. */
    public static final String TYPE = "flock";

    /** Upstream's Flock provider takes one optional dependency: the pool its RPCs run on. */
    @Override
    public List<Dependency> providerDependencies(Map<String, Object> config) {
        return List.of(Dependency.optional("pool", "pool", Dependency.Kind.PROVIDER));
    }

    @Override
    public ProviderInstance createProvider(ProviderArgs args) {
        return FlockProvider.start(args);
    }
}
