package bench.launch;

import java.io.IOException;
import java.util.List;

/** {@code bin/bedrock-shutdown -a ADDR} as a whole process. */
final class Shutdown {

    private Shutdown() {
    }

    /** Wall milliseconds from the fork of the script to the exit of the JVM. */
    static double wallMillis(Distribution dist, String address) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(dist.bin("bedrock-shutdown").toString(), "-a", address))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Daemon.environment(builder.environment(), true, null);
        long start = System.nanoTime();
        int status = builder.start().waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (status != 0) {
            throw new IllegalStateException("bedrock-shutdown -a " + address + " exited " + status);
        }
        return millis;
    }
}
