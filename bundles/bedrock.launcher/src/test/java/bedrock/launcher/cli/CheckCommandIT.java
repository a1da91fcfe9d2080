package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.json.Json;
import bedrock.launcher.BedrockHome;
import bedrock.launcher.Distribution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bedrock --check} run in this JVM on the built distribution's bundles and modules. */
class CheckCommandIT {

    @TempDir
    Path dir;

    @BeforeAll
    static void useTheDistribution() {
        System.setProperty(BedrockHome.PROPERTY, Distribution.home().toString());
    }

    @AfterAll
    static void forgetTheDistribution() {
        System.clearProperty(BedrockHome.PROPERTY);
    }

    static String module(String jar) {
        return Json.write(Distribution.home().resolve("modules").resolve(jar).toString());
    }

    private Path spec(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aValidSpecPrintsOneOkLine() throws Exception {
        Path spec = spec("ok.json", "{\"libraries\": {\"yokan\": " + module("bedrock.module.yokan.jar") + "},"
                + " \"providers\": [{\"name\": \"db\", \"type\": \"yokan\", \"provider_id\": 42}]}");
        Path completed = dir.resolve("completed.json");
        CommandRun run = CommandRun.daemon("--check", "-c", spec.toString(), "-o", completed.toString());
        assertEquals(0, run.status(), run::err);
        assertEquals(spec + ": OK (1 provider, 0 clients, 1 pool, 1 xstream)\n", run.out());
        assertEquals("", run.err());
        Map<String, Object> config = Json.parseObject(Files.readString(completed));
        assertEquals("db", ((Map<?, ?>) ((List<?>) config.get("providers")).get(0)).get("name"));
    }

    @Test
    void everyStructuralProblemIsPrintedWithItsPath() throws Exception {
        Path spec = spec("bad.json", "{\"libraries\": {\"gone\": \"modules/no-such-module.jar\"},"
                + " \"providers\": [{\"name\": \"p\", \"type\": \"module_a\", \"pool\": \"nowhere\"},"
                + " {\"name\": \"p2\", \"type\": \"module_a\", \"provider_id\": -5}]}");
        CommandRun run = CommandRun.daemon("--check", "-c", spec.toString());
        assertEquals(1, run.status(), run::err);
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(4, lines.size(), run::err);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("error: ") && l.endsWith("(at /libraries/gone)")
                && l.contains("no-such-module.jar")), run::err);
        assertTrue(lines.stream().anyMatch(l -> l.contains("got -5") && l.endsWith("(at /providers/1/provider_id)")),
                run::err);
        assertTrue(lines.stream().anyMatch(l -> l.contains("Could not find pool \"nowhere\"")
                && l.endsWith("(at /providers/0/pool)")), run::err);
        assertEquals(spec + ": 3 problems", lines.get(3));
    }

    @Test
    void unknownTypesAndDanglingDependenciesAreFoundInTheLoadedModules() throws Exception {
        Path spec = spec("deps.json", "{\"libraries\": {\"module_a\": " + module("bedrock.module.a.jar")
                + ", \"module_c\": " + module("bedrock.module.c.jar") + "},"
                + " \"providers\": [{\"name\": \"q\", \"type\": \"no_such_type\"},"
                + " {\"name\": \"r\", \"type\": \"module_c\", \"config\": {\"expected_provider_dependencies\":"
                + " [{\"name\": \"x\", \"type\": \"module_a\", \"kind\": \"provider\", \"is_required\": true}]},"
                + " \"dependencies\": {\"x\": \"ghost\"}}]}");
        CommandRun run = CommandRun.daemon("--check", "--json", "-c", spec.toString());
        assertEquals(1, run.status(), run::err);
        assertEquals("", run.err());
        Map<String, Object> answer = Json.parseObject(run.out());
        assertEquals(false, answer.get("valid"));
        List<?> problems = (List<?>) answer.get("problems");
        assertEquals(List.of("/providers/0/type", "/providers/1/dependencies/x"),
                problems.stream().map(p -> ((Map<?, ?>) p).get("path")).toList(), run::out);
        assertTrue(((Map<?, ?>) problems.get(0)).get("message").toString().contains("\"no_such_type\""), run::out);
        assertTrue(((Map<?, ?>) problems.get(1)).get("message").toString().contains("\"ghost\""), run::out);
    }

    @Test
    void malformedJsonGivesItsPosition() throws Exception {
        Path spec = spec("broken.json", "{\"providers\": [\n  {\"name\": \"p\",}\n]}");
        CommandRun run = CommandRun.daemon("--check", "-c", spec.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("error: Invalid JSON in spec at line 2, column "), run.err());
        assertTrue(run.err().endsWith(spec + ": 1 problem\n"), run.err());
    }

    @Test
    void aJx9SpecIsCheckedWithItsContext() throws Exception {
        Path script = spec("spec.jx9", "$pools = [];\n"
                + "for ($i = 0; $i < $n; $i++) { array_push($pools, {\"name\": \"p\" .. $i}); }\n"
                + "return {\"margo\": {\"argobots\": {\"pools\": $pools}},"
                + " \"providers\": [{\"name\": \"a\", \"type\": \"module_a\", \"pool\": $target}]};");
        CommandRun ok = CommandRun.daemon("--check", "-j", "-c", script.toString(), "--jx9-context", "n=3,target=\"p2\"");
        // module_a is not loaded by this spec: its type is unknown, the pools are fine
        assertEquals(1, ok.status(), ok::err);
        assertTrue(ok.err().contains("\"module_a\"") && ok.err().contains("(at /providers/0/type)"), ok.err());
        CommandRun bad = CommandRun.daemon("--check", "-j", "-c", script.toString(), "--jx9-context", "n=2,target=\"p2\"");
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("Could not find pool \"p2\"") && bad.err().contains("(at /providers/0/pool)"),
                bad.err());
    }

    @Test
    void aSpecOnStandardInput() {
        CommandRun ok = CommandRun.daemonWithInput("{\"margo\": {\"argobots\": {\"pools\": [{\"name\": \"extra\"}]}}}",
                "--check", "--stdin");
        assertEquals(0, ok.status(), ok::err);
        assertEquals("<stdin>: OK (0 providers, 0 clients, 2 pools, 1 xstream)\n", ok.out());
        CommandRun bad = CommandRun.daemonWithInput("{\"providers\": 3}", "--check", "--stdin");
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("(at /providers)") && bad.err().endsWith("<stdin>: 1 problem\n"), bad.err());
    }
}
