package bedrock.module.b;

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

class ModuleBFactoryTest {

    @Test
    void servesItsTypeWithRecordingProviders() throws Exception {
        ModuleBFactory factory = new ModuleBFactory();
        assertEquals("module_b", factory.type());
        assertTrue(factory.providerDependencies(Map.of()).isEmpty());
        try (ExecutorPool pool = new ExecutorPool("p")) {
            FakeEngine engine = new FakeEngine();
            RecordingProvider provider = (RecordingProvider) factory.createProvider(new TestArgs("x", "module_b",
                    Map.of(), List.of(), Map.<String, List<ResolvedDependency>>of(), engine, 3, pool));
            assertEquals("module_b_hello", provider.rpcName());
            assertTrue(engine.isRegistered("module_b_hello", 3));
            provider.close();
        }
    }
}
