package bench.launch;

import java.io.File;
import java.io.IOException;
import java.util.List;

/** The JVM's own floor: a hello world with the launcher's flags (C1 only, serial GC, JDK archive). */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }

    static double wallMillis() throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String classes = new File(Hello.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getPath();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-cp", classes, Hello.class.getName()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        builder.start().waitFor();
        return (System.nanoTime() - start) / 1e6;
    }
}
