package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.client.Client;
import bedrock.api.client.ClientFactory;
import bedrock.api.client.ServiceHandle;
import bedrock.launcher.BedrockHome;
import bedrock.launcher.Distribution;
import bedrock.launcher.EmbeddedFramework;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bedrock --http} as a user meets it: a real headless Chromium loads the page, sees the
 * provider, and shows a pool added over RPC without a reload (Server-Sent Events fed by the
 * runtime's typed events). The JSON endpoints answer too. The screenshot goes to target/.
 */
class WebViewIT {

    private static final String SPEC = "{\"libraries\":{\"yokan\":\"modules/bedrock.module.yokan.jar\"},"
            + "\"providers\":[{\"name\":\"my_database\",\"type\":\"yokan\",\"provider_id\":42}]}";

    @TempDir
    Path dir;

    @Test
    void thePageShowsProvidersAndFollowsChanges() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), SPEC);
        try (ScriptRun daemon = ScriptRun.start(Distribution.home(), Map.of(), "bedrock", "-c", spec.toString(),
                "--http", "127.0.0.1:0")) {
            String web = daemon.readLine();
            assertTrue(web != null && web.startsWith("Web view at http://127.0.0.1:"), "first line: " + web);
            String url = web.substring("Web view at ".length());
            String address = daemon.awaitReady();
            checkEndpoints(url);
            try (HeadlessChromium browser = HeadlessChromium.open(url);
                    EmbeddedFramework framework = EmbeddedFramework.start(BedrockHome.bundles(Distribution.home()), Map.of());
                    Client client = framework.awaitService(ClientFactory.class, Duration.ofSeconds(10))
                            .create(Client.ClientOptions.defaults())) {
                browser.awaitText("my_database", Duration.ofSeconds(30));
                assertEquals("live", browser.evaluate("document.getElementById('status').textContent"));
                // The graph is drawn after the provider list, from a second request.
                browser.awaitTrue("!!document.querySelector('#graph svg')", Duration.ofSeconds(30));
                ServiceHandle service = client.makeServiceHandle(address, 0);
                service.addPool(Map.of("name", "pool_from_rpc", "kind", "fifo_wait"));
                String page = browser.awaitText("pool_from_rpc", Duration.ofSeconds(30));
                assertTrue(page.contains("bedrock/pool/added"), page);
                browser.screenshot(Path.of("target", "web-view.png"));
            }
        }
    }

    private static void checkEndpoints(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> config = http.send(HttpRequest.newBuilder(URI.create(url + "api/config")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, config.statusCode());
        assertTrue(config.body().contains("\"my_database\""), config.body());
        HttpResponse<String> query = http.send(HttpRequest.newBuilder(URI.create(url + "api/query"))
                .POST(HttpRequest.BodyPublishers.ofString("return $__config__.providers[0].provider_id;")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("{\"value\":42,\"warnings\":[]}", query.body());
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(url + "api/query"))
                .POST(HttpRequest.BodyPublishers.ofString("return $x +;")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode(), bad.body());
        HttpResponse<String> dot = http.send(HttpRequest.newBuilder(URI.create(url + "api/graph.dot")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(dot.body().startsWith("digraph"), dot.body());
        assertTrue(dot.body().contains("my_database"), dot.body());
    }
}
