package bedrock.api.graph;

import bedrock.api.graph.DependencyGraph.Edge;
import bedrock.api.graph.DependencyGraph.Kind;
import bedrock.api.graph.DependencyGraph.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the nodes and edges of a configuration; lenient about shapes (skips what it cannot read). */
final class GraphReader {

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Map<String, Node> missing = new LinkedHashMap<>();
    private final List<String> poolNames = new ArrayList<>();
    private final References references;

    GraphReader(Map<String, Object> config) {
        Map<String, Object> argobots = Shapes.map(Shapes.map(config.get("margo")).get("argobots"));
        Map<String, Object> mercury = Shapes.map(Shapes.map(config.get("margo")).get("mercury"));
        List<Map<String, Object>> providers = Shapes.items(config.get("providers"));
        List<Map<String, Object>> clients = Shapes.items(config.get("clients"));
        List<Map<String, Object>> pools = Shapes.items(argobots.get("pools"));
        List<Map<String, Object>> xstreams = Shapes.items(argobots.get("xstreams"));
        List<Map<String, Object>> abtIo = Shapes.items(config.get("abt_io"));
        List<Map<String, Object>> ssg = Shapes.items(config.get("ssg"));
        references = new References(Shapes.text(mercury.get("address")), providers, clients);
        add(providers, Kind.PROVIDER, p -> Shapes.text(p.get("type")) + ":" + Shapes.text(p.get("provider_id")));
        add(clients, Kind.CLIENT, c -> Shapes.text(c.get("type")));
        add(pools, Kind.POOL, p -> Shapes.text(p.get("kind")));
        add(xstreams, Kind.XSTREAM, x -> Shapes.text(Shapes.map(x.get("scheduler")).get("type")));
        add(abtIo, Kind.ABT_IO, a -> "");
        add(ssg, Kind.SSG, g -> Shapes.text(g.get("bootstrap")));
        pools.forEach(p -> poolNames.add(Shapes.text(p.get("name"))));
        providers.forEach(p -> componentEdges("provider:", p, true));
        clients.forEach(c -> componentEdges("client:", c, false));
        xstreams.forEach(this::xstreamEdges);
        abtIo.forEach(a -> poolEdge("abt_io:" + Shapes.text(a.get("name")), a.get("pool"), "pool"));
        ssg.forEach(g -> poolEdge("ssg:" + Shapes.text(g.get("name")), g.get("pool"), "pool"));
        missing.values().forEach(n -> nodes.put(n.id(), n));
    }

    List<Node> nodes() {
        return new ArrayList<>(nodes.values());
    }

    List<Edge> edges() {
        return edges;
    }

    private void add(List<Map<String, Object>> items, Kind kind, java.util.function.Function<Map<String, Object>, String> detail) {
        for (Map<String, Object> item : items) {
            String name = Shapes.text(item.get("name"));
            if (!name.isEmpty()) {
                String id = kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
                nodes.putIfAbsent(id, new Node(id, kind, name, detail.apply(item)));
            }
        }
    }

    private void componentEdges(String prefix, Map<String, Object> component, boolean hasPool) {
        String from = prefix + Shapes.text(component.get("name"));
        if (!nodes.containsKey(from)) {
            return;
        }
        if (hasPool && component.get("pool") != null) {
            poolEdge(from, component.get("pool"), "pool");
        }
        Shapes.map(component.get("dependencies")).forEach((dep, value) -> {
            List<Object> refs = value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
            for (Object ref : refs) {
                if (ref instanceof String text) {
                    dependencyEdge(from, dep, text);
                }
            }
        });
    }

    private void dependencyEdge(String from, String dep, String ref) {
        References.Target target = references.resolve(ref, nodes);
        String to = target.nodeId();
        if (!nodes.containsKey(to)) {
            missing.putIfAbsent(to, new Node(to, target.kind(), target.name(), target.detail()));
        }
        String label = target.client() == null ? dep : dep + " via " + target.client();
        addEdge(new Edge(from, to, label, target.handle()));
    }

    private void xstreamEdges(Map<String, Object> xstream) {
        String to = "xstream:" + Shapes.text(xstream.get("name"));
        for (Object pool : Shapes.list(Shapes.map(xstream.get("scheduler")).get("pools"))) {
            String name = poolName(pool);
            if (nodes.containsKey("pool:" + name) && nodes.containsKey(to)) {
                addEdge(new Edge("pool:" + name, to, "", false));
            }
        }
    }

    private void poolEdge(String from, Object pool, String label) {
        String name = poolName(pool);
        String to = "pool:" + name;
        if (!nodes.containsKey(to)) {
            to = "missing:pool:" + name;
            missing.putIfAbsent(to, new Node(to, Kind.MISSING, name, "pool"));
        }
        addEdge(new Edge(from, to, label, false));
    }

    /** The same dependency listed twice is drawn once. */
    private void addEdge(Edge edge) {
        if (!edges.contains(edge)) {
            edges.add(edge);
        }
    }

    /** Specs may give a pool by index into the pool list instead of by name. */
    private String poolName(Object pool) {
        if (pool instanceof Number n && n.intValue() >= 0 && n.intValue() < poolNames.size()) {
            return poolNames.get(n.intValue());
        }
        return Shapes.text(pool);
    }
}
