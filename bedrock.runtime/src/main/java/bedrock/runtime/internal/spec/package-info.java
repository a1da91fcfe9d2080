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
 *
 * <p>Deliberate differences from upstream Bedrock v0.14 / Margo, each for a reason:
 * <ul>
 * <li>every problem of a spec is reported at once, each with its JSON Pointer, before anything is
 *     created (upstream stops at the first error, without a path);</li>
 * <li>a repeated member name in one JSON object, and text after the top-level value, are parse
 *     errors (upstream keeps the last member silently);</li>
 * <li>an object member whose {@code __if__} fails is removed, not set to {@code null}, and
 *     {@code __if__} is removed from kept objects so it never reaches a module's config;</li>
 * <li>{@code mona} and other unknown top-level keys are ignored; {@code null} sections are absent;</li>
 * <li>{@code ssg} bootstrap {@code mpi} and {@code pmix} (and {@code mpi|join}/{@code pmix|join}
 *     without a group file) are refused: there is no MPI on the JVM;</li>
 * <li>a progress pool served by no xstream is refused (upstream hangs);</li>
 * <li>pool indices in the margo section (scheduler pools, {@code progress_pool},
 *     {@code rpc_pool}) count the user's pools then the implicit {@code __primary__} pool;
 *     elsewhere they index the final pool list; scheduler pools may name the implicit
 *     {@code __primary__} pool (Margo refuses both);</li>
 * <li>generated {@code __pool_k__}/{@code __xstream_k__} names skip names given later in the
 *     list (Margo could produce a duplicate);</li>
 * <li>an xstream must have a scheduler listing at least one pool (an xstream without pools would
 *     never run anything);</li>
 * <li>a provider id left to the runtime stays 65535 in the completed spec, and the runtime never
 *     assigns Bedrock's own id (legacy upstream gave it away);</li>
 * <li>library locations, provider/client types must be non-empty strings; a library may be
 *     {@code null} when a bundle already provides the module;</li>
 * <li>the completed {@code margo} has no {@code plumber} and no {@code progress_spindown_msec}
 *     (both accepted and ignored), and {@code abt_io} configs have no library {@code version}.</li>
 * </ul>
 */
package bedrock.runtime.internal.spec;
