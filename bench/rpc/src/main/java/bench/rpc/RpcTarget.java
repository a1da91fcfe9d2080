package bench.rpc;

import bedrock.api.module.ProviderHandle;
import bedrock.runtime.internal.rpc.NettyRpcEngine;
import bedrock.runtime.internal.rpc.NettyRpcEngineBuilder;
import bedrock.runtime.internal.rpc.Transport;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A Bedrock RPC: a server engine with an echo handler on a pool, called through a provider handle. */
final class RpcTarget implements Target {

    private final String name;
    private final BenchPool pool;
    private final NettyRpcEngine server;
    private final NettyRpcEngine client;
    private final ProviderHandle handle;
    private final byte[] payload;

    /**
     * @param poolKind one of {@link BenchPool#KINDS}
     * @param name the target's name in the report
     * @param waits null for the defaults (the {@code bedrock.rpc.*SpinMicros} properties), else
     *     {@code CALL/RESPONSE} in microseconds: the engines' {@code callSpin} and {@code responseSpin}
     */
    RpcTarget(Transport transport, String poolKind, String name, byte[] payload, String waits) {
        this.name = name;
        this.payload = payload;
        this.pool = new BenchPool(poolKind);
        NettyRpcEngineBuilder serverBuilder = NettyRpcEngine.builder().transport(transport).ioThreads(1);
        NettyRpcEngineBuilder clientBuilder = NettyRpcEngine.builder().clientOnly().transport(transport)
                .ioThreads(1).defaultTimeout(Duration.ofSeconds(30));
        if (waits != null) {
            String[] parts = waits.split("/");
            clientBuilder.callSpin(Duration.ofNanos(1000 * Long.parseLong(parts[0])));
            serverBuilder.responseSpin(Duration.ofNanos(1000 * Long.parseLong(parts[1])));
        }
        this.server = serverBuilder.build().start();
        this.client = clientBuilder.build().start();
        server.register("echo", 1, pool, request -> request);
        this.handle = client.providerHandle(server.address(), 1, "bench");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CompletableFuture<?> ping() {
        return handle.callAsync("echo", payload);
    }

    /** The synchronous call, as module clients make it. */
    byte[] call() {
        return handle.call("echo", payload);
    }

    @Override
    public void close() throws Exception {
        client.close();
        server.close();
        pool.close();
    }
}
