package bedrock.api.graph;

import bedrock.api.graph.DependencyGraph.Edge;
import bedrock.api.graph.DependencyGraph.Node;

/** Writes a graph in Graphviz DOT. */
final class DotWriter {

    private DotWriter() {
    }

    static String write(DependencyGraph graph) {
        StringBuilder out = new StringBuilder("digraph bedrock {\n");
        out.append("    rankdir=TB;\n");
        out.append("    node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
        out.append("    edge [fontname=\"Helvetica\", fontsize=10];\n");
        for (Node node : graph.nodes()) {
            String label = node.detail().isEmpty() ? node.name() : node.name() + "\n" + node.detail();
            out.append("    ").append(quote(node.id()))
                    .append(" [label=").append(quote(label))
                    .append(", fillcolor=").append(quote(Palette.fill(node.kind())))
                    .append(", color=").append(quote(Palette.stroke(node.kind())))
                    .append("];\n");
        }
        for (Edge edge : graph.edges()) {
            out.append("    ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()));
            StringBuilder attrs = new StringBuilder();
            if (!edge.label().isEmpty()) {
                attrs.append("label=").append(quote(edge.label()));
            }
            if (edge.handle()) {
                attrs.append(attrs.length() > 0 ? ", " : "").append("style=dashed");
            }
            out.append(attrs.length() > 0 ? " [" + attrs + "]" : "").append(";\n");
        }
        return out.append("}\n").toString();
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, line breaks as {@code \n}. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
