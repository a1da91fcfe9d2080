package bedrock.api.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dependency graph of a service, built from its completed configuration (what
 * {@code bedrock_get_config} returns; an uncompleted spec works too). Nodes are the service's
 * providers, clients, pools, xstreams, {@code abt_io} instances and groups, plus one node per remote
 * provider a handle points to and one per reference that names nothing the configuration holds.
 * Edges go from the one that depends to what it depends on: a provider or client to each of its
 * {@code dependencies} (labelled with the dependency's name, and {@code via <client>} for
 * provider handles), a provider to its pool, a pool to the xstreams that run it, and an
 * {@code abt_io} instance or group to its pool.
 *
 * <p>Example: {@code DependencyGraph.of(service.config()).toSvg()}. Immutable and thread-safe;
 * the same configuration always gives the same text. Values of the wrong JSON type are skipped,
 * never an error.
 */
public final class DependencyGraph {

    /** What a node stands for. */
    public enum Kind {
        PROVIDER, CLIENT, POOL, XSTREAM, ABT_IO, SSG,
        /** A provider on another daemon, reached through a provider handle. */
        REMOTE,
        /** A reference that names nothing in the configuration. */
        MISSING
    }

    /**
     * A node.
     *
     * @param id unique within the graph: {@code kind:name} (e.g. {@code provider:db}, {@code pool:p},
     *     {@code remote:yokan:42@tcp://127.0.0.1:5000})
     * @param kind what it stands for
     * @param name its name (for remote providers {@code type:id@address})
     * @param detail a second line: module type and provider id, pool kind, scheduler type..., or ""
     */
    public record Node(String id, Kind kind, String name, String detail) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * An edge from the node that depends to the node it depends on.
     *
     * @param from id of the dependent node
     * @param to id of the node depended on
     * @param label the dependency's name ({@code pool} for a provider's pool, "" for pool to xstream)
     * @param handle whether the dependency is a provider handle (drawn dashed)
     */
    public record Edge(String from, String to, String label, boolean handle) {
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(label, "label");
        }
    }

    private final List<Node> nodes;
    private final List<Edge> edges;

    private DependencyGraph(List<Node> nodes, List<Edge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
    }

    /**
     * The graph of a completed configuration.
     *
     * @param completedConfig a configuration as JSON-like values (maps, lists, strings, numbers)
     * @throws NullPointerException if it is null
     */
    public static DependencyGraph of(Map<String, Object> completedConfig) {
        GraphReader reader = new GraphReader(Objects.requireNonNull(completedConfig, "completedConfig"));
        return new DependencyGraph(reader.nodes(), reader.edges());
    }

    /** The nodes: providers, clients, pools, xstreams, abt_io, groups, remote and missing targets, in that order. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The edges, in the order of the configuration. */
    public List<Edge> edges() {
        return edges;
    }

    /** The graph in Graphviz DOT ({@code digraph bedrock { ... }}). */
    public String toDot() {
        return DotWriter.write(this);
    }

    /**
     * The graph as a standalone SVG document, laid out in layers (dependents above what they
     * depend on), with no script and no external reference. Each node is a {@code <g>} with
     * classes {@code node} and its kind in lower case, and a {@code data-id} attribute holding its id.
     */
    public String toSvg() {
        return SvgWriter.write(this, Layout.of(this));
    }
}
