package bedrock.launcher.cli;

import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.EventWatch;
import bedrock.api.event.WatchedEvent;
import bedrock.api.json.Json;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bedrock-query --watch}: follows the events of every target daemon, one thread each, and
 * prints each event as one JSON line ({@code {"address", "seq", "topic", "time", "data"}}) as it
 * comes, until interrupted (Ctrl-C) or until every daemon went away.
 */
final class EventPrinter {

    private final PrintStream out;
    private final PrintStream err;

    EventPrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Follows the daemons; returns 0 when interrupted, 1 when the last daemon went away. */
    int follow(Client client, List<String> targets, int providerId) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (String target : targets) {
            Thread thread = new Thread(() -> follow(client, target, providerId), "watch " + target);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return Commands.FAILURE;
    }

    private void follow(Client client, String target, int providerId) {
        try (EventWatch events = client.makeServiceHandle(target, providerId).watch()) {
            while (events.hasNext()) {
                WatchedEvent e = events.next();
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("address", target);
                line.putAll(e.toMap());
                print(Json.write(line));
            }
        } catch (ClientException e) {
            synchronized (this) {
                err.println("error: " + target + ": " + e.getMessage());
                err.flush();
            }
        }
    }

    private synchronized void print(String line) {
        out.println(line);
        out.flush();
    }
}
