package bench.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Whole-process wall times of the built distribution, beside upstream's figures and our targets:
 * daemon launch to its ready line ({@code {}} and a spec with two modules and four providers), and
 * {@code bedrock-query -a ADDR} against a running daemon; each with and without the class-data
 * archive ({@code BEDROCK_NO_CDS=1}). Series are interleaved run by run, so the machine's noise
 * hits them alike; each drops its first run.
 *
 * <p>Options: {@code --runs 16} (including the dropped one), {@code --home DIR}, {@code --java-opts
 * "-Xint"} (one more daemon series with these JVM options added). A JVM hello world
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
        // Which parts to run: launch (daemon series), query, shutdown, idle (RSS and threads), trace,
        // scale (start with --providers 10,1000,10000) and provider (add_provider over RPC): only when named.
        String only = option(args, "--only", "launch,query,shutdown,idle,trace");
        Distribution dist = Distribution.locate(option(args, "--home", null));
        Path dir = Files.createTempDirectory("bench-launch");
        Path empty = dist.emptySpec(dir);
        Path modules = dist.modulesSpec(dir);
        System.out.printf(Locale.ROOT, "distribution %s; %d runs per series, first dropped; %s; parts %s%n%n",
                dist.bin("..").normalize(), runs, Runtime.version(), only);

        Map<String, Series> launch = new LinkedHashMap<>();
        Map<String, Series> cpu = new LinkedHashMap<>();
        Map<String, Series> stop = new LinkedHashMap<>();
        Series hello = new Series();
        Map<String, Series> query = new LinkedHashMap<>();
        Series queryCpu = new Series();
        Series shutdown = new Series();
        Series rss = new Series();
        Series threads = new Series();
        try (Daemon daemon = only.contains("query") ? Daemon.start(dist, modules, true, null) : null) {
            for (int i = 0; i < runs; i++) {
                hello.add(Hello.wallMillis());
                if (only.contains("launch")) {
                    for (boolean cds : new boolean[] {true, false}) {
                        launchOnce(dist, "{}", empty, cds, launch, cpu, stop);
                        launchOnce(dist, "2 modules, 4 providers", modules, cds, launch, cpu, stop);
                    }
                    if (extraOpts != null) {
                        launchOnce(dist, "2 modules, 4 providers", modules, true, extraOpts, launch, cpu, stop);
                    }
                }
                if (daemon != null) {
                    for (boolean cds : new boolean[] {true, false}) {
                        query.computeIfAbsent(label("bedrock-query", cds), k -> new Series())
                                .add(Query.wallMillis(dist, daemon.address(), cds));
                    }
                }
                if (only.contains("shutdown") || only.contains("idle")) {
                    clientOnce(dist, empty, only, shutdown, rss, threads);
                }
            }
            if (daemon != null) {
                for (int i = 0; i < Math.min(runs, 6); i++) {
                    queryCpu.add(Query.cpuMillis(dist, daemon.address()));
                }
            }
            if (only.contains("trace")) {
                System.out.println("Where the time goes: one traced run each (CDS on), first load of marker classes"
                        + " (JVM uptime; the machine's load inflates them like the series above).");
                if (daemon != null) {
                    Traced.query(dist, daemon.address(), dir);
                }
                Traced.daemon(dist, modules, dir);
                System.out.println();
            }
            if (daemon != null) {
                daemon.stop();
            }
        }
        if (only.contains("provider")) {
            ProviderRpc.run(dist, dir);
        }
        if (only.contains("scale")) {
            String[] counts = option(args, "--providers", "10,1000,10000").split(",");
            Scale.run(dist, dir, empty, java.util.Arrays.stream(counts).mapToInt(Integer::parseInt).toArray(),
                    Math.max(2, Math.min(runs, 4)));
        }
        report(hello, launch, cpu, query, queryCpu, shutdown, rss, threads, stop);
    }

    private static void report(Series hello, Map<String, Series> launch, Map<String, Series> cpu,
            Map<String, Series> query, Series queryCpu, Series shutdown, Series rss, Series threads,
            Map<String, Series> stop) {
        System.out.printf(Locale.ROOT, "%-36s %9s %17s %10s %10s %10s %8s%n",
                "figure (ms, wall)", "median", "min-max", "upstream", "target", "vs target", "x hello");
        System.out.printf(Locale.ROOT, "%-36s %9.1f %17s %10.1f%n", "JVM hello world (same flags)", hello.median(),
                range(hello), HELLO_MS);
        launch.forEach((label, s) -> row("launch " + label, s, label.startsWith("{}") ? UPSTREAM_EMPTY_MS
                : UPSTREAM_MODULES_MS, label.startsWith("{}") ? Double.NaN : TARGET_LAUNCH_MS, hello));
        cpu.forEach((label, s) -> System.out.printf(Locale.ROOT, "%-36s %9.1f %17s%n", "CPU to ready, " + label,
                s.median(), range(s)));
        query.forEach((label, s) -> row(label, s, UPSTREAM_QUERY_MS, TARGET_QUERY_MS, hello));
        if (queryCpu.size() > 0) {
            System.out.printf(Locale.ROOT, "%-36s %9.1f %17s %10s%n", "bedrock-query CPU (user+sys), CDS",
                    queryCpu.median(), range(queryCpu), "7");
        }
        if (shutdown.size() > 0) {
            row("bedrock-shutdown, CDS", shutdown, Double.NaN, Double.NaN, hello);
        }
        if (rss.size() > 0) {
            System.out.printf(Locale.ROOT, "%-36s %9.1f %17s%n", "idle daemon {} RSS (MiB), CDS", rss.median(),
                    range(rss));
            System.out.printf(Locale.ROOT, "%-36s %9.1f %17s%n", "idle daemon {} threads", threads.median(),
                    range(threads));
        }
        System.out.println();
        stop.forEach((label, s) -> System.out.printf(Locale.ROOT, "%-36s %9.1f %17s%n", label, s.median(), range(s)));
    }

    /** A {@code {}} daemon: its RSS and threads after 2 s idle, then bedrock-shutdown timed against it. */
    private static void clientOnce(Distribution dist, Path empty, String only, Series shutdown, Series rss,
            Series threads) throws Exception {
        try (Daemon daemon = Daemon.start(dist, empty, true, null)) {
            if (only.contains("idle")) {
                Thread.sleep(2000);
                Idle idle = Idle.of(daemon.pid());
                rss.add(idle.rssMiB());
                threads.add(idle.threads());
            }
            if (only.contains("shutdown")) {
                shutdown.add(Shutdown.wallMillis(dist, daemon.address()));
                daemon.awaitExit();
            } else {
                daemon.stop();
            }
        }
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

    private static void row(String label, Series s, double upstream, double target, Series hello) {
        String verdict = Double.isNaN(target) ? "" : s.median() <= target ? "met"
                : String.format(Locale.ROOT, "+%.0f ms", s.median() - target);
        System.out.printf(Locale.ROOT, "%-36s %9.1f %17s %10.1f %10s %10s %8.2f%n", label, s.median(), range(s),
                upstream, Double.isNaN(target) ? "-" : String.format(Locale.ROOT, "%.0f", target), verdict,
                s.median() / hello.median());
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
