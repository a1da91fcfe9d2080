import bedrock.api.client.Client;
import bedrock.api.client.ServiceHandle;
import java.util.Arrays;

/**
 * The Java side of the Python RPC benchmark: {@code ServiceHandle.config()} round trips to a
 * running daemon. Run as a source file: {@code java -cp <client class path> JavaConfigClient.java
 * ADDRESS CALLS WARMUP ROUNDS}. Prints one line per round: {@code median_us p99_us}.
 */
public final class JavaConfigClient {

    private JavaConfigClient() {
    }

    public static void main(String[] args) throws Exception {
        String address = args[0];
        int calls = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        try (Client client = Client.create()) {
            ServiceHandle service = client.makeServiceHandle(address);
            for (int i = 0; i < warmup; i++) {
                service.config();
            }
            long[] times = new long[calls];
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < calls; i++) {
                    long start = System.nanoTime();
                    service.config();
                    times[i] = System.nanoTime() - start;
                }
                Arrays.sort(times);
                System.out.printf("%.1f %.1f%n", times[calls / 2] / 1e3, times[(int) (calls * 0.99)] / 1e3);
            }
        }
    }
}
