package bench.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's {@code -Xlog:class+load:file=F:uptime} log: how many classes came from where (the
 * class-data archive, jars, generated), and when chosen classes were first loaded, which marks
 * the phases of a start without touching the product.
 */
final class ClassLog {

    /** One loaded class: JVM uptime in ms, name, source. */
    private record Load(double uptimeMillis, String name, String source) {
    }

    private final List<Load> loads;

    private ClassLog(List<Load> loads) {
        this.loads = loads;
    }

    /** The JVM option that writes the log. */
    static String option(Path log) {
        return "-Xlog:class+load=info:file=" + log + ":uptime";
    }

    static ClassLog read(Path log) throws IOException {
        List<Load> loads = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            // [0.058s] bedrock.launcher.cli.DaemonCommand source: shared objects file (top)
            int close = line.indexOf("s] ");
            int source = line.indexOf(" source: ");
            if (!line.startsWith("[") || close < 0 || source < 0) {
                continue;
            }
            loads.add(new Load(Double.parseDouble(line.substring(1, close)) * 1000,
                    line.substring(close + 3, source), line.substring(source + 9)));
        }
        return new ClassLog(loads);
    }

    /** Counts by source. */
    Map<String, Long> bySource() {
        Map<String, Long> counts = new TreeMap<>();
        loads.forEach(l -> counts.merge(kind(l.source()), 1L, Long::sum));
        return counts;
    }

    /** Class-path jars whose classes were not served by the archive, with counts. */
    Map<String, Long> unarchivedJars() {
        Map<String, Long> counts = new TreeMap<>();
        loads.stream().filter(l -> l.source().startsWith("file:")).forEach(l -> counts.merge(
                l.source().substring(l.source().lastIndexOf('/') + 1), 1L, Long::sum));
        return counts;
    }

    /** Uptime (ms) of the first class whose name starts with each prefix; NaN when never loaded. */
    Map<String, Double> firstLoads(Map<String, String> labelsByPrefix) {
        Map<String, Double> out = new LinkedHashMap<>();
        labelsByPrefix.forEach((prefix, label) -> out.put(label, loads.stream()
                .filter(l -> l.name().startsWith(prefix)).mapToDouble(Load::uptimeMillis).findFirst()
                .orElse(Double.NaN)));
        return out;
    }

    private static String kind(String source) {
        if (source.startsWith("shared objects file")) {
            return "CDS archive";
        }
        if (source.startsWith("jrt:/")) {
            return "JDK modules";
        }
        if (source.startsWith("file:")) {
            return "jars";
        }
        return "generated or defined";
    }

    /** Prints counts, unarchived jars and the phase markers. */
    void print(String label, Map<String, String> markers, double readyMillis) {
        long total = loads.size();
        System.out.printf(Locale.ROOT, "%s: %d classes;", label, total);
        bySource().forEach((source, n) -> System.out.printf(Locale.ROOT, " %s %d;", source, n));
        System.out.println();
        System.out.print("  not from the archive, by jar:");
        unarchivedJars().forEach((jar, n) -> System.out.printf(Locale.ROOT, " %s %d;", jar, n));
        System.out.println();
        firstLoads(markers).forEach((what, ms) -> System.out.printf(Locale.ROOT, "  %8.0f ms  %s%n", ms, what));
        System.out.printf(Locale.ROOT, "  %8.0f ms  %s%n", readyMillis, "(wall, from the fork) done");
    }
}
