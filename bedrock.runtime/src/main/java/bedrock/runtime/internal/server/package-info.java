/**
 * A running Bedrock service: start-up from a spec in creation order with all-or-nothing
 * semantics, the managers of the {@code Server} API, runtime changes as transactions, and the
 * completed configuration.
 */
package bedrock.runtime.internal.server;
