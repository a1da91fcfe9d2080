package bench.bedrockrpc;

import bench.common.Figures;
import bench.common.Steady;

import bedrock.api.client.Client;
import bedrock.api.client.ServiceHandle;
import bedrock.api.server.SpecOptions;
import bedrock.runtime.internal.core.ModuleRegistry;
import bedrock.runtime.internal.core.Publisher;
import bedrock.runtime.internal.net.BedrockRpcs;
import bedrock.runtime.internal.net.NetRemoteProviders;
import bedrock.runtime.internal.net.NetSecurity;
import bedrock.runtime.internal.server.BedrockService;
import bedrock.runtime.internal.server.Jx9Scripts;
import bedrock.runtime.internal.server.ModuleLoader;
import bedrock.runtime.internal.server.NettyEngines;
import bedrock.runtime.internal.server.ServiceSetup;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ServiceHandle.config()} round trips against a Bedrock service on 127.0.0.1, the daemon in
 * a separate JVM (as upstream's figure: client and daemon are separate processes) or, with
 * {@code --in-process}, in this one. Prints median and p99 beside upstream's 59 µs / 315 µs.
 *
 * <p>After {@code --warmup} calls, blocks of 2,000 more until three in a row are no faster than the best by 5% (at most
 * 20 s, {@link Steady}): on a slow machine 10,000 calls do not reach the compiled code.
 *
 * <p>Options: {@code --calls 10000 --warmup 10000 --rounds 3 --spec '{}' --in-process};
 * {@code --serve SPEC} runs only the daemon (used by the parent process); {@code --figures} also
 * prints {@code figure get.median_us|get.p99_us VALUE} lines for {@code bench/run}.
 */
public final class GetConfigBench {

    private static final double UPSTREAM_MEDIAN_US = 59;
    private static final double UPSTREAM_P99_US = 315;

    public static void main(String[] args) throws Exception {
        int calls = intOption(args, "--calls", 10_000);
        int warmup = intOption(args, "--warmup", 10_000);
        int rounds = intOption(args, "--rounds", 3);
        String spec = option(args, "--spec", "{}");
        String serve = option(args, "--serve", null);
        if (serve != null) {
            serve(serve);
            return;
        }
        boolean inProcess = Arrays.asList(args).contains("--in-process");
        Process child = null;
        BedrockService local = null;
        String address;
        if (inProcess) {
            local = start(spec);
            address = local.address();
        } else {
            child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    GetConfigBench.class.getName(), "--serve", spec)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            address = out.readLine();
            if (address == null) {
                throw new IllegalStateException("The daemon JVM exited before printing its address");
            }
        }
        try (Client client = Client.create()) {
            ServiceHandle service = client.makeServiceHandle(address);
            int configBytes = bedrock.api.json.Json.write(service.config()).length();
            System.out.printf("getConfig at %s (%s daemon), config of %d bytes, %d calls x %d rounds%n",
                    address, inProcess ? "in-process" : "separate-JVM", configBytes, calls, rounds);
            for (int i = 0; i < warmup; i++) {
                service.config();
            }
            Steady.warm("getConfig", service::config, 2000, 20_000);
            List<Double> medians = new ArrayList<>();
            List<Double> p99s = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                long[] nanos = Steady.timeSorted(service::config, new long[calls]);
                double median = nanos[calls / 2] / 1000.0;
                double p99 = nanos[(int) Math.min(calls - 1, Math.ceil(calls * 0.99) - 1)] / 1000.0;
                medians.add(median);
                p99s.add(p99);
                System.out.printf("round %d: median %.1f us, p99 %.1f us%n", round, median, p99);
            }
            medians.sort(null);
            p99s.sort(null);
            double median = medians.get(medians.size() / 2);
            double p99 = p99s.get(p99s.size() / 2);
            System.out.printf("%-34s %10s %10s%n", "", "median", "p99");
            System.out.printf("%-34s %8.1f us %8.1f us%n", "Java client -> our daemon (TCP)", median, p99);
            System.out.printf("%-34s %8.1f us %8.1f us%n", "upstream C++ (na+sm, {} config)", UPSTREAM_MEDIAN_US,
                    UPSTREAM_P99_US);
            System.out.printf("%-34s %8.2f x %9.2f x%n", "ratio ours / upstream", median / UPSTREAM_MEDIAN_US,
                    p99 / UPSTREAM_P99_US);
            Figures figures = new Figures(Arrays.asList(args).contains("--figures"));
            figures.put("get.median_us", median);
            figures.put("get.p99_us", p99);
            figures.print();
        } finally {
            if (local != null) {
                local.close();
            }
            if (child != null) {
                child.destroy();
                child.waitFor();
            }
        }
    }

    /** The daemon side: start, print the address, run until the parent closes our stdin or kills us. */
    private static void serve(String spec) throws Exception {
        BedrockService service = start(spec);
        System.out.println(service.address());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to go away
        }
        service.close();
    }

    private static BedrockService start(String spec) {
        ServiceSetup setup = new ServiceSetup(new ModuleRegistry(), ModuleLoader.none(), new NettyEngines(),
                new Jx9Scripts(), NetRemoteProviders::new, Publisher.none(), Duration.ofSeconds(2),
                BedrockRpcs.installer(NetSecurity.open()));
        return BedrockService.start("tcp", spec, SpecOptions.json(), setup);
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static int intOption(String[] args, String name, int fallback) {
        return Integer.parseInt(option(args, name, String.valueOf(fallback)));
    }
}
