package bench.rpc;

import java.util.concurrent.CompletableFuture;

/** Something to ping: one request of the benchmark's payload, answered by the same bytes. */
interface Target extends AutoCloseable {

    /** A short name for the report. */
    String name();

    /** Sends one message; the future completes when its answer arrives. Any thread. */
    CompletableFuture<?> ping();

    @Override
    void close() throws Exception;
}
