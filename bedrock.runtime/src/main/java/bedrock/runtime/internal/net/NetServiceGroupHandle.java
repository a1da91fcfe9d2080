package bedrock.runtime.internal.net;

import bedrock.api.ClientException;
import bedrock.api.client.Client;
import bedrock.api.client.ServiceGroupHandle;
import bedrock.api.client.ServiceHandle;
import bedrock.api.server.QueryResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A {@link ServiceGroupHandle}: members by rank, from an address list or a group file. Broadcasts
 * send every request at once, wait for all, and then raise the first failure in rank order.
 * Thread-safe: {@link #refresh()} swaps the member list atomically.
 */
final class NetServiceGroupHandle implements ServiceGroupHandle {

    private final NetClient client;
    private final int providerId;
    private final Path file;
    private volatile List<NetServiceHandle> members;

    private NetServiceGroupHandle(NetClient client, int providerId, Path file, List<String> addresses) {
        this.client = client;
        this.providerId = providerId;
        this.file = file;
        this.members = handles(addresses);
    }

    static NetServiceGroupHandle ofAddresses(NetClient client, List<String> addresses, int providerId) {
        return new NetServiceGroupHandle(client, providerId, null, List.copyOf(addresses));
    }

    static NetServiceGroupHandle ofFile(NetClient client, Path file, int providerId) {
        return new NetServiceGroupHandle(client, providerId, file, FlockFile.addresses(file));
    }

    private List<NetServiceHandle> handles(List<String> addresses) {
        return addresses.stream().map(a -> new NetServiceHandle(client, a, providerId)).toList();
    }

    @Override
    public Client client() {
        return client;
    }

    @Override
    public void refresh() {
        if (file == null) {
            throw new ClientException("ServiceGroupHandle not associated with a group file "
                    + "(it was made from a list of addresses)");
        }
        members = handles(FlockFile.addresses(file));
    }

    @Override
    public int size() {
        return members.size();
    }

    @Override
    public ServiceHandle get(int rank) {
        List<NetServiceHandle> current = members;
        if (rank < 0 || rank >= current.size()) {
            throw new ClientException("Invalid index " + rank);
        }
        return current.get(rank);
    }

    @Override
    public Map<String, Map<String, Object>> config() {
        return NetClient.await(configAsync());
    }

    @Override
    public CompletableFuture<Map<String, Map<String, Object>>> configAsync() {
        return broadcast(NetServiceHandle::configAsync);
    }

    @Override
    public Map<String, QueryResult> query(String script) {
        return NetClient.await(queryAsync(script));
    }

    @Override
    public CompletableFuture<Map<String, QueryResult>> queryAsync(String script) {
        return broadcast(member -> member.queryAsync(script));
    }

    private <T> CompletableFuture<Map<String, T>> broadcast(
            Function<NetServiceHandle, CompletableFuture<T>> request) {
        List<NetServiceHandle> current = members;
        List<CompletableFuture<T>> calls = new ArrayList<>(current.size());
        for (NetServiceHandle member : current) {
            calls.add(request.apply(member));
        }
        // allOf completes only when every call has, whatever their outcome.
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                .handle((ignored, anyError) -> {
                    Map<String, T> out = new LinkedHashMap<>();
                    for (int i = 0; i < calls.size(); i++) {
                        CompletableFuture<T> call = calls.get(i);
                        if (call.isCompletedExceptionally()) {
                            call.join(); // throws this member's CompletionException: first in rank order
                        }
                        out.put(current.get(i).address(), call.join());
                    }
                    return out;
                });
    }

    @Override
    public String toString() {
        return "ServiceGroupHandle[" + members.size() + " members" + (file == null ? "" : ", " + file) + "]";
    }
}
