/**
 * The client side: connect to Bedrock daemons by address, read and query their configuration, and
 * change them while they run. Shaped after upstream's Python {@code mochi.bedrock.client} module.
 * A {@link bedrock.api.client.Client} needs no OSGi framework.
 *
 * <pre>{@code
 * try (Client client = Client.create()) {
 *     ServiceHandle service = client.makeServiceHandle("tcp://127.0.0.1:5000", 0);
 *     Map<String, Object> config = service.config();
 *     service.addPool(Map.of("name", "new_pool", "kind", "fifo_wait", "access", "mpmc"));
 *     int id = service.addProvider(Map.of("name", "db", "type", "yokan", "provider_id", 99));
 * }
 * }</pre>
 */
@Export
@Version("1.1.0")
package bedrock.api.client;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
