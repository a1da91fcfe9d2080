package bench.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * add_provider over RPC in getConfig round trips: a daemon with the {@code module_a} library, and
 * {@code client/AddProvider.java} run by the JDK's source launcher on the distribution's client
 * class path (so this harness keeps no dependency on the API).
 */
final class ProviderRpc {

    private ProviderRpc() {
    }

    static void run(Distribution dist, Path dir) throws Exception {
        Path home = dist.bin("..").normalize();
        Path spec = Files.writeString(dir.resolve("module-a-library.json"), "{\"libraries\":{\"module_a\":\""
                + home.resolve("modules/bedrock.module.a.jar") + "\"}}");
        Path source = Path.of("client/AddProvider.java");
        if (!Files.exists(source)) {
            source = Path.of("bench/launch/client/AddProvider.java");
        }
        try (Daemon daemon = Daemon.start(dist, spec, true, null)) {
            String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
            Process client = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", classPath(home),
                    source.toString(), daemon.address(), "module_a", "500").inheritIO().start();
            if (client.waitFor() != 0) {
                throw new IllegalStateException("AddProvider exited " + client.exitValue());
            }
            daemon.stop();
        }
        System.out.println();
    }

    private static String classPath(Path home) throws IOException {
        List<String> jars = new ArrayList<>();
        for (String name : new String[] {"bedrock.api", "jackson-core", "jackson-databind", "jackson-annotations"}) {
            jars.add(home.resolve("lib/" + name + ".jar").toString());
        }
        jars.add(home.resolve("bundles/bedrock.runtime.jar").toString());
        try (DirectoryStream<Path> netty = Files.newDirectoryStream(home.resolve("bundles"), "netty-*.jar")) {
            netty.forEach(jar -> jars.add(jar.toString()));
        }
        return String.join(File.pathSeparator, jars);
    }
}
