package bench.rpc;

import bedrock.api.module.ProviderHandle;
import bedrock.runtime.internal.rpc.NettyRpcEngine;
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

    RpcTarget(Transport transport, boolean inlinePool, byte[] payload) {
        this.name = inlinePool ? "rpc (inline)" : "rpc (pool)";
        this.payload = payload;
        this.pool = new BenchPool(inlinePool);
        this.server = NettyRpcEngine.builder().transport(transport).ioThreads(1).build().start();
        this.client = NettyRpcEngine.builder().clientOnly().transport(transport).ioThreads(1)
                .defaultTimeout(Duration.ofSeconds(30)).build().start();
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
