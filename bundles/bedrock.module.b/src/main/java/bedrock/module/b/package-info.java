/**
 * Test module {@code module_b}: providers and clients without dependencies that record what
 * Bedrock gave them, so that runtime tests can check identity, configuration, tags and pools.
 * Each provider serves one RPC, {@code module_b_hello}. Private to the bundle: the factory is
 * published as a {@link bedrock.api.module.ModuleFactory} service through Declarative Services.
 */
package bedrock.module.b;
