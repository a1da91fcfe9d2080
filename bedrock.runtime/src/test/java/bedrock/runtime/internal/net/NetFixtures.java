package bedrock.runtime.internal.net;

import bedrock.api.client.Client;
import bedrock.api.server.SpecOptions;
import bedrock.runtime.internal.server.BedrockService;
import bedrock.runtime.internal.server.ServiceSetup;
import bedrock.runtime.internal.server.TestModules;
import java.time.Duration;
import java.util.Map;

/** Services on 127.0.0.1 serving Bedrock's RPCs with the test modules, and clients to them. */
final class NetFixtures {

    private NetFixtures() {
    }

    /** The test modules' setup, with Bedrock's RPCs and network lookups wired in. */
    static ServiceSetup setup(NetSecurity security) {
        ServiceSetup base = TestModules.setup();
        return new ServiceSetup(base.modules(), base.loader(), base.engines(), base.scripts(),
                NetRemoteProviders::new, base.publisher(), base.moduleTimeout(), BedrockRpcs.installer(security));
    }

    static BedrockService start(String spec) {
        return start(spec, NetSecurity.open());
    }

    static BedrockService start(String spec, NetSecurity security) {
        return BedrockService.start("tcp", spec, SpecOptions.json(), setup(security));
    }

    /** A client whose calls give up after 10 s, so a broken test fails instead of hanging. */
    static Client client() {
        return Client.create(Client.ClientOptions.defaults().withTimeout(Duration.ofSeconds(10)));
    }

    @SuppressWarnings("unchecked")
    static java.util.List<Map<String, Object>> list(Map<String, Object> config, String... keys) {
        Object value = config;
        for (String key : keys) {
            value = ((Map<String, Object>) value).get(key);
        }
        return (java.util.List<Map<String, Object>>) value;
    }

    static boolean hasNamed(java.util.List<Map<String, Object>> entries, String name) {
        return entries.stream().anyMatch(e -> name.equals(e.get("name")));
    }
}
