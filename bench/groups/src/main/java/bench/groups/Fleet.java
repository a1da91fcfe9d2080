package bench.groups;

import bedrock.api.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The daemons of one measurement, started from the distribution; closing kills them all. */
final class Fleet implements AutoCloseable {

    private final Path home;
    private final Path dir;
    private final List<Daemon> all = new ArrayList<>();

    Fleet(Path home, Path dir) {
        this.home = home;
        this.dir = dir;
    }

    /** Forks {@code count} daemons of that spec at once and waits for each ready line. */
    List<Daemon> start(Map<String, Object> spec, int count) throws IOException {
        Path file = Files.writeString(Files.createTempFile(dir, "spec-", ".json"), Json.write(spec));
        List<Daemon> forked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Daemon d = Daemon.fork(home, file);
            all.add(d);
            forked.add(d);
        }
        for (Daemon d : forked) {
            d.awaitReady();
        }
        return forked;
    }

    Daemon start(Map<String, Object> spec) throws IOException {
        return start(spec, 1).get(0);
    }

    @Override
    public void close() throws InterruptedException {
        for (Daemon d : all) {
            d.close();
        }
    }
}
