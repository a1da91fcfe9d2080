package bedrock.api.graph;

import bedrock.api.graph.DependencyGraph.Edge;
import bedrock.api.graph.DependencyGraph.Node;
import bedrock.api.graph.Layout.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Draws a laid-out graph as a standalone SVG document. */
final class SvgWriter {

    private static final String FONT = "font-family=\"Helvetica, Arial, sans-serif\"";

    private SvgWriter() {
    }

    static String write(DependencyGraph graph, Layout layout) {
        double width = Math.max(layout.width(), 200);
        double height = Math.max(layout.height(), 60);
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bedrock-graph\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width))
                .append(' ').append(num(height)).append("\">\n");
        out.append("<defs><marker id=\"bedrock-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
                + " markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\""
                + " fill=\"#475569\"/></marker></defs>\n");
        if (graph.nodes().isEmpty()) {
            out.append("<text x=\"20\" y=\"35\" ").append(FONT).append(" font-size=\"13\">(no entities)</text>\n");
        }
        List<Edge> edges = Layout.drawable(graph, layout);
        Map<Edge, double[]> ends = EdgeEnds.of(edges, layout);
        for (Edge edge : edges) {
            edge(out, edge, ends.get(edge));
        }
        for (Node node : graph.nodes()) {
            node(out, node, layout.boxes().get(node.id()));
        }
        return out.append("</svg>\n").toString();
    }

    private static void node(StringBuilder out, Node node, Box box) {
        String kind = Layout.kindLabel(node.kind());
        String second = node.detail().isEmpty() ? kind : kind + " " + node.detail();
        out.append("<g class=\"node ").append(kind).append("\" data-id=\"").append(escape(node.id())).append("\">")
                .append("<title>").append(escape(second + ": " + node.name())).append("</title>")
                .append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y()))
                .append("\" width=\"").append(num(box.w())).append("\" height=\"").append(num(box.h()))
                .append("\" rx=\"8\" fill=\"").append(Palette.fill(node.kind()))
                .append("\" stroke=\"").append(Palette.stroke(node.kind())).append("\" stroke-width=\"1.5\"/>")
                .append(text(box.centerX(), box.y() + 18, 13, "bold", node.name()))
                .append(text(box.centerX(), box.y() + 35, 11, "normal", second))
                .append("</g>\n");
    }

    private static String text(double x, double y, int size, String weight, String content) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"middle\" " + FONT
                + " font-size=\"" + size + "\" font-weight=\"" + weight + "\" fill=\"#0f172a\">"
                + escape(content) + "</text>";
    }

    private static void edge(StringBuilder out, Edge edge, double[] p) {
        out.append("<g class=\"edge").append(edge.handle() ? " handle" : "").append("\" data-from=\"")
                .append(escape(edge.from())).append("\" data-to=\"").append(escape(edge.to())).append("\">")
                .append("<line x1=\"").append(num(p[0])).append("\" y1=\"").append(num(p[1]))
                .append("\" x2=\"").append(num(p[2])).append("\" y2=\"").append(num(p[3]))
                .append("\" stroke=\"#475569\" stroke-width=\"1.2\"")
                .append(edge.handle() ? " stroke-dasharray=\"6 4\"" : "")
                .append(" marker-end=\"url(#bedrock-arrow)\"/>");
        if (!edge.label().isEmpty()) {
            double x = p[0] + (p[2] - p[0]) * 0.45;
            double y = p[1] + (p[3] - p[1]) * 0.45;
            out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"middle\" ").append(FONT)
                    .append(" font-size=\"10\" fill=\"#334155\" stroke=\"#ffffff\" stroke-width=\"3\""
                            + " paint-order=\"stroke\">")
                    .append(escape(edge.label())).append("</text>");
        }
        out.append("</g>\n");
    }

    /** Escapes XML text and attribute values; characters XML 1.0 forbids become U+FFFD. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                        || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    static String num(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** Where each edge starts and ends: spread along the sides, ordered to avoid needless crossings. */
    private static final class EdgeEnds {

        static Map<Edge, double[]> of(List<Edge> edges, Layout layout) {
            Map<String, Box> boxes = layout.boxes();
            Map<String, List<Edge>> out = new HashMap<>();
            Map<String, List<Edge>> in = new HashMap<>();
            for (Edge e : edges) {
                out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
                in.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
            }
            Map<Edge, double[]> ends = new HashMap<>();
            for (Edge e : edges) {
                Box from = boxes.get(e.from());
                Box to = boxes.get(e.to());
                boolean down = to.y() > from.y();
                boolean same = to.y() == from.y();
                double x1 = spread(from, out.get(e.from()), e, boxes, true);
                double x2 = spread(to, in.get(e.to()), e, boxes, false);
                double y1 = same ? from.y() + from.h() / 2 : down ? from.y() + from.h() : from.y();
                double y2 = same ? to.y() + to.h() / 2 : down ? to.y() : to.y() + to.h();
                if (same) {
                    boolean right = to.x() > from.x();
                    x1 = right ? from.x() + from.w() : from.x();
                    x2 = right ? to.x() : to.x() + to.w();
                }
                ends.put(e, new double[] {x1, y1, x2, y2});
            }
            return ends;
        }

        private static double spread(Box box, List<Edge> group, Edge edge, Map<String, Box> boxes, boolean outgoing) {
            List<Edge> sorted = new ArrayList<>(group);
            sorted.sort(Comparator.comparingDouble(e -> boxes.get(outgoing ? e.to() : e.from()).centerX()));
            int k = sorted.indexOf(edge);
            return box.x() + box.w() * (k + 1) / (sorted.size() + 1);
        }
    }
}
