package bedrock.runtime.internal.server;

import bedrock.api.module.RpcEngine;
import bedrock.runtime.internal.rpc.NettyRpcEngine;

/** Starts a Netty RPC engine per service. */
public final class NettyEngines implements EngineFactory {

    @Override
    public Engine start(String address) {
        NettyRpcEngine engine = NettyRpcEngine.builder().address(address).build().start();
        return new Engine() {
            @Override
            public RpcEngine rpc() {
                return engine;
            }

            @Override
            public void close() {
                engine.close();
            }
        };
    }
}
