/**
 * Bedrock over the network: the management RPCs a service serves ({@link
 * bedrock.runtime.internal.net.BedrockRpcs}), the client side of the public API ({@link
 * bedrock.runtime.internal.net.NetClientFactory}), and remote dependency lookups ({@link
 * bedrock.runtime.internal.net.NetRemoteProviders}).
 *
 * <p>Payloads are compact JSON: a request is an object of named arguments (empty for
 * {@code bedrock_get_config}), a response is the result's JSON value ({@code null} when there is
 * none). Errors travel as the engine's error responses, carrying the server's message and JSON path.
 */
package bedrock.runtime.internal.net;
