package bedrock.api.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Round trips of the completed configurations upstream Bedrock v0.14.2 wrote. */
class UpstreamRunsTest {

    private static Map<String, Object> withoutUnmodelledKeys(Map<String, Object> output) {
        Map<String, Object> expected = new LinkedHashMap<>(output);
        expected.remove("mona");
        return expected;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "empty-spec.json",
        "valid-00-empty-configuration.json",
        "valid-01-using-use-progress-thread-and-rpc-thread-count-in-margo.json",
        "valid-02-defining-an-abt-io-instance.json",
        "valid-04-defining-an-ssg-group-with-init-bootstrapping.json",
        "valid-05-defining-a-mona-instance.json",
        "valid-06-load-a-module-library.json",
        "valid-07-instantiate-a-provider-from-module-a.json",
        "valid-08-instantiate-a-provider-from-module-a-with-simplified-syntax.json",
        "valid-09-instantiate-a-client-from-module-a.json",
        "extra-a-custom-pools-xstream.json",
        "extra-b-custom-pools-bedrock-pool-p1-id7.json",
        "extra-c-progress-pool-index-0.json",
        "extra-d-provider-id-65535-and-default.json",
        "extra-e2-module-c-deps-client-by-name-and-a1-local.json"})
    void completedOutputRoundTrips(String file) {
        Map<String, Object> output = Resources.output(file);
        Map<String, Object> expected = withoutUnmodelledKeys(output);

        ProcSpec spec = ProcSpec.fromMap(output);
        Map<String, Object> first = spec.toMap();
        assertEquals(expected, first);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(first.keySet()), "sorted keys");

        ProcSpec again = ProcSpec.fromMap(first);
        assertEquals(first, again.toMap());
        assertEquals(spec, again);

        ProcSpec fromText = ProcSpec.fromJson(spec.toJson(true));
        assertEquals(spec, fromText);
        assertEquals(spec.toJson(), fromText.toJson());
        // the key order of the daemon's output is kept as well
        assertEquals(Json.write(expected, false), spec.toJson());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "valid-00-empty-configuration.json",
        "valid-02-defining-an-abt-io-instance.json",
        "valid-04-defining-an-ssg-group-with-init-bootstrapping.json",
        "valid-06-load-a-module-library.json",
        "valid-07-instantiate-a-provider-from-module-a.json",
        "valid-09-instantiate-a-client-from-module-a.json",
        "extra-a-custom-pools-xstream.json",
        "extra-b-custom-pools-bedrock-pool-p1-id7.json",
        "extra-c-progress-pool-index-0.json",
        "extra-e2-module-c-deps-client-by-name-and-a1-local.json"})
    void completedOutputIsValid(String file) {
        ProcSpec spec = ProcSpec.fromMap(Resources.output(file));
        assertEquals(List.of(), spec.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "valid-00-empty-configuration.json",
        "valid-01-using-use-progress-thread-and-rpc-thread-count-in-margo.json",
        "valid-02-defining-an-abt-io-instance.json",
        "valid-04-defining-an-ssg-group-with-init-bootstrapping.json",
        "valid-06-load-a-module-library.json",
        "valid-07-instantiate-a-provider-from-module-a.json",
        "valid-09-instantiate-a-client-from-module-a.json",
        "extra-a-custom-pools-xstream.json",
        "extra-b-custom-pools-bedrock-pool-p1-id7.json",
        "extra-c-progress-pool-index-0.json",
        "extra-d-provider-id-65535-and-default.json",
        "extra-e2-module-c-deps-client-by-name-and-a1-local.json"})
    void minimalInputIsReadAndValid(String file) {
        ProcSpec spec = ProcSpec.fromMap(Resources.input(file));
        assertNotNull(spec);
        assertEquals(List.of(), spec.problems());
        assertEquals(spec, ProcSpec.fromJson(spec.toJson()));
        // the argobots and bedrock sections agree with the daemon's, where no implicit
        // __primary__ had to be appended
        Map<String, Object> output = Resources.output(file);
        Map<String, Object> margoOut = Json.asObject(output.get("margo"));
        Map<String, Object> margo = spec.margo().toMap();
        if (!file.startsWith("extra-a") && !file.startsWith("extra-b") && !file.startsWith("extra-c")
                && !file.startsWith("valid-01")) {
            assertEquals(margoOut.get("argobots"), margo.get("argobots"));
        }
        if (!file.startsWith("valid-01")) {
            assertEquals(output.get("bedrock"), spec.bedrock().toMap());
            assertEquals(margoOut.get("progress_pool"), margo.get("progress_pool"));
            assertEquals(margoOut.get("rpc_pool"), margo.get("rpc_pool"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid-01-using-use-progress-thread-and-rpc-thread-count-in-margo.json"})
    void threadOptionsAreKeptAsRead(String file) {
        ProcSpec spec = ProcSpec.fromMap(Resources.input(file));
        assertTrue(spec.margo().useProgressThread());
        assertEquals(2, spec.margo().rpcThreadCount());
        Map<String, Object> margo = spec.margo().toMap();
        assertEquals(true, margo.get("use_progress_thread"));
        assertEquals(2L, margo.get("rpc_thread_count"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "valid-00-empty-configuration.json",
        "extra-a-custom-pools-xstream.json",
        "extra-b-custom-pools-bedrock-pool-p1-id7.json",
        "extra-c-progress-pool-index-0.json"})
    void implicitPrimaryGivesTheDaemonsArgobotsSection(String file) {
        ProcSpec spec = ProcSpec.fromMap(Resources.input(file));
        spec.margo().argobots().addImplicitPrimary();
        Map<String, Object> margoOut = Json.asObject(Resources.output(file).get("margo"));
        assertEquals(margoOut.get("argobots"), spec.margo().argobots().toMap());
        spec.validate();
        // a second call changes nothing
        Map<String, Object> once = spec.toMap();
        spec.margo().argobots().addImplicitPrimary();
        assertEquals(once, spec.toMap());
    }
}
