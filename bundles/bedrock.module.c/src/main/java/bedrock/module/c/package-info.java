/**
 * Test module {@code module_c}, the generic dependency probe: its providers and clients declare
 * whatever dependencies their configuration lists ({@code expected_provider_dependencies},
 * {@code expected_client_dependencies}) and record what Bedrock resolved for them. Private to the
 * bundle: the factory is published as a {@link bedrock.api.module.ModuleFactory} service through
 * Declarative Services.
 */
package bedrock.module.c;
