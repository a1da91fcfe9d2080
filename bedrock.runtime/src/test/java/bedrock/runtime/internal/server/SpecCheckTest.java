package bedrock.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.check.CheckReport;
import bedrock.api.check.CheckReport.Problem;
import bedrock.api.json.Json;
import bedrock.api.server.SpecOptions;
import bedrock.runtime.internal.core.ModuleRegistry;
import bedrock.runtime.internal.core.Publisher;
import bedrock.runtime.internal.core.RemoteProviders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checking specs without starting them, against the golden files the service start-up is tested with. */
class SpecCheckTest {

    /** Failures that only a running service can see: a remote daemon's answer, a group's live size. */
    private static final Set<String> ONLY_AT_RUN_TIME = Set.of(
            "remote reference without a network peer",
            "ssg rank out of range in a provider handle location");

    static Stream<Arguments> valid() throws IOException {
        return cases("/server/valid-service-specs.json");
    }

    static Stream<Arguments> invalid() throws IOException {
        return Stream.concat(cases("/spec/runtime-invalid-specs.json"), cases("/server/invalid-service-specs.json"))
                .filter(a -> !ONLY_AT_RUN_TIME.contains((String) a.get()[0]));
    }

    @SuppressWarnings("unchecked")
    private static Stream<Arguments> cases(String resource) throws IOException {
        try (InputStream in = SpecCheckTest.class.getResourceAsStream(resource)) {
            List<Map<String, Object>> list = (List<Map<String, Object>>) Json.parse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return list.stream().map(c -> Arguments.of(c.get("test"), c));
        }
    }

    private static CheckReport check(Object spec) {
        return SpecCheck.run(Json.write(spec), SpecOptions.json(), TestModules.setup());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    @SuppressWarnings("unchecked")
    void validSpecsPassAndCompleteAsTheServiceDoes(String name, Map<String, Object> c) {
        CheckReport report = check(c.get("input"));
        assertEquals(List.of(), report.problems());
        // the service reports local handles with its address; a check, which has none, says "local"
        Map<String, Object> expected = (Map<String, Object>) Json.parse(
                Json.write(c.get("output")).replace("<addr>", "local"));
        assertEquals(expected.get("providers"), Json.parse(Json.write(report.completed().get("providers"))));
        // a client's config is what its module reports once created: compare the rest
        assertEquals(withoutConfig(expected.get("clients")), withoutConfig(report.completed().get("clients")));
    }

    private static List<Object> withoutConfig(Object clients) {
        List<Object> out = new ArrayList<>();
        for (Object c : (List<?>) Json.parse(Json.write(clients))) {
            ((Map<?, ?>) c).remove("config");
            out.add(c);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidSpecsReportTheServicesErrorAndPath(String name, Map<String, Object> c) {
        List<Problem> problems = check(c.get("input")).problems();
        assertTrue(problems.stream().anyMatch(p -> p.message().contains((String) c.get("error"))
                && (!c.containsKey("path") || c.get("path").equals(p.path()))), () -> "problems: " + problems);
    }

    @Test
    void remoteHandlesAreNotContacted() {
        CheckReport report = check(Json.parse("""
            {"libraries": {"module_a": "libModuleA.so", "module_c": "libModuleC.so"},
             "providers": [{"name": "c", "type": "module_c", "config": {"expected_provider_dependencies":
               [{"name": "d", "type": "module_a", "kind": "provider_handle", "is_required": true}]},
               "dependencies": {"d": "a1@tcp://127.0.0.1:1"}}]}
            """));
        assertEquals(List.of(), report.problems());
        Map<?, ?> provider = (Map<?, ?>) ((List<?>) report.completed().get("providers")).get(0);
        assertEquals(Map.of("d", "__module_a_client__->a1@tcp://127.0.0.1:1"), provider.get("dependencies"));
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        List<Problem> problems = check(Json.parse("""
            {"libraries": {"module_a": "libModuleA.so", "module_c": "libModuleC.so", "module_z": "libZ.so"},
             "providers": [
               {"name": "q", "type": "module_q"},
               {"name": "c", "type": "module_c", "config": {"expected_provider_dependencies": [
                 {"name": "d", "type": "module_a", "kind": "provider_handle", "is_required": true},
                 {"name": "p", "type": "pool", "is_required": true}]},
                "dependencies": {"d": "ghost@local", "p": "nopool", "extra": "x"}}]}
            """)).problems();
        List<String> paths = new ArrayList<>(problems.stream().map(Problem::path).toList());
        assertEquals(List.of("/libraries/module_z", "/providers/0/type", "/providers/1/dependencies/extra",
                "/providers/1/dependencies/d", "/providers/1/dependencies/p"), paths, problems::toString);
        assertTrue(problems.get(0).message().contains("libZ.so"), problems::toString);
        assertTrue(problems.get(3).message().contains("Could not find provider with spec \"ghost\""), problems::toString);
        assertTrue(problems.get(4).message().contains("Could not find pool \"nopool\""), problems::toString);
    }

    @Test
    void structuralProblemsAreAllReportedAndNothingIsCompleted() {
        CheckReport report = check(Json.parse("""
            {"margo": {"argobots": {"pools": [{"name": "p", "kind": "nope"}, {"name": "1bad"}]}},
             "providers": [{"name": "x"}]}
            """));
        List<String> paths = report.problems().stream().map(Problem::path).toList();
        assertTrue(paths.containsAll(List.of("/margo/argobots/pools/0/kind", "/margo/argobots/pools/1/name",
                "/providers/0/type")), paths::toString);
        assertEquals(Map.of(), report.completed());
    }

    @Test
    void librariesLoadedForTheCheckAreUnloadedAfterIt() {
        ModuleRegistry modules = new ModuleRegistry();
        List<String> events = new ArrayList<>();
        ModuleLoader loader = (location, baseDir) -> {
            events.add("load " + location);
            modules.add("module_a", new TestModules.Recording("module_a"));
            return new ModuleLoader.Loaded(location, List.of("module_a"), () -> events.add("unload " + location),
                    () -> events.add("uninstall " + location));
        };
        ServiceSetup setup = new ServiceSetup(modules, loader, new NettyEngines(), new Jx9Scripts(),
                engine -> RemoteProviders.unavailable(), Publisher.none(), Duration.ofSeconds(2));
        CheckReport report = SpecCheck.run("{\"libraries\": {\"module_a\": \"a.jar\"},"
                + " \"providers\": [{\"name\": \"a\", \"type\": \"module_a\"}]}", SpecOptions.json(), setup);
        assertEquals(List.of(), report.problems());
        assertEquals(List.of("load a.jar", "unload a.jar"), events);
    }

    @Test
    void unreadableTextIsOneProblem() {
        CheckReport report = SpecCheck.run("{\"a\": ", SpecOptions.json(), TestModules.setup());
        assertEquals(1, report.problems().size());
        assertTrue(report.problems().get(0).message().contains("Invalid JSON"), report.problems()::toString);
    }
}
