/**
 * The module SPI: what a module bundle implements so that Bedrock can create its providers and
 * clients, and the runtime objects (pools, xstreams, abt_io instances, groups, provider handles,
 * the RPC engine) that Bedrock hands to a module.
 *
 * <p>A module bundle registers one {@link bedrock.api.module.ModuleFactory} service per module
 * type, usually as a Declarative Services component annotated with
 * {@link bedrock.api.module.BedrockModule}:
 *
 * <pre>{@code
 * @Component(service = ModuleFactory.class)
 * @BedrockModule("yokan")
 * public class YokanFactory implements ModuleFactory { ... }
 * }</pre>
 */
@Export
@Version("1.0.0")
package bedrock.api.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
