/**
 * Bedrock's user-facing exception types and shared constants.
 */
@Export
@Version("1.0.0")
package bedrock.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
