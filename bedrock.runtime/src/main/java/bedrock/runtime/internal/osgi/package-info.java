/**
 * The runtime's OSGi edge: the {@code ServerFactory} component, the whiteboard of module
 * factories, the bundle installer behind {@code libraries} / {@code load_module}, and the
 * publication of providers and clients as services.
 */
package bedrock.runtime.internal.osgi;
