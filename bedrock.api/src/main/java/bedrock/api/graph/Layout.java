package bedrock.api.graph;

import bedrock.api.graph.DependencyGraph.Edge;
import bedrock.api.graph.DependencyGraph.Kind;
import bedrock.api.graph.DependencyGraph.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic layered layout: dependents above what they depend on (longest path from the
 * nodes nobody depends on), nodes in a layer ordered by the mean position of their neighbours
 * (a few barycentre sweeps), each layer centred.
 */
record Layout(Map<String, Box> boxes, double width, double height) {

    /** A node's rectangle; (x, y) is its top-left corner. */
    record Box(double x, double y, double w, double h) {
        double centerX() {
            return x + w / 2;
        }
    }

    static final double NODE_HEIGHT = 44;
    static final double CHAR_WIDTH = 7.2;
    private static final double H_GAP = 36;
    private static final double V_GAP = 90;
    private static final double MARGIN = 20;
    private static final int SWEEPS = 4;

    static Layout of(DependencyGraph graph) {
        Layering layering = Layering.of(graph);
        List<List<Node>> layers = layering.layers();
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int i = 0; i < layers.size(); i++) {
                int layer = down ? i : layers.size() - 1 - i;
                reorder(layers.get(layer), down ? layering.preds() : layering.succs(), position(layers));
            }
        }
        return place(layers);
    }

    private static Map<String, Integer> position(List<List<Node>> layers) {
        Map<String, Integer> pos = new HashMap<>();
        for (List<Node> layer : layers) {
            for (int i = 0; i < layer.size(); i++) {
                pos.put(layer.get(i).id(), i);
            }
        }
        return pos;
    }

    /** Stable sort by the mean position of the neighbours; a node without any keeps its own. */
    private static void reorder(List<Node> layer, Map<String, List<String>> neighbours, Map<String, Integer> pos) {
        Map<String, Double> key = new HashMap<>();
        for (Node node : layer) {
            List<String> near = neighbours.getOrDefault(node.id(), List.of());
            double own = pos.get(node.id());
            key.put(node.id(), near.isEmpty() ? own
                    : near.stream().mapToInt(pos::get).average().orElse(own));
        }
        layer.sort(Comparator.comparingDouble(n -> key.get(n.id())));
    }

    private static Layout place(List<List<Node>> layers) {
        double widest = 0;
        List<Double> widths = new ArrayList<>();
        for (List<Node> layer : layers) {
            double w = layer.stream().mapToDouble(Layout::nodeWidth).sum() + H_GAP * Math.max(0, layer.size() - 1);
            widths.add(w);
            widest = Math.max(widest, w);
        }
        Map<String, Box> boxes = new LinkedHashMap<>();
        for (int l = 0; l < layers.size(); l++) {
            double x = MARGIN + (widest - widths.get(l)) / 2;
            double y = MARGIN + l * (NODE_HEIGHT + V_GAP);
            for (Node node : layers.get(l)) {
                double w = nodeWidth(node);
                boxes.put(node.id(), new Box(x, y, w, NODE_HEIGHT));
                x += w + H_GAP;
            }
        }
        double height = layers.isEmpty() ? 0 : layers.size() * NODE_HEIGHT + (layers.size() - 1) * V_GAP;
        return new Layout(boxes, widest + 2 * MARGIN, height + 2 * MARGIN);
    }

    static double nodeWidth(Node node) {
        int chars = Math.max(node.name().length(), node.detail().length() + kindLabel(node.kind()).length() + 1);
        return Math.max(90, Math.ceil(chars * CHAR_WIDTH) + 24);
    }

    /** The word shown before a node's detail line, e.g. {@code pool fifo_wait}. */
    static String kindLabel(Kind kind) {
        return kind == Kind.ABT_IO ? "abt_io" : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Used by the writers: edges whose two ends were laid out. */
    static List<Edge> drawable(DependencyGraph graph, Layout layout) {
        return graph.edges().stream()
                .filter(e -> layout.boxes().containsKey(e.from()) && layout.boxes().containsKey(e.to()))
                .toList();
    }
}
