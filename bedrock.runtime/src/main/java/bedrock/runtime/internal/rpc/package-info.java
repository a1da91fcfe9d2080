/**
 * The RPC engine: length-prefixed binary frames over Netty TCP connections, serving RPCs that
 * providers register and calling remote providers through pooled connections.
 *
 * <p>Private to the runtime bundle (not exported). The entry point is
 * {@link bedrock.runtime.internal.rpc.NettyRpcEngine}; addresses are parsed by
 * {@link bedrock.runtime.internal.rpc.Addresses}.
 */
package bedrock.runtime.internal.rpc;
