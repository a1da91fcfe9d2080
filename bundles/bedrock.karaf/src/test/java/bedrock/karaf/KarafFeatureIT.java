package bedrock.karaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.client.Client;
import bedrock.api.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feature repository in a real Apache Karaf 4.4 (unpacked by the build into {@code target/karaf/}),
 * used as a Karaf user would: {@code feature:repo-add} of the {@code mvn:} URL, {@code feature:install
 * bedrock}, then the {@code bedrock:*} commands through {@code bin/client}. Karaf resolves every bundle
 * from {@code target/karaf-repo/} (the feature's dependencies, copied by the build), so nothing comes from
 * the network.
 */
class KarafFeatureIT {

    private static final String VERSION = System.getProperty("bedrock.version", "1.0.0-SNAPSHOT");
    private static final String FEATURES_URL = "mvn:org.mochi.bedrock/bedrock.karaf/" + VERSION + "/xml/features";
    private static final List<String> BUNDLES = List.of("bedrock.api", "bedrock.runtime", "bedrock.shell",
            "bedrock.module.a", "bedrock.module.b", "bedrock.module.c", "bedrock.module.yokan",
            "bedrock.module.flock", "org.apache.felix.scr", "com.fasterxml.jackson.core.jackson-databind",
            "io.netty.transport", "org.apache.aries.typedevent.bus");

    @TempDir
    static Path scratch;

    private static KarafInstance karaf;

    @BeforeAll
    static void installTheFeature() throws Exception {
        Path home = Path.of(System.getProperty("bedrock.karaf.home", "target/karaf/apache-karaf-4.4.10"));
        assertTrue(Files.isExecutable(home.resolve("bin/karaf")), "no Karaf at " + home.toAbsolutePath()
                + ": run mvn package first");
        Path repository = Path.of(System.getProperty("bedrock.karaf.repo", "target/karaf-repo")).toAbsolutePath();
        publishFeatures(repository);
        karaf = KarafInstance.start(home.toAbsolutePath(), scratch, repository);
        String added = karaf.run("feature:repo-add " + FEATURES_URL);
        assertTrue(added.contains("Adding feature url " + FEATURES_URL), added);
        karaf.run("feature:install bedrock");
    }

    @AfterAll
    static void stopKaraf() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    /** The built features.xml, where {@code mvn:...bedrock.karaf/VERSION/xml/features} points in a repository. */
    private static void publishFeatures(Path repository) throws Exception {
        Path features = Path.of(System.getProperty("bedrock.karaf.features", "target/feature/features.xml"));
        Path target = repository.resolve("org/mochi/bedrock/bedrock.karaf/" + VERSION
                + "/bedrock.karaf-" + VERSION + "-features.xml");
        Files.createDirectories(target.getParent());
        Files.copy(features, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theFeatureStartsTheRuntimeTheCommandsAndTheModules() throws Exception {
        String list = karaf.run("bundle:list -s -t 0 --no-format");
        // --no-format: tab-separated cells, id, state, level, version, symbolic name.
        Map<String, String> states = list.lines().map(line -> line.split("\t"))
                .filter(cells -> cells.length >= 5)
                .collect(Collectors.toMap(cells -> cells[4].trim(), cells -> cells[1].trim(), (a, b) -> a));
        for (String bundle : BUNDLES) {
            assertEquals("Active", states.get(bundle), bundle + " in\n" + list);
        }
        String features = karaf.run("feature:list -i --no-format");
        for (String feature : List.of("bedrock", "bedrock-runtime", "bedrock-shell", "bedrock-modules")) {
            assertTrue(features.lines().map(line -> line.split("\t"))
                    .anyMatch(cells -> cells[0].strip().equals(feature) && List.of(cells).contains("Started")),
                    feature + " in\n" + features);
        }
    }

    @Test
    void aSpecRunsAndItsConfigShowsTheProviders() throws Exception {
        Path spec = scratch.resolve("spec.json");
        Files.writeString(spec, """
                {"libraries": {"module_a": null, "yokan": null, "module_c": null},
                 "providers": [
                   {"name": "db", "type": "yokan", "provider_id": 42},
                   {"name": "a", "type": "module_a", "provider_id": 7},
                   {"name": "c", "type": "module_c", "provider_id": 9,
                    "config": {"expected_provider_dependencies": [
                       {"name": "kv", "type": "yokan", "kind": "provider_handle", "is_required": true}]},
                    "dependencies": {"kv": "db@local"}}]}
                """);
        // bin/client does not print a command's value: echo (...) does.
        String address = karaf.run("echo (bedrock:start tcp " + spec + ")").strip();
        assertTrue(address.matches("tcp://127\\.0\\.0\\.1:\\d+"), address);
        try {
            assertTrue(karaf.run("echo (bedrock:servers)").contains(address));
            Map<String, Object> config = json(karaf.run("echo (bedrock:config " + address + ")"));
            Map<String, Map<String, Object>> providers = byName(config.get("providers"));
            assertEquals(List.of("a", "c", "db"), providers.keySet().stream().sorted().toList(), config::toString);
            assertEquals("yokan", providers.get("db").get("type"));
            assertEquals(42, ((Number) providers.get("db").get("provider_id")).intValue());
            assertEquals("module_a", providers.get("a").get("type"));
            assertEquals(7, ((Number) providers.get("a").get("provider_id")).intValue());
            Map<?, ?> dependencies = (Map<?, ?>) providers.get("c").get("dependencies");
            assertTrue(((String) dependencies.get("kv")).endsWith("yokan:42@" + address), dependencies::toString);

            List<String> events = karaf.run("echo (bedrock:events " + address + ")").lines()
                    .filter(line -> line.startsWith("{")).map(line -> (String) Json.parseObject(line).get("topic"))
                    .toList();
            assertTrue(events.contains("bedrock/provider/added") && events.contains("bedrock/daemon/ready"),
                    events::toString);

            // The service inside Karaf answers over the network like any daemon.
            try (Client client = Client.create()) {
                Map<String, Object> remote = client.makeServiceHandle(address).config();
                assertEquals(providers.keySet(), byName(remote.get("providers")).keySet(), remote::toString);
            }
        } finally {
            karaf.run("bedrock:stop " + address);
        }
        assertFalse(karaf.run("echo (bedrock:servers)").contains(address), "stopped " + address);
    }

    @Test
    void aBadSpecIsRefusedWithItsPathAndStartsNothing() throws Exception {
        Path spec = scratch.resolve("bad.json");
        Files.writeString(spec, "{\"libraries\": {\"module_a\": null},"
                + " \"providers\": [{\"name\": \"p\", \"type\": \"module_a\", \"pool\": \"nowhere\"}]}");
        String before = karaf.run("echo (bedrock:servers)");
        KarafInstance.Result refused = karaf.attempt("bedrock:start tcp " + spec);
        assertNotEquals(0, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("Could not find pool \"nowhere\""), refused.output());
        assertTrue(refused.output().contains("(at /providers/0/pool)"), refused.output());
        assertEquals(before, karaf.run("echo (bedrock:servers)"));
    }

    private static Map<String, Object> json(String output) {
        return Json.parseObject(output.substring(output.indexOf('{')));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byName(Object providers) {
        return ((List<Map<String, Object>>) providers).stream()
                .collect(Collectors.toMap(p -> (String) p.get("name"), Function.identity()));
    }
}
