package bedrock.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One Server-Sent Events response: each event of the {@link EventFeed} as a {@code data:} line,
 * and a comment every {@value #HEARTBEAT_S} s so that a closed connection is noticed. Holds the
 * request's thread until the client goes (a daemon's page has few viewers).
 */
final class EventStream {

    static final int HEARTBEAT_S = 15;

    private final EventFeed feed;

    EventStream(EventFeed feed) {
        this.feed = feed;
    }

    void serve(HttpServletResponse resp) throws IOException {
        resp.setContentType("text/event-stream; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        PrintWriter out = resp.getWriter();
        BlockingQueue<String> queue = feed.open();
        try {
            out.print(": bedrock events\n\n");
            out.flush();
            while (!out.checkError() && feed.isOpen(queue)) {
                String line = queue.poll(HEARTBEAT_S, TimeUnit.SECONDS);
                out.print(line == null ? ":\n\n" : "data: " + line + "\n\n");
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            feed.close(queue);
        }
    }
}
