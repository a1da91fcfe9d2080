package bench.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code bin/bedrock-shutdown -a ADDR} as a whole process, each time against a fresh daemon. */
final class Shutdown {

    private Shutdown() {
    }

    /** Starts a daemon from {@code spec} (CDS on), then times the shutdown command from fork to exit. */
    static double wallMillis(Distribution dist, Path spec) throws Exception {
        try (Daemon daemon = Daemon.start(dist, spec, true, null)) {
            ProcessBuilder builder = new ProcessBuilder(List.of(dist.bin("bedrock-shutdown").toString(), "-a",
                    daemon.address())).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            Daemon.environment(builder.environment(), true, null);
            long start = System.nanoTime();
            int status = builder.start().waitFor();
            double millis = (System.nanoTime() - start) / 1e6;
            if (status != 0) {
                throw new IOException("bedrock-shutdown -a " + daemon.address() + " exited " + status);
            }
            daemon.awaitExit();
            return millis;
        }
    }
}
