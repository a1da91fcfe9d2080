package bedrock.module.a;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.module.ResolvedDependency;
import bedrock.module.recording.RecordingProvider;
import bedrock.testkit.ExecutorPool;
import bedrock.testkit.FakeEngine;
import bedrock.testkit.TestArgs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleAFactoryTest {

    @Test
    void servesItsTypeWithRecordingProviders() throws Exception {
        ModuleAFactory factory = new ModuleAFactory();
        assertEquals("module_a", factory.type());
        assertTrue(factory.providerDependencies(Map.of()).isEmpty());
        try (ExecutorPool pool = new ExecutorPool("p")) {
            FakeEngine engine = new FakeEngine();
            RecordingProvider provider = (RecordingProvider) factory.createProvider(new TestArgs("x", "module_a",
                    Map.of(), List.of(), Map.<String, List<ResolvedDependency>>of(), engine, 3, pool));
            assertEquals("module_a_hello", provider.rpcName());
            assertTrue(engine.isRegistered("module_a_hello", 3));
            provider.close();
        }
    }
}
