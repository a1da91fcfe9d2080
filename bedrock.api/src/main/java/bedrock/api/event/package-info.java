/**
 * Runtime events of a Bedrock daemon, published on OSGi Typed Events topics under
 * {@value bedrock.api.event.Topics#PREFIX} and kept in a bounded journal that clients read with
 * {@link bedrock.api.client.ServiceHandle#watch()}.
 *
 * <p>Every event type is a plain record implementing {@link bedrock.api.event.BedrockEvent}. Inside
 * an OSGi framework, subscribe with the Typed Events whiteboard:
 *
 * <pre>{@code
 * @Component
 * @EventTopics("bedrock/pool/*")
 * public class PoolWatcher implements TypedEventHandler<EntityEvent> {
 *     public void notify(String topic, EntityEvent event) {
 *         System.out.println(topic + ": " + event.name() + " on " + event.address());
 *     }
 * }
 * }</pre>
 */
@Export
@Version("1.0.0")
package bedrock.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
