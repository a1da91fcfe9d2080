package bench.launch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The JVM's own floor: a hello world with the launcher's flags (C1 only, serial GC, JDK archive). */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }

    static double wallMillis() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        builder.start().waitFor();
        return (System.nanoTime() - start) / 1e6;
    }

    /** User + system CPU milliseconds of one run, as {@code /usr/bin/time} reports them. */
    static double cpuMillis() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S"));
        command.addAll(command());
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        String[] last = err.substring(err.lastIndexOf('\n') + 1).split(" ");
        return (Double.parseDouble(last[0]) + Double.parseDouble(last[1])) * 1000;
    }

    private static List<String> command() {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String classes = new File(Hello.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getPath();
        return List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", classes,
                Hello.class.getName());
    }
}
