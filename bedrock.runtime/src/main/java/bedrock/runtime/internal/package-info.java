/** The runtime's implementation: private to the bundle, reached through services only. */
package bedrock.runtime.internal;
