import bedrock.api.client.Client;
import bedrock.api.client.ServiceHandle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * add_provider over RPC against a running daemon, in getConfig round trips measured in the same
 * run: {@code java -cp DISTRIBUTION_CLASS_PATH AddProvider.java ADDRESS TYPE}. Run by LaunchBench's
 * {@code provider} part (source launcher, so the harness needs no dependency on the API).
 */
public final class AddProvider {

    public static void main(String[] args) {
        String address = args[0];
        String type = args[1];
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        try (Client client = Client.create()) {
            ServiceHandle service = client.makeServiceHandle(address);
            long[] config = new long[calls * 4];
            long[] add = new long[calls];
            long[] remove = new long[calls];
            for (int warm = 0; warm < 2; warm++) {
                for (int i = 0; i < config.length; i++) {
                    long start = System.nanoTime();
                    service.config();
                    config[i] = System.nanoTime() - start;
                }
                for (int i = 0; i < calls; i++) {
                    Map<String, Object> spec = Map.of("name", "bench" + i, "type", type, "provider_id", 20000 + i);
                    long start = System.nanoTime();
                    service.addProvider(spec);
                    add[i] = System.nanoTime() - start;
                    start = System.nanoTime();
                    service.removeProvider("bench" + i);
                    remove[i] = System.nanoTime() - start;
                }
            }
            double getConfig = median(config);
            System.out.printf(Locale.ROOT, "%-36s %9.1f us%n", "getConfig round trip, median", getConfig);
            System.out.printf(Locale.ROOT, "%-36s %9.1f us %6.2f getConfig (target <= 3)%n",
                    "add_provider, median", median(add), median(add) / getConfig);
            System.out.printf(Locale.ROOT, "%-36s %9.1f us %6.2f getConfig%n", "remove_provider, median",
                    median(remove), median(remove) / getConfig);
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1000.0;
    }
}
