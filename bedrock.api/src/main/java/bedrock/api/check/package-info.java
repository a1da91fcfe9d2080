/**
 * Checking a spec without starting anything: {@link bedrock.api.check.SpecChecker}, a service of
 * the runtime, reports every problem of a spec with its JSON path, and the spec as the runtime
 * would complete it.
 */
@Export
@Version("1.0.0")
package bedrock.api.check;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
