package bedrock.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.json.Json;
import bedrock.api.server.Server;
import bedrock.api.server.ServerFactory;
import bedrock.api.server.SpecOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@code bedrock:*} Gogo commands in a real framework: the distribution's bundles plus its
 * {@code bundles/shell/} folder (the consoles installed but not started, as they would read standard
 * input), commands typed as a user would, through Gogo's own parser. Gogo's API is inside the
 * framework only, so sessions are driven by reflection.
 */
class ShellIT {

    private static final Set<String> CONSOLES = Set.of("org.apache.felix.gogo.jline", "org.apache.felix.gogo.shell");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private EmbeddedFramework framework;
    private Server server;
    private Shell shell;

    @BeforeEach
    void boot() throws Exception {
        Path home = Distribution.home();
        framework = EmbeddedFramework.start(BedrockHome.bundles(home), Map.of());
        framework.installAndStart(EmbeddedFramework.jarsIn(BedrockHome.shellBundles(home)),
                bundle -> !CONSOLES.contains(bundle.getSymbolicName()));
        ServerFactory factory = framework.awaitService(ServerFactory.class, WAIT);
        server = factory.create("tcp", "{}", SpecOptions.json());
        shell = Shell.open(framework);
    }

    @AfterEach
    void stop() {
        if (shell != null) {
            shell.close();
        }
        if (server != null) {
            server.close();
        }
        framework.close();
    }

    @Test
    void serversListsTheAddress() throws Exception {
        assertEquals(List.of(server.address()), shell.execute("bedrock:servers"));
    }

    @Test
    void configIsTheCompletedConfiguration() throws Exception {
        Map<String, Object> config = Json.parseObject((String) shell.execute("bedrock:config"));
        assertTrue(config.containsKey("margo"), config.toString());
        assertEquals(config, Json.parseObject((String) shell.execute("bedrock:config " + server.address())));
    }

    @Test
    void addpoolAndRmpool() throws Exception {
        String address = server.address();
        assertEquals("ok", shell.execute("bedrock:addpool " + address + " '{\"name\":\"p\"}'"));
        assertTrue(poolNames(address).contains("p"), "pool p added");
        assertEquals("ok", shell.execute("bedrock:rmpool " + address + " p"));
        assertFalse(poolNames(address).contains("p"), "pool p removed");
    }

    @Test
    void eventsTailsTheServiceJournal() throws Exception {
        String address = server.address();
        String held = (String) shell.execute("bedrock:events");
        String[] lines = held.split("\n");
        Map<String, Object> last = Json.parseObject(lines[lines.length - 1]);
        assertEquals("bedrock/daemon/ready", last.get("topic"));
        shell.execute("bedrock:addpool " + address + " '{\"name\":\"tailed\"}'");
        Map<String, Object> next = Json.parseObject((String) shell.execute(
                "bedrock:events " + address + " " + last.get("seq") + " 10"));
        assertEquals("bedrock/pool/added", next.get("topic"));
        assertEquals("tailed", ((Map<?, ?>) next.get("data")).get("name"));
    }

    @Test
    void aBadAddpoolNamesTheItem() throws Exception {
        String address = server.address();
        shell.execute("bedrock:addpool " + address + " '{\"name\":\"p\"}'");
        Exception duplicate = assertThrows(Exception.class,
                () -> shell.execute("bedrock:addpool " + address + " '{\"name\":\"p\"}'"));
        assertTrue(duplicate.getMessage().contains("\"p\"") || duplicate.getMessage().contains(" p "),
                duplicate.getMessage());
        Exception badKind = assertThrows(Exception.class,
                () -> shell.execute("bedrock:addpool " + address + " '{\"name\":\"q\",\"kind\":\"no_such_kind\"}'"));
        assertTrue(badKind.getMessage().contains("no_such_kind"), badKind.getMessage());
        assertEquals(1, poolNames(address).stream().filter("p"::equals).count(), "nothing half-added");
        assertFalse(poolNames(address).contains("q"), "nothing half-added");
    }

    @Test
    void aRefusedSpecNamesItsPath(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("bad.json");
        Files.writeString(spec, "{\"margo\":{\"argobots\":{\"xstreams\":"
                + "[{\"name\":\"x\",\"scheduler\":{\"pools\":[\"nowhere\"]}}]}}}");
        Exception refused = assertThrows(Exception.class, () -> shell.execute("bedrock:start tcp " + spec));
        // Shells print only the message: it carries the JSON path.
        assertTrue(refused.getMessage().contains("\"nowhere\""), refused.getMessage());
        assertTrue(refused.getMessage().contains("(at /margo/argobots/xstreams/0/scheduler/pools/0)"),
                refused.getMessage());
        assertEquals(List.of(server.address()), shell.execute("bedrock:servers"), "nothing started");
    }

    @Test
    void queryRunsJx9OnTheConfiguration() throws Exception {
        Object result = shell.execute("bedrock:query " + server.address() + " 'return $__config__.bedrock;'");
        assertEquals(Json.parseObject("{\"pool\":\"__primary__\",\"provider_id\":0}"), Json.parseObject((String) result));
    }

    @Test
    void startAndStopASecondService(@TempDir Path dir) throws Exception {
        String second = (String) shell.execute("bedrock:start tcp");
        assertTrue(second.startsWith("tcp://"), second);
        assertEquals(Set.of(server.address(), second), Set.copyOf((List<?>) shell.execute("bedrock:servers")));
        assertEquals("stopped " + second, shell.execute("bedrock:stop " + second));
        assertEquals(List.of(server.address()), shell.execute("bedrock:servers"));

        Path spec = Files.writeString(dir.resolve("spec.json"), "{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"sp\"}]}}}");
        String third = (String) shell.execute("bedrock:start tcp " + spec);
        assertTrue(poolNames(third).contains("sp"), "the spec file was used");
        shell.execute("bedrock:stop " + third);
        assertEquals(List.of(server.address()), shell.execute("bedrock:servers"));
    }

    @Test
    void groupShowsEachGroupsLiveView(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.json");
        String group = "{\"ssg\":[{\"name\":\"g\",\"bootstrap\":\"init|join\",\"group_file\":\"" + file + "\"}]}";
        Path spec = Files.writeString(dir.resolve("spec.json"), group);
        String first = (String) shell.execute("bedrock:start tcp " + spec);
        String second = (String) shell.execute("bedrock:start tcp " + spec);
        Map<String, Object> view = Json.parseObject((String) shell.execute("bedrock:group " + second));
        assertEquals(Map.of("g", Map.of("rank", 1L, "size", 2L, "members", List.of(first, second))), view);
        assertEquals(Map.of(), Json.parseObject((String) shell.execute("bedrock:group " + server.address())));
        shell.execute("bedrock:stop " + first);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!Json.parseObject((String) shell.execute("bedrock:group " + second)).equals(
                Map.of("g", Map.of("rank", 0L, "size", 1L, "members", List.of(second))))) {
            assertTrue(System.nanoTime() < deadline, "the view drops the daemon that stopped");
            Thread.sleep(20);
        }
        shell.execute("bedrock:stop " + second);
    }

    @Test
    void snapshotRestoreAndUnloadAModule(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String address = server.address();
        Path home = Distribution.home();
        String jar = home.resolve("modules/bedrock.module.yokan.jar").toString();
        assertEquals("ok", shell.execute("bedrock:load " + address + " " + jar));
        shell.execute("bedrock:addprovider " + address + " '{\"name\":\"kv\",\"type\":\"yokan\",\"provider_id\":3}'");
        Path file = dir.resolve("kv.yks");
        assertEquals("ok", shell.execute("bedrock:snapshot " + address + " kv " + file));
        assertTrue(Files.size(file) > 8, "a snapshot file was written");
        assertEquals("ok", shell.execute("bedrock:restore --options '{\"mode\":\"merge\"}' local yokan:3 " + file));
        Exception busy = assertThrows(Exception.class, () -> shell.execute("bedrock:unload yokan"));
        assertTrue(busy.getMessage().contains("still used by provider \"kv\""), busy.getMessage());
        assertEquals("ok", shell.execute("bedrock:snapshot -r " + address + " kv " + file));
        assertEquals("ok", shell.execute("bedrock:unload " + address + " yokan"));
        assertEquals(Map.of(), Json.parseObject((String) shell.execute("bedrock:config")).get("libraries"));
    }

    @SuppressWarnings("unchecked")
    private List<String> poolNames(String address) throws Exception {
        Map<String, Object> config = Json.parseObject((String) shell.execute("bedrock:config " + address));
        Map<String, Object> argobots = (Map<String, Object>) ((Map<String, Object>) config.get("margo")).get("argobots");
        return ((List<Map<String, Object>>) argobots.get("pools")).stream().map(p -> (String) p.get("name")).toList();
    }

    /** A Gogo {@code CommandSession}, reached by reflection through the processor's own interfaces. */
    private static final class Shell implements AutoCloseable {

        private final Object session;
        private final Method execute;
        private final Method close;

        private Shell(Object session, Method execute, Method close) {
            this.session = session;
            this.execute = execute;
            this.close = close;
        }

        static Shell open(EmbeddedFramework framework) throws Exception {
            Object processor = await(framework, "(objectClass=org.apache.felix.service.command.CommandProcessor)");
            // The commands register once SCR has satisfied BedrockCommands' references.
            await(framework, "(osgi.command.scope=bedrock)");
            ClassLoader gogo = processor.getClass().getClassLoader();
            Class<?> processorType = gogo.loadClass("org.apache.felix.service.command.CommandProcessor");
            Class<?> sessionType = gogo.loadClass("org.apache.felix.service.command.CommandSession");
            // Commands return values and never print; whatever Gogo itself prints is not asserted.
            PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            Object session = processorType.getMethod("createSession", InputStream.class, OutputStream.class,
                    OutputStream.class).invoke(processor, new ByteArrayInputStream(new byte[0]), out, out);
            return new Shell(session, sessionType.getMethod("execute", CharSequence.class),
                    sessionType.getMethod("close"));
        }

        private static Object await(EmbeddedFramework framework, String filter) throws Exception {
            Filter f = FrameworkUtil.createFilter(filter);
            ServiceTracker<Object, Object> tracker = new ServiceTracker<>(framework.context(), f, null);
            tracker.open(true);
            Object service = tracker.waitForService(WAIT.toMillis());
            assertTrue(service != null, "no service " + filter + "; bundles: " + states(framework));
            return service;
        }

        private static String states(EmbeddedFramework framework) {
            StringBuilder sb = new StringBuilder();
            for (Bundle b : framework.context().getBundles()) {
                sb.append(b.getSymbolicName()).append('=').append(b.getState()).append(' ');
            }
            return sb.toString();
        }

        /** Runs one command line; a failing command throws what the command threw. */
        Object execute(String line) throws Exception {
            try {
                return execute.invoke(session, line);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                close.invoke(session);
            } catch (ReflectiveOperationException e) {
                // The framework stops next anyway; a session that does not close is harmless here.
            }
        }
    }
}
