package bench.bedrockrpc;

import bench.common.Figures;
import bench.common.ProviderSpecs;

import bedrock.api.client.Client;
import bedrock.api.client.ServiceHandle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a change costs on a large service: against daemons of the built distribution started with N
 * {@code module_a} providers (N = 10, 1,000, 10,000 by default),
 * {@code add_provider} (each followed by an untimed {@code remove_provider}) and
 * {@code remove_provider} (each after an untimed add) over RPC from a Java client; the daemons run
 * side by side and the sizes are interleaved round by round (a first round warms up, not counted);
 * medians of the round medians. Then each daemon in turn is asked to shut down and the time from
 * the request to its JVM's exit is measured. Each cost at N is printed beside the cost at the smallest N.
 *
 * <p>Options: {@code --home DIST --sizes 10,1000,10000 --calls 400 --rounds 3 --figures}.
 */
public final class ScaleOpsBench {

    private ScaleOpsBench() {
    }

    /** The medians at one size. */
    private record Costs(double addUs, double removeUs, double shutdownMs) {
    }

    public static void main(String[] args) throws Exception {
        String dist = System.getProperty("bench.dist", "bundles/bedrock.launcher/target/bedrock");
        Path home = Path.of(ServiceOpsBench.option(args, "--home", dist)).toAbsolutePath();
        int[] sizes = Arrays.stream(ServiceOpsBench.option(args, "--sizes", "10,1000,10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int calls = Integer.parseInt(ServiceOpsBench.option(args, "--calls", "400"));
        int rounds = Integer.parseInt(ServiceOpsBench.option(args, "--rounds", "3"));
        Figures figures = new Figures(Arrays.asList(args).contains("--figures"));
        String lib = home.resolve("modules/bedrock.module.a.jar").toString();
        Map<Integer, DistDaemon> daemons = new LinkedHashMap<>();
        try (Client client = Client.create()) {
            for (int n : sizes) {
                daemons.put(n, DistDaemon.start(home, ProviderSpecs.moduleA(lib, n)));
            }
            Map<Integer, Sizes> at = new LinkedHashMap<>();
            daemons.forEach((n, d) -> at.put(n, new Sizes(n, client.makeServiceHandle(d.address()))));
            // Round 0 warms both JVMs up: not counted. Sizes interleaved round by round.
            for (int round = 0; round <= rounds; round++) {
                for (Sizes s : at.values()) {
                    s.round(calls, round > 0);
                }
            }
            Map<Integer, Costs> costs = new LinkedHashMap<>();
            for (Sizes s : at.values()) {
                s.check();
                double shutdown = daemons.get(s.n).shutdownMillis(s.service);
                costs.put(s.n, new Costs(Stats.median(s.adds), Stats.median(s.removes), shutdown));
            }
            report(costs, figures);
        } finally {
            for (DistDaemon d : daemons.values()) {
                d.close();
            }
        }
        figures.print();
    }

    /** The daemon with N providers and the medians measured on it. */
    private static final class Sizes {
        final int n;
        final ServiceHandle service;
        final List<Double> adds = new ArrayList<>();
        final List<Double> removes = new ArrayList<>();
        private final AtomicInteger id;
        private final Runnable add;
        private final Runnable remove;

        Sizes(int n, ServiceHandle service) {
            this.n = n;
            this.service = service;
            this.id = new AtomicInteger(n + 1000);
            check();
            // The provider added (or removed) is put back (or taken out) untimed: the size stays N.
            add = () -> service.addProvider(Map.of("name", "x" + id.incrementAndGet(), "type", "module_a",
                    "provider_id", id.get()));
            remove = () -> service.removeProvider("x" + id.get());
        }

        void round(int calls, boolean counted) {
            double a = Stats.percentile(Stats.time(add, remove, calls), 50);
            add.run();
            double r = Stats.percentile(Stats.time(remove, add, calls), 50);
            remove.run();
            if (counted) {
                adds.add(a);
                removes.add(r);
                System.out.printf(Locale.ROOT, "%d providers, round %d: add_provider %.1f us, remove_provider %.1f us%n",
                        n, adds.size(), a, r);
            }
        }

        void check() {
            int count = ((List<?>) service.config().get("providers")).size();
            if (count != n) {
                throw new IllegalStateException("the daemon has " + count + " providers, expected " + n);
            }
        }
    }

    private static void report(Map<Integer, Costs> costs, Figures figures) {
        Costs first = costs.values().iterator().next();
        System.out.printf(Locale.ROOT, "%n%-12s %16s %8s %19s %8s %14s %8s%n", "providers", "add_provider us",
                "vs first", "remove_provider us", "vs first", "shutdown ms", "vs first");
        costs.forEach((n, c) -> {
            System.out.printf(Locale.ROOT, "%-12d %16.1f %8s %19.1f %8s %14.1f %8s%n", n, c.addUs(),
                    Stats.ratio(c.addUs(), first.addUs()), c.removeUs(), Stats.ratio(c.removeUs(), first.removeUs()),
                    c.shutdownMs(), Stats.ratio(c.shutdownMs(), first.shutdownMs()));
            figures.put("scale." + n + ".add_us", c.addUs());
            figures.put("scale." + n + ".remove_us", c.removeUs());
            figures.put("scale." + n + ".shutdown_ms", c.shutdownMs());
        });
    }
}
