/**
 * The dependency graph of a Bedrock service: which providers and clients depend on which
 * providers, clients, pools, xstreams, {@code abt_io} instances and groups, read from a completed
 * configuration and written as Graphviz DOT or as a self-contained SVG drawing.
 */
@Export
@Version("1.0.0")
package bedrock.api.graph;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
