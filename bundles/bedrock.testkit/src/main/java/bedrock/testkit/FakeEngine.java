package bedrock.testkit;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import bedrock.api.module.Pool;
import bedrock.api.module.ProviderHandle;
import bedrock.api.module.RpcEngine;
import bedrock.api.module.RpcHandler;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * An in-memory RPC engine: registered handlers live in a map and a handle's call runs the
 * handler as a task of its pool, as the real engine does, without any transport.
 */
public final class FakeEngine implements RpcEngine {

    public static final String ADDRESS = "fake://self";

    private record Key(String rpcName, int providerId) {
    }

    private record Entry(Pool pool, RpcHandler handler) {
    }

    private final Map<Key, Entry> rpcs = new ConcurrentHashMap<>();

    @Override
    public String address() {
        return ADDRESS;
    }

    @Override
    public Registration register(String rpcName, int providerId, Pool pool, RpcHandler handler) {
        Key key = new Key(rpcName, providerId);
        Entry entry = new Entry(pool, handler);
        if (rpcs.putIfAbsent(key, entry) != null) {
            throw new BedrockException("RPC " + rpcName + " already registered for " + providerId);
        }
        return () -> rpcs.remove(key, entry);
    }

    public boolean isRegistered(String rpcName, int providerId) {
        return rpcs.containsKey(new Key(rpcName, providerId));
    }

    @Override
    public ProviderHandle providerHandle(String address, int providerId, String type) {
        return new Handle(address, providerId, type);
    }

    @Override
    public Duration defaultTimeout() {
        return Duration.ofSeconds(5);
    }

    private final class Handle implements ProviderHandle {

        private final String address;
        private final int providerId;
        private final String type;

        Handle(String address, int providerId, String type) {
            this.address = address;
            this.providerId = providerId;
            this.type = type;
        }

        @Override
        public String address() {
            return address;
        }

        @Override
        public int providerId() {
            return providerId;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public CompletableFuture<byte[]> callAsync(String rpcName, byte[] request, Duration timeout) {
            Entry entry = rpcs.get(new Key(rpcName, providerId));
            if (entry == null) {
                return CompletableFuture.failedFuture(new ClientException("No RPC " + rpcName
                        + " for provider " + providerId + " at " + address));
            }
            CompletableFuture<byte[]> result = new CompletableFuture<>();
            entry.pool().execute(() -> {
                try {
                    result.complete(entry.handler().handle(request));
                } catch (Exception e) {
                    result.completeExceptionally(new ClientException(e.getMessage(), e));
                }
            });
            return result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public CompletableFuture<byte[]> callAsync(String rpcName, byte[] request) {
            return callAsync(rpcName, request, defaultTimeout());
        }

        @Override
        public byte[] call(String rpcName, byte[] request) {
            try {
                return callAsync(rpcName, request).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof ClientException ce) {
                    throw ce;
                }
                throw new ClientException(String.valueOf(e.getCause()), e.getCause());
            }
        }
    }
}
