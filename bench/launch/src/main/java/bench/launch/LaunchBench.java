package bench.launch;

import bench.common.Figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Whole-process wall times of the built distribution, beside upstream's figures and our targets:
 * daemon launch to its ready line ({@code {}} and a spec with two modules and four providers), and
 * {@code bedrock-query -a ADDR} against a running daemon; each with and without the class-data
 * archive ({@code BEDROCK_NO_CDS=1}). Series are interleaved run by run, so the machine's noise
 * hits them alike; each drops its first run.
 *
 * <p>Options: {@code --runs 16} (including the dropped one), {@code --home DIR}, {@code --java-opts
 * "-Xint"} (one more daemon series with these JVM options added), {@code --cds-only} (no series
 * without the archive), {@code --no-trace}, {@code --scale 10,1000,10000} and {@code --scale-runs 3}
 * (start with many providers, {@link Scale}), {@code --scale-only}, {@code --figures} (also print
 * {@code figure KEY VALUE} lines for {@code bench/run}). A JVM hello world
 * with the same flags is measured alongside, to scale the figures to the machine's load of the
 * moment; one traced run per command then shows where its time goes ({@link Traced}).
 */
public final class LaunchBench {

    private static final double UPSTREAM_EMPTY_MS = 10.7;
    private static final double UPSTREAM_MODULES_MS = 12.0;
    private static final double UPSTREAM_QUERY_MS = 209;
    private static final double TARGET_LAUNCH_MS = 250;
    private static final double TARGET_QUERY_MS = 209;
    private static final double HELLO_MS = 36;

    private LaunchBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(option(args, "--runs", "16"));
        // An extra daemon series (CDS on) with more JVM options, to try a flag against the default.
        String extraOpts = option(args, "--java-opts", null);
        List<String> flags = Arrays.asList(args);
        Figures figures = new Figures(flags.contains("--figures"));
        Distribution dist = Distribution.locate(option(args, "--home", null));
        Path dir = Files.createTempDirectory("bench-launch");
        System.out.printf(Locale.ROOT, "distribution %s; %d runs per series, first dropped; %s%n%n",
                dist.bin("..").normalize(), runs, Runtime.version());
        String baseline = option(args, "--shutdown-ab", null);
        if (baseline != null) {
            ShutdownAb.run(dist, Distribution.locate(baseline), dir, runs);
        } else if (!flags.contains("--scale-only")) {
            series(dist, dir, runs, extraOpts, flags.contains("--cds-only"), !flags.contains("--no-trace"), figures);
        }
        String scale = option(args, "--scale", null);
        if (scale != null) {
            System.out.println();
            int[] counts = Arrays.stream(scale.split(",")).mapToInt(Integer::parseInt).toArray();
            Scale.run(dist, dir, counts, Integer.parseInt(option(args, "--scale-runs", "3")), figures);
        }
        figures.print();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static void series(Distribution dist, Path dir, int runs, String extraOpts, boolean cdsOnly,
            boolean trace, Figures figures) throws Exception {
        Path empty = dist.emptySpec(dir);
        Path modules = dist.modulesSpec(dir);
        boolean[] modes = cdsOnly ? new boolean[] {true} : new boolean[] {true, false};
        Map<String, Series> launch = new LinkedHashMap<>();
        Map<String, Series> cpu = new LinkedHashMap<>();
        Map<String, Series> stop = new LinkedHashMap<>();
        Series hello = new Series();
        Series shutdown = new Series();
        for (int i = 0; i < runs; i++) {
            hello.add(Hello.wallMillis());
            for (boolean cds : modes) {
                launchOnce(dist, "{}", empty, cds, launch, cpu, stop);
                launchOnce(dist, "2 modules, 4 providers", modules, cds, launch, cpu, stop);
            }
            if (extraOpts != null) {
                launchOnce(dist, "2 modules, 4 providers", modules, true, extraOpts, launch, cpu, stop);
            }
            shutdown.add(Shutdown.wallMillis(dist, empty));
        }
        Map<String, Series> query = new LinkedHashMap<>();
        Series queryCpu = new Series();
        Series helloCpu = new Series();
        try (Daemon daemon = Daemon.start(dist, modules, true, null)) {
            for (int i = 0; i < runs; i++) {
                for (boolean cds : modes) {
                    query.computeIfAbsent(label("bedrock-query", cds), k -> new Series())
                            .add(Query.wallMillis(dist, daemon.address(), cds));
                }
            }
            for (int i = 0; i < Math.min(runs, 6); i++) {
                queryCpu.add(Query.cpuMillis(dist, daemon.address()));
                helloCpu.add(Hello.cpuMillis());
            }
            if (trace) {
                System.out.println("Where the time goes: one traced run each (CDS on), first load of marker classes"
                        + " (JVM uptime; the machine's load inflates them like the series above).");
                Traced.query(dist, daemon.address(), dir);
                Traced.daemon(dist, modules, dir);
                System.out.println();
            }
            daemon.stop();
        }
        report(hello, launch, cpu, query, queryCpu, shutdown, stop);
        System.out.printf(Locale.ROOT, "%-36s %9.1f %17s%n", "JVM hello world CPU (user+sys)", helloCpu.median(),
                range(helloCpu));
        figures.put("hello.median_ms", hello.median());
        launch.forEach((label, s) -> figures.put("launch." + key(label) + ".median_ms", s.median()));
        cpu.forEach((label, s) -> figures.put("cpu." + key(label) + ".median_ms", s.median()));
        query.forEach((label, s) -> figures.put("query." + key(label) + ".median_ms", s.median()));
        figures.put("query_cpu.median_ms", queryCpu.median());
        figures.put("hello_cpu.median_ms", helloCpu.median());
        figures.put("shutdown.median_ms", shutdown.median());
    }

    private static void report(Series hello, Map<String, Series> launch, Map<String, Series> cpu,
            Map<String, Series> query, Series queryCpu, Series shutdown, Map<String, Series> stop) {
        System.out.printf(Locale.ROOT, "%-36s %9s %17s %10s %10s %10s%n",
                "figure (ms, wall)", "median", "min-max", "upstream", "target", "vs target");
        System.out.printf(Locale.ROOT, "%-36s %9.1f %17s %10.1f%n", "JVM hello world (same flags)", hello.median(),
                range(hello), HELLO_MS);
        launch.forEach((label, s) -> row("launch " + label, s, label.startsWith("{}") ? UPSTREAM_EMPTY_MS
                : UPSTREAM_MODULES_MS, label.startsWith("{}") ? Double.NaN : TARGET_LAUNCH_MS));
        cpu.forEach((label, s) -> System.out.printf(Locale.ROOT, "%-36s %9.1f %17s%n", "CPU to ready, " + label,
                s.median(), range(s)));
        query.forEach((label, s) -> row(label, s, UPSTREAM_QUERY_MS, TARGET_QUERY_MS));
        System.out.printf(Locale.ROOT, "%-36s %9.1f %17s %10s%n", "bedrock-query CPU (user+sys), CDS",
                queryCpu.median(), range(queryCpu), "7");
        System.out.printf(Locale.ROOT, "%-36s %9.1f %17s%n", "bedrock-shutdown -a ADDR, CDS", shutdown.median(),
                range(shutdown));
        System.out.println();
        stop.forEach((label, s) -> System.out.printf(Locale.ROOT, "%-36s %9.1f %17s%n", label, s.median(), range(s)));
    }

    /** A figure key from a series label: "{}, CDS" is empty_cds, "2 modules, 4 providers, no CDS" modules_no_cds. */
    private static String key(String label) {
        String spec = label.startsWith("{}") ? "empty" : label.startsWith("2 modules") ? "modules" : "";
        String rest = label.replaceFirst("^(\\{\\}|2 modules, 4 providers|bedrock-query), ", "");
        return (spec.isEmpty() ? "" : spec + "_") + rest.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }

    private static void launchOnce(Distribution dist, String spec, Path file, boolean cds,
            Map<String, Series> launch, Map<String, Series> cpu, Map<String, Series> stop) throws Exception {
        launchOnce(dist, spec, file, cds, null, launch, cpu, stop);
    }

    private static void launchOnce(Distribution dist, String spec, Path file, boolean cds, String javaOpts,
            Map<String, Series> launch, Map<String, Series> cpu, Map<String, Series> stop) throws Exception {
        try (Daemon daemon = Daemon.start(dist, file, cds, javaOpts)) {
            String label = label("launch " + spec, cds) + (javaOpts == null ? "" : " " + javaOpts);
            launch.computeIfAbsent(label, k -> new Series()).add(daemon.readyMillis());
            cpu.computeIfAbsent(label, k -> new Series()).add(daemon.cpuMillis());
            stop.computeIfAbsent("SIGTERM -> exit, " + label, k -> new Series()).add(daemon.stop());
        }
    }

    private static String label(String what, boolean cds) {
        return (what.startsWith("launch ") ? what.substring(7) : what) + (cds ? ", CDS" : ", no CDS");
    }

    private static void row(String label, Series s, double upstream, double target) {
        String verdict = Double.isNaN(target) ? "" : s.median() <= target ? "met"
                : String.format(Locale.ROOT, "+%.0f ms", s.median() - target);
        System.out.printf(Locale.ROOT, "%-36s %9.1f %17s %10.1f %10s %10s%n", label, s.median(), range(s),
                upstream, Double.isNaN(target) ? "-" : String.format(Locale.ROOT, "%.0f", target), verdict);
    }

    private static String range(Series s) {
        return String.format(Locale.ROOT, "%.1f-%.1f", s.min(), s.max());
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
