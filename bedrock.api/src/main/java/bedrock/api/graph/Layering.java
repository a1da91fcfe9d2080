package bedrock.api.graph;

import bedrock.api.graph.DependencyGraph.Edge;
import bedrock.api.graph.DependencyGraph.Kind;
import bedrock.api.graph.DependencyGraph.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns each node a layer: one below the deepest node that depends on it (Kahn's order; a
 * cycle, which a created service cannot have but a hand-written spec can, is broken at its
 * first node). Nodes nobody depends on that are not providers or clients (an unused pool, say)
 * move down to just above what they depend on, or to the bottom layer.
 */
record Layering(List<List<Node>> layers, Map<String, List<String>> preds, Map<String, List<String>> succs) {

    static Layering of(DependencyGraph graph) {
        Map<String, List<String>> preds = new LinkedHashMap<>();
        Map<String, List<String>> succs = new LinkedHashMap<>();
        Map<String, Node> byId = new LinkedHashMap<>();
        graph.nodes().forEach(n -> {
            byId.put(n.id(), n);
            preds.put(n.id(), new ArrayList<>());
            succs.put(n.id(), new ArrayList<>());
        });
        for (Edge e : graph.edges()) {
            if (byId.containsKey(e.from()) && byId.containsKey(e.to()) && !e.from().equals(e.to())
                    && !succs.get(e.from()).contains(e.to())) {
                succs.get(e.from()).add(e.to());
                preds.get(e.to()).add(e.from());
            }
        }
        Map<String, Integer> layer = longestPath(byId, preds, succs);
        sinkSources(byId, preds, succs, layer);
        int count = layer.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<Node>> layers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            layers.add(new ArrayList<>());
        }
        byId.values().stream()
                .sorted(Comparator.comparingInt((Node n) -> n.kind().ordinal()))
                .forEach(n -> layers.get(layer.get(n.id())).add(n));
        return new Layering(layers, preds, succs);
    }

    private static Map<String, Integer> longestPath(Map<String, Node> byId, Map<String, List<String>> preds,
            Map<String, List<String>> succs) {
        Map<String, Integer> waiting = new HashMap<>();
        preds.forEach((id, p) -> waiting.put(id, p.size()));
        Map<String, Integer> layer = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        byId.keySet().stream().filter(id -> waiting.get(id) == 0).forEach(ready::add);
        while (layer.size() < byId.size()) {
            if (ready.isEmpty()) {
                // a cycle: start from its first node in graph order
                byId.keySet().stream().filter(id -> !layer.containsKey(id)).findFirst().ifPresent(ready::add);
            }
            String id = ready.poll();
            if (layer.containsKey(id)) {
                continue;
            }
            int mine = preds.get(id).stream().filter(layer::containsKey)
                    .mapToInt(p -> layer.get(p) + 1).max().orElse(0);
            layer.put(id, mine);
            for (String next : succs.get(id)) {
                if (waiting.merge(next, -1, Integer::sum) == 0 && !layer.containsKey(next)) {
                    ready.add(next);
                }
            }
        }
        return layer;
    }

    private static void sinkSources(Map<String, Node> byId, Map<String, List<String>> preds,
            Map<String, List<String>> succs, Map<String, Integer> layer) {
        int bottom = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (Node node : byId.values()) {
            Kind kind = node.kind();
            if (!preds.get(node.id()).isEmpty() || kind == Kind.PROVIDER || kind == Kind.CLIENT) {
                continue;
            }
            int below = succs.get(node.id()).stream().mapToInt(layer::get).min().orElse(bottom + 1);
            layer.put(node.id(), Math.max(layer.get(node.id()), below - 1));
        }
    }
}
