/**
 * The spec model: Java classes describing a Bedrock process configuration, the Java face of
 * upstream Python's {@code mochi.bedrock.spec}.
 *
 * <p>{@link bedrock.api.spec.ProcSpec} is the root. Every spec class converts to and from a
 * JSON-like map ({@code toMap()} / {@code fromMap(...)}) and JSON text ({@code toJson()} /
 * {@code fromJson(...)}), checks itself ({@code validate()} throws the first problem as a
 * {@link bedrock.api.BedrockException} carrying a JSON Pointer, {@code problems()} lists them
 * all), and compares by value: two specs are equal when their {@code toMap()} forms are equal.
 *
 * <p>JSON-like values are {@link java.util.LinkedHashMap} (objects), {@link java.util.List}
 * (arrays), {@link String}, {@link Long} (integers), {@link Double} (other numbers),
 * {@link Boolean} and {@code null}. Keys produced by {@code toMap()} are sorted, like the
 * completed configuration a running daemon reports.
 *
 * <p>Example:
 * <pre>{@code
 * ProcSpec spec = ProcSpec.fromJson("{\"providers\":[{\"name\":\"p\",\"type\":\"yokan\"}]}");
 * spec.validate();
 * String json = spec.toJson(true);
 * }</pre>
 */
@Export
@Version("1.0.0")
package bedrock.api.spec;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
