package bedrock.runtime.internal.server;

import bedrock.api.module.RpcEngine;

/** Starts the RPC engine of a service at an address ({@code tcp}, {@code tcp://host:port}, ...). */
@FunctionalInterface
public interface EngineFactory {

    /** A started engine; closing it stops serving and fails pending calls. */
    Engine start(String address);

    /** A started engine. */
    interface Engine extends AutoCloseable {

        RpcEngine rpc();

        @Override
        void close();
    }
}
