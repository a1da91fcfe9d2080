/**
 * Module {@code yokan}: a key-value store. The factory creates providers over one of three
 * backends, clients, and typed handles; the wire format of its RPCs is described in
 * {@link bedrock.module.yokan.Wire}. Private to the bundle: other bundles use
 * {@link bedrock.module.yokan.api.YokanDatabase}.
 */
package bedrock.module.yokan;
