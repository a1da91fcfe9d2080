package bedrock.web.internal;

import bedrock.api.BedrockException;
import bedrock.api.graph.DependencyGraph;
import bedrock.api.json.Json;
import bedrock.api.server.QueryResult;
import bedrock.api.server.Server;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The web view of the daemon in this framework, on the Servlet Whiteboard: {@code /} the page,
 * {@code /api/config}, {@code /api/query} (POST a Jx9 script), {@code /api/graph.svg},
 * {@code /api/graph.dot}, {@code /api/events} (Server-Sent Events). Every endpoint reads; none
 * changes the daemon, so none asks for its credential.
 */
@Component(service = jakarta.servlet.Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/*",
        "osgi.http.whiteboard.servlet.name=bedrock.web"})
public final class WebServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The largest query script accepted. */
    static final int MAX_SCRIPT = 1 << 20;

    private final transient Server server;
    private final transient EventStream events;
    private final byte[] page;

    @Activate
    public WebServlet(@Reference Server server, @Reference EventFeed feed) throws IOException {
        this.server = server;
        this.events = new EventStream(feed);
        try (InputStream in = WebServlet.class.getResourceAsStream("page.html")) {
            this.page = in.readAllBytes();
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        switch (path) {
            case "/", "/index.html" -> send(resp, "text/html", page);
            case "/api/config" -> send(resp, "application/json", text(Json.writePretty(server.config())));
            case "/api/graph.svg" -> send(resp, "image/svg+xml", text(DependencyGraph.of(server.config()).toSvg()));
            case "/api/graph.dot" -> send(resp, "text/vnd.graphviz", text(DependencyGraph.of(server.config()).toDot()));
            case "/api/events" -> events.serve(resp);
            default -> error(resp, 404, "No such page: \"" + path + "\"");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (!path.equals("/api/query")) {
            error(resp, 405, "Only /api/query takes POST, not \"" + path + "\"");
            return;
        }
        byte[] body = req.getInputStream().readNBytes(MAX_SCRIPT + 1);
        if (body.length > MAX_SCRIPT) {
            error(resp, 413, "The script is larger than " + MAX_SCRIPT + " bytes");
            return;
        }
        try {
            QueryResult result = server.query(new String(body, StandardCharsets.UTF_8));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("value", result.value());
            out.put("warnings", result.warnings());
            send(resp, "application/json", text(Json.write(out)));
        } catch (BedrockException e) {
            error(resp, 400, e.getMessage());
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setContentType(type + "; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        send(resp, "application/json", text(Json.write(Map.of("error", message))));
    }
}
