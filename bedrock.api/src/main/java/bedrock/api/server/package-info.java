/**
 * The server side: a running Bedrock service and its managers, shaped after upstream's Python
 * {@code mochi.bedrock.server} module.
 *
 * <p>From a plain Java program, start one with {@link bedrock.api.server.Server#start}: it boots an
 * embedded OSGi framework hosting the runtime (the launcher jar must be on the class path). Inside
 * an OSGi container, use the {@link bedrock.api.server.ServerFactory} service that the runtime
 * bundle registers.
 *
 * <pre>{@code
 * try (Server server = Server.start("tcp", Map.of("libraries", Map.of("module_a", "mvn:..."))) {
 *     server.pools().create(Map.of("name", "my_pool"));
 *     System.out.println(server.config());
 * }
 * }</pre>
 */
@Export
@Version("1.1.0")
package bedrock.api.server;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
