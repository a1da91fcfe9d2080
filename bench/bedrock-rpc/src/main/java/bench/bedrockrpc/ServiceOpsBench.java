package bench.bedrockrpc;

import bench.common.Figures;

import bedrock.api.client.Client;
import bedrock.api.client.ServiceHandle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Against a daemon of the built distribution (whole {@code bin/bedrock}, separate JVM), from Java
 * clients: {@code add_provider} (then {@code remove_provider}) beside the getConfig round trip,
 * interleaved round by round; then 8 concurrent clients (each its own {@link Client}, one thread
 * each) making getConfig calls, then add+remove pairs: throughput, p99, errors. First, the idle
 * {@code {}} daemon's RSS and thread count.
 *
 * <p>Options: {@code --home DIST --calls 2000 --rounds 3 --clients 8 --client-calls 1000
 * --idle-seconds 3 --figures}.
 */
public final class ServiceOpsBench {

    private ServiceOpsBench() {
    }

    public static void main(String[] args) throws Exception {
        // exec:java passes the pom's dist.dir as bench.dist; else relative to the repository root.
        String dist = System.getProperty("bench.dist", "bundles/bedrock.launcher/target/bedrock");
        Path home = Path.of(option(args, "--home", dist)).toAbsolutePath();
        int calls = Integer.parseInt(option(args, "--calls", "2000"));
        int rounds = Integer.parseInt(option(args, "--rounds", "3"));
        int clients = Integer.parseInt(option(args, "--clients", "8"));
        int clientCalls = Integer.parseInt(option(args, "--client-calls", "1000"));
        long idle = Long.parseLong(option(args, "--idle-seconds", "3"));
        Figures figures = new Figures(Arrays.asList(args).contains("--figures"));

        try (DistDaemon empty = DistDaemon.start(home, "{}")) {
            Thread.sleep(TimeUnit.SECONDS.toMillis(idle));
            double[] status = empty.rssAndThreads();
            System.out.printf(Locale.ROOT, "idle daemon {} after %d s: VmRSS %.1f MiB, %d threads%n", idle,
                    status[0], (int) status[1]);
            figures.put("idle.rss_mib", status[0]);
            figures.put("idle.threads", status[1]);
        }
        String lib = home.resolve("modules/bedrock.module.a.jar").toString();
        try (DistDaemon daemon = DistDaemon.start(home, "{\"libraries\":{\"module_a\":\"" + lib + "\"}}");
                Client client = Client.create()) {
            ServiceHandle service = client.makeServiceHandle(daemon.address());
            sequential(service, calls, rounds, figures);
            Load.run("getConfig", daemon.address(), clients, clientCalls, (s, c, i) -> s.config(), figures);
            Load.run("add+remove provider", daemon.address(), clients, clientCalls / 4, (s, c, i) -> {
                String name = "c" + c + "_" + i;
                s.addProvider(Map.of("name", name, "type", "module_a"));
                s.removeProvider(name);
            }, figures);
            int left = ((List<?>) service.config().get("providers")).size();
            System.out.printf("providers left after the runs: %d (expected 0)%n", left);
            figures.put("providers_left", left);
        }
        figures.print();
    }

    /** getConfig and add_provider (each followed by an untimed remove) in interleaved rounds. */
    private static void sequential(ServiceHandle service, int calls, int rounds, Figures figures) {
        AtomicInteger id = new AtomicInteger(1000);
        // The remove after each add runs outside the timing, so the provider set stays empty.
        Runnable get = service::config;
        Runnable add = () -> service.addProvider(Map.of("name", "p" + id.incrementAndGet(), "type", "module_a",
                "provider_id", id.get()));
        Runnable remove = () -> service.removeProvider("p" + id.get());
        Stats.time(get, null, calls);
        Stats.time(add, remove, calls / 4);
        List<Double> getMedians = new ArrayList<>();
        List<Double> addMedians = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            getMedians.add(Stats.percentile(Stats.time(get, null, calls), 50));
            addMedians.add(Stats.percentile(Stats.time(add, remove, calls / 4), 50));
            System.out.printf(Locale.ROOT, "round %d: getConfig %.1f us, add_provider %.1f us%n", round,
                    getMedians.get(round - 1), addMedians.get(round - 1));
        }
        double g = Stats.median(getMedians);
        double a = Stats.median(addMedians);
        System.out.printf(Locale.ROOT, "median of rounds: getConfig %.1f us, add_provider %.1f us (%s getConfig)%n",
                g, a, Stats.ratio(a, g));
        figures.put("get.median_us", g);
        figures.put("add.median_us", a);
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
