/**
 * Spec handling for the runtime: parsing JSON text ({@link bedrock.runtime.internal.spec.SpecText}),
 * expanding simplified dotted keys ({@link bedrock.runtime.internal.spec.DottedKeys}), pruning
 * {@code __if__} conditions ({@link bedrock.runtime.internal.spec.IfConditions}), validating a
 * whole spec before anything is created ({@link bedrock.runtime.internal.spec.SpecValidator}) or
 * one item added to a running service ({@link bedrock.runtime.internal.spec.ItemValidator}), and
 * completing a valid spec with every default ({@link bedrock.runtime.internal.spec.SpecCompleter},
 * {@link bedrock.runtime.internal.spec.MargoCompleter}).
 *
 * <p>Specs are plain JSON-like Java values: {@code LinkedHashMap<String, Object>},
 * {@code ArrayList<Object>}, {@code String}, {@code Long}, {@code Double}, {@code Boolean} and
 * {@code null}. Nothing here depends on OSGi; the package is private to the runtime bundle.
 */
package bedrock.runtime.internal.spec;
