package bedrock.launcher.cli;

import bedrock.api.json.Json;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium showing one page, driven over the Chrome DevTools protocol (a
 * WebSocket from the JDK's HttpClient): evaluate JavaScript in the page, take a screenshot.
 * Closing kills the browser and deletes its profile.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts the browser on {@code url} and connects to that page. */
    static HeadlessChromium open(String url) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path profile = Files.createTempDirectory("bedrock-chromium-");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1200,900", "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=" + port, url)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String ws = pageSocket(http, port);
            HeadlessChromium[] self = new HeadlessChromium[1];
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                        self[0].answer(text.toString());
                        text.setLength(0);
                    }
                    webSocket.request(1);
                    return null;
                }
            }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            self[0] = new HeadlessChromium(process, profile, socket);
            return self[0];
        } catch (Exception | Error e) {
            process.destroyForcibly();
            deleteTree(profile);
            throw e;
        }
    }

    /** The DevTools WebSocket of the first page, once the browser serves its target list (bounded). */
    private static String pageSocket(HttpClient http, int port) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
                for (Object target : (List<?>) Json.parse(body)) {
                    Map<?, ?> t = (Map<?, ?>) target;
                    if ("page".equals(t.get("type"))) {
                        return (String) t.get("webSocketDebuggerUrl");
                    }
                }
            } catch (IOException notYet) {
                // the browser is still starting
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Chromium served no page target within " + TIMEOUT);
            }
            Thread.sleep(100);
        }
    }

    @SuppressWarnings("unchecked")
    private void answer(String message) {
        Map<String, Object> m = (Map<String, Object>) Json.parse(message);
        if (m.get("id") instanceof Number id) {
            CompletableFuture<Map<String, Object>> f = pending.remove(id.intValue());
            if (f != null) {
                f.complete(m);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(Json.write(Map.of("id", id, "method", method, "params", params)), true);
        Map<String, Object> answer = f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer.containsKey("error")) {
            throw new AssertionError(method + " failed: " + answer.get("error"));
        }
        return (Map<String, Object>) answer.get("result");
    }

    /** The value of a JavaScript expression in the page. */
    @SuppressWarnings("unchecked")
    Object evaluate(String expression) throws Exception {
        Map<String, Object> result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        return ((Map<String, Object>) result.get("result")).get("value");
    }

    /** Waits (bounded) until the page's text contains {@code text}; returns that text. */
    String awaitText(String text, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            Object value = evaluate("document.body ? document.body.innerText : ''");
            body = value == null ? "" : value.toString();
            if (body.contains(text)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the page never showed \"" + text + "\" within " + wait + "; it shows:\n" + body);
    }

    /** Waits (bounded) until {@code expression} evaluates to true in the page (e.g. a drawing done after the text). */
    void awaitTrue(String expression, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(evaluate(expression))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the page never made " + expression + " true within " + wait);
    }

    /** A PNG of the page, written to {@code file}. */
    void screenshot(Path file) throws Exception {
        Map<String, Object> result = call("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) result.get("data")));
    }

    @Override
    public void close() {
        socket.abort();
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: best effort
        }
    }
}
