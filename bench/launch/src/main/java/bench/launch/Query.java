package bench.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code bin/bedrock-query -a ADDR} as a whole process. */
final class Query {

    private Query() {
    }

    /** Wall milliseconds from the fork of the script to the exit of the JVM. */
    static double wallMillis(Distribution dist, String address, boolean cds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(dist.bin("bedrock-query").toString(), "-a", address))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Daemon.environment(builder.environment(), cds, null);
        long start = System.nanoTime();
        int status = builder.start().waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        check(status, address);
        return millis;
    }

    /** User + system CPU milliseconds of one query (CDS on), as {@code /usr/bin/time} reports them. */
    static double cpuMillis(Distribution dist, String address) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of("/usr/bin/time", "-f", "%U %S",
                dist.bin("bedrock-query").toString(), "-a", address))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Daemon.environment(builder.environment(), true, null);
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        check(process.waitFor(), address);
        String[] last = err.substring(err.lastIndexOf('\n') + 1).split(" ");
        return (Double.parseDouble(last[0]) + Double.parseDouble(last[1])) * 1000;
    }

    private static void check(int status, String address) {
        if (status != 0) {
            throw new IllegalStateException("bedrock-query -a " + address + " exited " + status);
        }
    }
}
