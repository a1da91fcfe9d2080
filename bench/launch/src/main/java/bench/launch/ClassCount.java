package bench.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts the classes one run loads, by source, from {@code -Xlog:class+load}: what the class-data
 * archive served, what came from jars on the class path, and what OSGi bundle class loaders
 * defined (which JDK 17's archive cannot hold).
 */
final class ClassCount {

    private ClassCount() {
    }

    static Map<String, Long> daemon(Distribution dist, Path spec, Path dir) throws Exception {
        Path log = dir.resolve("daemon-classes.log");
        try (Daemon daemon = Daemon.start(dist, spec, true, xlog(log))) {
            daemon.stop();
        }
        return count(log);
    }

    static Map<String, Long> query(Distribution dist, Path spec, Path dir) throws Exception {
        Path log = dir.resolve("query-classes.log");
        try (Daemon daemon = Daemon.start(dist, spec, true, null)) {
            ProcessBuilder builder = new ProcessBuilder(List.of(dist.bin("bedrock-query").toString(), "-a",
                    daemon.address())).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            Daemon.environment(builder.environment(), true, xlog(log));
            builder.start().waitFor();
            daemon.stop();
        }
        return count(log);
    }

    private static String xlog(Path log) {
        return "-Xlog:class+load=info:file=" + log;
    }

    private static Map<String, Long> count(Path log) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(" source: ")).collect(Collectors.groupingBy(ClassCount::source,
                    TreeMap::new, Collectors.counting()));
        }
    }

    private static String source(String line) {
        String source = line.substring(line.indexOf(" source: ") + 9);
        if (source.startsWith("shared objects file")) {
            return "CDS archive";
        }
        if (source.startsWith("jrt:/")) {
            return "JDK modules (not archived)";
        }
        if (source.startsWith("file:") || source.endsWith(".jar")) {
            return "class path jars (not archived)";
        }
        if (source.contains("__JVM_DefineClass__") || source.contains("Lambda")) {
            return "generated (lambdas, proxies)";
        }
        return "bundle class loaders / other";
    }

    static void print(String label, Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "  %-32s %5d total:", label, total);
        counts.forEach((source, n) -> System.out.printf(Locale.ROOT, " %s %d;", source, n));
        System.out.println();
    }
}
