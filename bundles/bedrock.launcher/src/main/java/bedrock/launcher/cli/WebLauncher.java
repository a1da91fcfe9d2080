package bedrock.launcher.cli;

import bedrock.api.BedrockException;
import bedrock.launcher.BedrockHome;
import bedrock.launcher.EmbeddedFramework;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.osgi.framework.ServiceReference;

/**
 * Starts the web view in a running daemon ({@code bedrock --http [HOST:]PORT}): installs
 * {@code bundles/web/} (Felix HTTP on Jetty, and {@code bedrock.web}) and waits, bounded, for the
 * HTTP runtime to serve, returning its URL. The host and port reach Felix HTTP as framework
 * properties, set when the framework is created ({@link #properties}).
 */
final class WebLauncher {

    static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private static final String RUNTIME = "org.osgi.service.servlet.runtime.HttpServiceRuntime";

    private WebLauncher() {
    }

    /**
     * The framework properties for {@code [HOST:]PORT}; the host is 127.0.0.1 unless given.
     *
     * @throws UsageException naming the value when it is no {@code [HOST:]PORT}
     */
    static Map<String, String> properties(String hostPort) throws UsageException {
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? "127.0.0.1" : hostPort.substring(0, colon);
        String port = hostPort.substring(colon + 1);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (host.isEmpty() || number < 0 || number > 65535) {
            throw new UsageException("Invalid --http value \"" + hostPort + "\" (expected [HOST:]PORT, "
                    + "e.g. 8080 or 127.0.0.1:8080; PORT 0 picks a free port)");
        }
        return Map.of("org.osgi.service.http.port", Integer.toString(number), "org.apache.felix.http.host", host,
                "org.apache.felix.http.enable", "true", "org.apache.felix.https.enable", "false");
    }

    /** Installs and starts the web bundles; returns the URL they serve at. */
    static String start(EmbeddedFramework framework, Path home) {
        framework.installAndStart(EmbeddedFramework.jarsIn(BedrockHome.webBundles(home)), bundle -> true);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            ServiceReference<?> runtime = framework.context().getServiceReference(RUNTIME);
            Object endpoint = runtime == null ? null : runtime.getProperty("osgi.http.endpoint");
            String url = first(endpoint);
            if (url != null && !url.endsWith(":0/")) {
                return url;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new BedrockException("The web view did not start within " + START_TIMEOUT.toSeconds()
                + " s (is the port free?)");
    }

    private static String first(Object endpoint) {
        if (endpoint instanceof String[] list && list.length > 0) {
            return list[0];
        }
        if (endpoint instanceof java.util.Collection<?> list && !list.isEmpty()) {
            return String.valueOf(list.iterator().next());
        }
        return endpoint instanceof String s ? s : null;
    }
}
