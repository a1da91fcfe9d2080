package bedrock.launcher.cli;

import bedrock.api.BedrockException;
import bedrock.api.client.Client;
import bedrock.api.ClientException;
import bedrock.api.client.ClientFactory;
import bedrock.launcher.BedrockHome;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The Java client for commands whose class path is the daemon's (no runtime, no Netty: those are
 * bundles of the framework): the client implementation is loaded from the distribution's
 * {@code bundles/bedrock.runtime.jar} and Netty jars, in a class loader whose parent holds
 * {@code bedrock.api}, so the client's types are the host's.
 */
final class ClientLoader {

    private ClientLoader() {
    }

    /** A client: from the class path when the runtime is on it, else from the distribution's bundles. */
    static Client create(Client.ClientOptions options) {
        try {
            return Client.create(options);
        } catch (ClientException notOnClassPath) {
            return fromDistribution(BedrockHome.locate()).create(options);
        }
    }

    private static ClientFactory fromDistribution(Path home) {
        Path bundles = BedrockHome.bundles(home);
        List<URL> urls = new ArrayList<>();
        try {
            for (Path jar : bedrock.launcher.EmbeddedFramework.jarsIn(bundles)) {
                String name = jar.getFileName().toString();
                if (name.equals("bedrock.runtime.jar") || name.startsWith("netty-")) {
                    urls.add(jar.toUri().toURL());
                }
            }
        } catch (MalformedURLException e) {
            throw new BedrockException("Cannot load the Bedrock client from " + bundles + ": " + e, e);
        }
        // Never closed: the client's classes are used until the command ends.
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClientLoader.class.getClassLoader());
        return ServiceLoader.load(ClientFactory.class, loader).findFirst().orElseThrow(() ->
                new BedrockException("No Bedrock client implementation in " + bundles + "/bedrock.runtime.jar"));
    }
}
