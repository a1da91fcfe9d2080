package bench.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What an idle daemon holds: resident memory and threads, from {@code /proc/PID/status}. */
record Idle(double rssMiB, int threads) {

    /** Reads the figures of a process (Linux only). */
    static Idle of(long pid) throws IOException {
        double rss = Double.NaN;
        int threads = -1;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            } else if (line.startsWith("Threads:")) {
                threads = Integer.parseInt(line.replaceAll("[^0-9]", ""));
            }
        }
        return new Idle(rss, threads);
    }
}
