package bedrock.testkit;

import bedrock.api.json.Json;
import bedrock.api.module.ClientArgs;
import bedrock.api.module.Pool;
import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ResolvedDependency;
import bedrock.api.module.RpcEngine;
import java.util.List;
import java.util.Map;

/** Hand-made arguments for a provider or a client. */
public record TestArgs(String name, String type, Map<String, Object> config, List<String> tags,
        Map<String, List<ResolvedDependency>> dependencies, RpcEngine engine, int providerId,
        Pool pool) implements ProviderArgs, ClientArgs {

    @Override
    public String configJson() {
        return Json.write(config);
    }
}
