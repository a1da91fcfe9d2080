/**
 * The yokan database as other bundles see it: {@link bedrock.module.yokan.api.YokanDatabase},
 * implemented both by a local yokan provider (what a dependency of kind {@code provider}
 * receives) and by a remote handle (kind {@code provider_handle}).
 */
@Export
@Version("1.0.0")
package bedrock.module.yokan.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
