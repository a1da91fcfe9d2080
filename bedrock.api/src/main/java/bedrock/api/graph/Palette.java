package bedrock.api.graph;

import bedrock.api.graph.DependencyGraph.Kind;

/** Fill and stroke colours per node kind, shared by the DOT and SVG writers. */
final class Palette {

    private Palette() {
    }

    static String fill(Kind kind) {
        return switch (kind) {
            case PROVIDER -> "#dbeafe";
            case CLIENT -> "#dcfce7";
            case POOL -> "#fef3c7";
            case XSTREAM -> "#ffedd5";
            case ABT_IO -> "#ede9fe";
            case SSG -> "#fce7f3";
            case REMOTE -> "#f1f5f9";
            case MISSING -> "#fee2e2";
        };
    }

    static String stroke(Kind kind) {
        return switch (kind) {
            case PROVIDER -> "#1d4ed8";
            case CLIENT -> "#15803d";
            case POOL -> "#b45309";
            case XSTREAM -> "#c2410c";
            case ABT_IO -> "#6d28d9";
            case SSG -> "#be185d";
            case REMOTE -> "#475569";
            case MISSING -> "#b91c1c";
        };
    }
}
