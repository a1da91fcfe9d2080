package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.ClientFactory;
import bedrock.api.client.ServiceHandle;
import bedrock.api.server.Server;
import bedrock.api.server.ServerFactory;
import bedrock.api.server.SpecOptions;
import bedrock.launcher.BedrockHome;
import bedrock.launcher.Distribution;
import bedrock.launcher.EmbeddedFramework;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * Provider state across two daemons: a daemon process (the default spec: a {@code map} yokan
 * provider and a module_a provider) and a service in a Felix framework of this JVM (a
 * {@code persistent} yokan provider). Data goes in by restoring a snapshot file written here, moves
 * by migration (Java client and {@code bedrock-ctl}), and comes out as a snapshot that must be
 * byte for byte the same file; then the in-framework service unloads the yokan bundle.
 */
class ProviderStateIT {

    @TempDir
    Path dir;

    /** A snapshot in yokan's format (see the module's Snapshots class): pairs in key order. */
    private static byte[] snapshot(Map<String, String> sorted) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(bytes, crc));
        out.write("YKSNAP01".getBytes(StandardCharsets.US_ASCII));
        for (var e : sorted.entrySet()) {
            out.writeByte(1);
            for (String s : List.of(e.getKey(), e.getValue())) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            }
        }
        out.writeByte(0);
        out.writeLong(sorted.size());
        out.flush();
        out.writeLong(crc.getValue());
        return bytes.toByteArray();
    }

    @Test
    void restoreMigrateSnapshotAndUnloadAcrossTwoDaemons() throws Exception {
        byte[] data = snapshot(new java.util.TreeMap<>(Map.of("alpha", "1", "beta", "two", "gamma", "3".repeat(5000))));
        Path input = Files.write(dir.resolve("input.yks"), data);
        Path home = Distribution.home();
        try (ScriptRun daemon = ScriptRun.daemon();
                EmbeddedFramework framework = EmbeddedFramework.start(BedrockHome.bundles(home), Map.of());
                Client client = framework.awaitService(ClientFactory.class, Duration.ofSeconds(10))
                        .create(Client.ClientOptions.defaults().withTimeout(Duration.ofSeconds(20)))) {
            String a = daemon.address();
            Server b = framework.awaitService(ServerFactory.class, Duration.ofSeconds(10)).create("tcp",
                    "{\"libraries\":{\"yokan\":\"modules/bedrock.module.yokan.jar\"},\"providers\":[{\"name\":\"kv\","
                    + "\"type\":\"yokan\",\"provider_id\":7,\"config\":{\"database\":{\"type\":\"persistent\",\"path\":"
                    + bedrock.api.json.Json.write(dir.resolve("kv.mv").toString()) + "}}}]}",
                    SpecOptions.json().withBaseDirectory(home));
            ServiceHandle onA = client.makeServiceHandle(a, 0);
            ServiceHandle onB = client.makeServiceHandle(b.address(), 0);

            onA.restoreProvider("my_database", input.toString(), Map.of());
            ScriptRun ctl = ScriptRun.run("bedrock-ctl", "-a", a, "migrate", "my_database", b.address(), "7");
            assertEquals(0, ctl.awaitExit(), ctl::describe);
            assertEquals("ok", ctl.readLine());
            Path out = dir.resolve("out/kv.yks");
            onB.snapshotProvider("kv", out.toString(), Map.of(), false);
            assertArrayEquals(data, Files.readAllBytes(out), "the data went A -> B unchanged");

            // An empty source replaces the destination's content, then leaves (remove_source).
            onA.addProvider(Map.of("name", "empty", "type", "yokan", "provider_id", 43));
            onA.migrateProvider("empty", b.address(), 7, Map.of(), true);
            assertFalse(onA.config().toString().contains("name=empty,"), "the source is gone");
            onB.snapshotProvider("kv", out.toString(), Map.of(), false);
            assertArrayEquals(snapshot(Map.of()), Files.readAllBytes(out));

            ScriptRun unsupported = ScriptRun.run("bedrock-ctl", "-a", a, "snapshot", "my_provider_a",
                    dir.resolve("a.yks").toString());
            assertEquals(1, unsupported.awaitExit(), unsupported::describe);
            assertEquals("error: Snapshot not supported by provider type \"module_a\" (provider \"my_provider_a\", to \""
                    + dir.resolve("a.yks") + "\") (at /providers/1)", unsupported.stderr().strip());
            ScriptRun badOptions = ScriptRun.run("bedrock-ctl", "-a", a, "restore", "-o", "[1]", "my_database",
                    input.toString());
            assertEquals(1, badOptions.awaitExit(), badOptions::describe);
            assertEquals("error: --options must be a JSON object, got [1]", badOptions.stderr().strip());
            ClientException notYokan = assertThrows(ClientException.class,
                    () -> onA.migrateProvider("my_database", b.address(), 99, Map.of(), false));
            assertTrue(notYokan.getMessage().contains("there is no yokan provider with id 99"), notYokan.getMessage());

            // Unload: refused while "kv" exists, then the bundle goes and libraries follows.
            BedrockException busy = assertThrows(BedrockException.class, () -> b.unloadModule("yokan"));
            assertEquals("Cannot unload module \"yokan\" (bundle \"modules/bedrock.module.yokan.jar\"): still used by "
                    + "provider \"kv\" (type \"yokan\")", busy.getMessage());
            assertTrue(yokanInstalled(framework));
            onB.removeProvider("kv");
            ClientException unknown = assertThrows(ClientException.class, () -> onB.unloadModule("module_a"));
            assertTrue(unknown.getMessage().startsWith("No module bundle named or located \"module_a\" was loaded"),
                    unknown.getMessage());
            onB.unloadModule("modules/bedrock.module.yokan.jar");
            assertEquals(Map.of(), onB.config().get("libraries"));
            assertFalse(yokanInstalled(framework));
            BedrockException gone = assertThrows(BedrockException.class,
                    () -> b.providers().create(Map.of("name", "again", "type", "yokan")));
            assertTrue(gone.getMessage().contains("yokan"), gone.getMessage());
            b.loadModule("modules/bedrock.module.yokan.jar");
            assertTrue(yokanInstalled(framework), "it can be loaded again");
            b.close();
        }
    }

    private static boolean yokanInstalled(EmbeddedFramework framework) {
        for (Bundle bundle : framework.context().getBundles()) {
            if ("bedrock.module.yokan".equals(bundle.getSymbolicName())) {
                return true;
            }
        }
        return false;
    }
}
