package bedrock.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A daemon's server as {@code bin/bedrock} starts it: its runtime on the class path (the daemon's
 * class path of the distribution, in a class loader of its own, since the test's class path holds
 * no bundle), serving before the framework boots, then joining it. Everything is reached by
 * reflection, as the classes are that loader's.
 */
class HostedDaemonIT {

    private URLClassLoader loader;
    private Object server;

    @BeforeEach
    void daemonClassPath() throws Exception {
        Path home = Distribution.home();
        List<URL> urls = new ArrayList<>();
        for (String jar : List.of("bedrock.launcher", "bedrock.api", "jackson-core", "jackson-databind",
                "jackson-annotations", "org.apache.felix.framework")) {
            urls.add(home.resolve("lib").resolve(jar + ".jar").toUri().toURL());
        }
        for (Path jar : EmbeddedFramework.jarsIn(BedrockHome.bundles(home))) {
            String name = jar.getFileName().toString();
            if (name.equals("bedrock.runtime.jar") || name.startsWith("netty-")
                    || List.of("org.osgi.service.typedevent.jar", "org.osgi.util.pushstream.jar",
                            "org.osgi.util.promise.jar", "org.osgi.util.function.jar").contains(name)) {
                urls.add(jar.toUri().toURL());
            }
        }
        loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    @AfterEach
    void close() throws Exception {
        if (server != null) {
            call(server, "close");
        }
        loader.close();
        System.clearProperty("bedrock.runtime.hosted");
        System.clearProperty("bedrock.framework.delay");
        System.clearProperty("bedrock.framework.storage.root");
        System.clearProperty("bedrock.deploy");
    }

    @Test
    void servesBeforeItsFrameworkThenJoinsItAsItsBundleWould() throws Exception {
        // A boot put off for a minute: asking for the framework hurries it.
        System.setProperty("bedrock.framework.delay", "60000");
        server = start("{}");
        String address = (String) call(server, "address");
        assertTrue(((Map<?, ?>) call(server, "config")).containsKey("margo"));
        long asked = System.nanoTime();
        Object framework = call(server, "framework");
        assertTrue(System.nanoTime() - asked < 20_000_000_000L, "the framework came when asked for");
        call(framework, "awaitStarted", java.time.Duration.ofSeconds(20));
        Object context = call(framework, "context");
        List<String> names = new ArrayList<>();
        for (Object bundle : (Object[]) call(context, "getBundles")) {
            names.add((String) call(bundle, "getSymbolicName"));
        }
        assertFalse(names.contains("bedrock.runtime"), "the runtime comes from the class path: " + names);
        assertTrue(names.stream().noneMatch(n -> n.startsWith("io.netty") || n.equals("org.osgi.service.typedevent")),
                names.toString());
        assertTrue(names.contains("org.apache.felix.scr") && names.contains("org.apache.aries.typedevent.bus"),
                names.toString());
        // The running service and the factories are services of the system bundle, as other bundles expect.
        Object[] servers = (Object[]) call(context, "getServiceReferences", "bedrock.api.server.Server",
                "(bedrock.address=" + address + ")");
        assertNotNull(servers, "the service is registered");
        assertEquals(0L, call(call(servers[0], "getBundle"), "getBundleId"));
        assertNotNull(call(context, "getServiceReference", "bedrock.api.server.ServerFactory"));
        assertNotNull(call(context, "getServiceReference", "bedrock.api.client.ClientFactory"));

        // A module loaded while it runs comes up in the framework the runtime joined.
        call(server, "loadModule", "module_a", Distribution.home().resolve("modules/bedrock.module.a.jar").toString());
        Object provider = call(call(server, "providers"), "create",
                Map.of("name", "late", "type", "module_a", "provider_id", 7));
        assertNotNull(provider);
        assertTrue(String.valueOf(call(server, "configJson")).contains("\"late\""));

        Path storage = Path.of((String) call(context, "getProperty", "org.osgi.framework.storage"));
        call(server, "close");
        assertFalse((Boolean) call(server, "isRunning"));
        assertFalse(Files.exists(storage), "the framework stopped and its storage is gone");
        server = null;
    }

    @Test
    void anIdleDaemonRunsNoFrameworkUntilAJarLandsInItsDeployFolder(@org.junit.jupiter.api.io.TempDir Path deploy)
            throws Exception {
        System.setProperty("bedrock.deploy", deploy.toString());
        server = start("{}");
        Thread.sleep(500);
        assertEquals(java.util.Optional.empty(), call(server, "frameworkIfUp"), "nothing needed the framework");
        Files.copy(Distribution.home().resolve("modules/bedrock.module.a.jar"), deploy.resolve("bedrock.module.a.jar"));
        long deadline = System.nanoTime() + 20_000_000_000L;
        Object provider = null;
        while (provider == null) {
            try {
                provider = call(call(server, "providers"), "create",
                        Map.of("name", "deployed", "type", "module_a", "provider_id", 9));
            } catch (Exception notYet) {
                assertTrue(System.nanoTime() < deadline, "the deployed module never came: " + notYet);
                Thread.sleep(50);
            }
        }
        assertTrue(((java.util.Optional<?>) call(server, "frameworkIfUp")).isPresent());
    }

    @Test
    void aSpecWithModulesWaitsForTheFrameworkAndGetsItsProviders() throws Exception {
        String spec = "{\"libraries\": {\"module_a\": \"" + Distribution.home().resolve("modules/bedrock.module.a.jar")
                + "\"}, \"providers\": [{\"name\": \"early\", \"type\": \"module_a\", \"provider_id\": 3}]}";
        server = start(spec);
        List<?> providers = (List<?>) ((Map<?, ?>) call(server, "config")).get("providers");
        assertEquals(1, providers.size(), providers.toString());
        assertEquals("early", ((Map<?, ?>) providers.get(0)).get("name"));
    }

    @Test
    void aFrameworkThatCannotBootFailsTheModuleLoadWithItsReasonAndPath(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        System.setProperty("bedrock.framework.storage.root", notAFolder.toString());
        String spec = "{\"libraries\": {\"module_a\": \"" + Distribution.home().resolve("modules/bedrock.module.a.jar")
                + "\"}}";
        long began = System.nanoTime();
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> start(spec));
        assertTrue(System.nanoTime() - began < 20_000_000_000L, "no wait for a framework that will not come");
        assertEquals("bedrock.api.BedrockException", e.getClass().getName(), e.toString());
        assertTrue(e.getMessage().startsWith("Cannot load module") && e.getMessage().contains("framework storage folder"),
                e.getMessage());
        assertEquals(java.util.Optional.of("/libraries/module_a"), call(e, "path"));

        // Without modules the same daemon serves: the framework only fails when something needs it.
        server = start("{}");
        assertTrue((Boolean) call(server, "isRunning"));
    }

    @Test
    void withThePropertyOffTheRuntimeRunsFromItsBundle() throws Exception {
        System.setProperty("bedrock.runtime.hosted", "false");
        server = start("{}");
        Object context = call(call(server, "framework"), "context");
        List<String> names = new ArrayList<>();
        for (Object bundle : (Object[]) call(context, "getBundles")) {
            names.add((String) call(bundle, "getSymbolicName"));
        }
        assertTrue(names.contains("bedrock.runtime"), names.toString());
    }

    private Object start(String spec) throws Exception {
        Class<?> factoryType = loader.loadClass("bedrock.launcher.EmbeddedServerFactory");
        Object factory = factoryType.getConstructor(Path.class, Map.class, boolean.class)
                .newInstance(Distribution.home(), Map.of("bedrock.module.timeout", "5000"), true);
        Object options = loader.loadClass("bedrock.api.server.SpecOptions").getMethod("json").invoke(null);
        return call(factory, "create", "tcp://127.0.0.1:0", spec, options);
    }

    /** Calls the public method of that name whose parameters take these arguments. */
    private static Object call(Object target, String name, Object... args) throws Exception {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> face : interfacesAndSelf(type)) {
                for (Method method : face.getMethods()) {
                    if (method.getName().equals(name) && accepts(method, args)) {
                        try {
                            method.setAccessible(true);
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause() instanceof Exception cause ? cause : e;
                        }
                    }
                }
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }

    private static List<Class<?>> interfacesAndSelf(Class<?> type) {
        List<Class<?>> all = new ArrayList<>(List.of(type.getInterfaces()));
        all.add(0, type);
        return all;
    }

    private static boolean accepts(Method method, Object[] args) {
        Class<?>[] params = method.getParameterTypes();
        if (params.length != args.length) {
            return false;
        }
        for (int i = 0; i < params.length; i++) {
            if (args[i] != null && !params[i].isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }
}
