/**
 * The heart of a Bedrock service, in plain Java: the module registry, the client and provider
 * managers and the dependency finder. Collaborators come in through constructors; nothing here
 * sees a {@code BundleContext}.
 */
package bedrock.runtime.internal.core;
