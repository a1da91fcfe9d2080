package bedrock.module.c;

import bedrock.api.module.BedrockModule;
import bedrock.api.module.ClientArgs;
import bedrock.api.module.ClientInstance;
import bedrock.api.module.Dependency;
import bedrock.api.module.ModuleFactory;
import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderInstance;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * The factory of module type {@value #TYPE}. Providers declare the dependencies listed in their
 * config's {@value #PROVIDER_KEY}, clients those in {@value #CLIENT_KEY}; see
 * {@link ExpectedDependencies} for the entry format.
 */
@Component(service = ModuleFactory.class)
@BedrockModule(ModuleCFactory.TYPE)
public class ModuleCFactory implements ModuleFactory {

    /** The module type this factory serves. */
    public static final String TYPE = "module_c";

    /** Config key listing a provider's dependencies. */
    public static final String PROVIDER_KEY = "expected_provider_dependencies";

    /** Config key listing a client's dependencies. */
    public static final String CLIENT_KEY = "expected_client_dependencies";

    @Override
    public List<Dependency> providerDependencies(Map<String, Object> config) {
        return ExpectedDependencies.read(config, PROVIDER_KEY);
    }

    @Override
    public List<Dependency> clientDependencies(Map<String, Object> config) {
        return ExpectedDependencies.read(config, CLIENT_KEY);
    }

    @Override
    public ProviderInstance createProvider(ProviderArgs args) {
        return new ModuleCProvider(args);
    }

    @Override
    public ClientInstance createClient(ClientArgs args) {
        return new ModuleCClient(args);
    }
}
