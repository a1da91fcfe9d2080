/**
 * JSON text to and from JSON-like Java values ({@code Map<String,Object>}, {@code List<Object>},
 * {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code null}), the form in which
 * configurations cross Bedrock's API.
 */
@Export
@Version("1.1.0")
package bedrock.api.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
