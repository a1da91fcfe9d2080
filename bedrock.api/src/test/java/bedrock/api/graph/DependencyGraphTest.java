package bedrock.api.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.graph.DependencyGraph.Edge;
import bedrock.api.graph.DependencyGraph.Kind;
import bedrock.api.graph.DependencyGraph.Node;
import bedrock.api.json.Json;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    /** A completed configuration as a daemon at tcp://127.0.0.1:5000 reports it. */
    static final String CONFIG = """
        {"margo": {"mercury": {"address": "tcp://127.0.0.1:5000"},
           "argobots": {
             "pools": [{"name": "__primary__", "kind": "fifo_wait", "access": "mpmc"},
                       {"name": "fast", "kind": "prio_wait", "access": "mpmc"},
                       {"name": "idle", "kind": "fifo", "access": "mpmc"}],
             "xstreams": [{"name": "__primary__", "scheduler": {"type": "basic_wait", "pools": ["__primary__"]}},
                          {"name": "es1", "scheduler": {"type": "prio", "pools": ["fast", "__primary__"]}}]}},
         "abt_io": [{"name": "io", "pool": "fast", "config": {}}],
         "ssg": [{"name": "grp", "pool": "__primary__", "bootstrap": "init", "group_file": "g.json"}],
         "clients": [{"name": "__yokan_client__", "type": "yokan", "dependencies": {}, "config": {}, "tags": []},
                     {"name": "ca", "type": "module_a", "dependencies": {"io": "io"}, "config": {}, "tags": []}],
         "providers": [
           {"name": "db", "type": "yokan", "provider_id": 42, "pool": "fast", "dependencies": {}},
           {"name": "c1", "type": "module_c", "provider_id": 2, "pool": "__primary__",
            "dependencies": {"kv": "__yokan_client__->yokan:42@tcp://127.0.0.1:5000",
                             "far": "__yokan_client__->yokan:7@tcp://127.0.0.1:6000",
                             "cl": "ca", "group": "grp", "pools": ["fast", "__primary__"]}}]}
        """;

    static DependencyGraph graph() {
        return DependencyGraph.of(Json.parseObject(CONFIG));
    }

    @Test
    void nodesCoverEveryEntityAndTheRemoteTarget() {
        Map<String, Node> nodes = graph().nodes().stream().collect(Collectors.toMap(Node::id, n -> n));
        assertEquals(List.of("provider:db", "provider:c1", "client:__yokan_client__", "client:ca",
                "pool:__primary__", "pool:fast", "pool:idle", "xstream:__primary__", "xstream:es1",
                "abt_io:io", "ssg:grp", "remote:yokan:7@tcp://127.0.0.1:6000"),
                graph().nodes().stream().map(Node::id).toList());
        assertEquals(new Node("provider:db", Kind.PROVIDER, "db", "yokan:42"), nodes.get("provider:db"));
        assertEquals("prio_wait", nodes.get("pool:fast").detail());
        assertEquals("prio", nodes.get("xstream:es1").detail());
        assertEquals(Kind.REMOTE, nodes.get("remote:yokan:7@tcp://127.0.0.1:6000").kind());
    }

    @Test
    void edgesFollowDependenciesPoolsAndSchedulers() {
        List<Edge> edges = graph().edges();
        // a handle to the service's own address points at the local provider
        assertTrue(edges.contains(new Edge("provider:c1", "provider:db", "kv via __yokan_client__", true)));
        assertTrue(edges.contains(new Edge("provider:c1", "remote:yokan:7@tcp://127.0.0.1:6000",
                "far via __yokan_client__", true)));
        assertTrue(edges.contains(new Edge("provider:c1", "client:ca", "cl", false)));
        assertTrue(edges.contains(new Edge("provider:c1", "ssg:grp", "group", false)));
        assertTrue(edges.contains(new Edge("provider:c1", "pool:fast", "pools", false)));
        assertTrue(edges.contains(new Edge("provider:c1", "pool:__primary__", "pool", false)));
        assertTrue(edges.contains(new Edge("provider:db", "pool:fast", "pool", false)));
        assertTrue(edges.contains(new Edge("client:ca", "abt_io:io", "io", false)));
        assertTrue(edges.contains(new Edge("abt_io:io", "pool:fast", "pool", false)));
        assertTrue(edges.contains(new Edge("ssg:grp", "pool:__primary__", "pool", false)));
        assertTrue(edges.contains(new Edge("pool:fast", "xstream:es1", "", false)));
        assertTrue(edges.contains(new Edge("pool:__primary__", "xstream:es1", "", false)));
        assertTrue(edges.contains(new Edge("pool:__primary__", "xstream:__primary__", "", false)));
        assertEquals(14, edges.size(), edges::toString);
    }

    @Test
    void specFormsResolveAndUnknownNamesBecomeMissingNodes() {
        DependencyGraph g = DependencyGraph.of(Json.parseObject("""
            {"margo": {"argobots": {"pools": [{"name": "p0"}, {"name": "p1"}]}},
             "clients": [{"name": "ca", "type": "module_a"}],
             "providers": [{"name": "a1", "type": "module_a", "provider_id": 1, "pool": 1},
               {"name": "c1", "type": "module_c", "pool": "nowhere",
                "dependencies": {"x": "a1@local", "y": "module_a:1", "z": "module_a:client",
                                 "w": "ghost", "v": "ca->module_a:9@local"}}]}
            """));
        List<Edge> edges = g.edges();
        assertTrue(edges.contains(new Edge("provider:a1", "pool:p1", "pool", false)), "pool by index");
        assertTrue(edges.contains(new Edge("provider:c1", "missing:pool:nowhere", "pool", false)));
        assertTrue(edges.contains(new Edge("provider:c1", "provider:a1", "x", true)));
        assertTrue(edges.contains(new Edge("provider:c1", "provider:a1", "y", false)));
        assertTrue(edges.contains(new Edge("provider:c1", "client:ca", "z", false)));
        assertTrue(edges.contains(new Edge("provider:c1", "missing:ghost", "w", false)));
        assertTrue(edges.contains(new Edge("provider:c1", "missing:ca->module_a:9@local", "v via ca", true)));
        assertTrue(g.nodes().contains(new Node("missing:ghost", Kind.MISSING, "ghost", "")));
    }

    @Test
    void emptyAndOddlyShapedConfigsGiveAGraphNotAnError() {
        assertTrue(DependencyGraph.of(Map.of()).nodes().isEmpty());
        DependencyGraph odd = DependencyGraph.of(Json.parseObject(
                "{\"providers\": [3, {\"name\": \"p\", \"dependencies\": [1]}], \"margo\": \"x\"}"));
        assertEquals(List.of("provider:p"), odd.nodes().stream().map(Node::id).toList());
        assertTrue(odd.edges().isEmpty());
        assertTrue(DependencyGraph.of(Map.of()).toSvg().contains("(no entities)"));
    }

    @Test
    void dotListsNodesAndEdgesWithEscapedText() {
        String dot = graph().toDot();
        assertTrue(dot.startsWith("digraph bedrock {\n"), dot);
        assertTrue(dot.contains("\"provider:db\" [label=\"db\\nyokan:42\""), dot);
        assertTrue(dot.contains("\"provider:c1\" -> \"provider:db\" [label=\"kv via __yokan_client__\", style=dashed];"), dot);
        assertTrue(dot.contains("\"pool:fast\" -> \"xstream:es1\";"), dot);
        String quoted = DependencyGraph.of(Json.parseObject(
                "{\"providers\": [{\"name\": \"a\\\"b\\\\c\", \"type\": \"t\"}]}")).toDot();
        assertTrue(quoted.contains("\"provider:a\\\"b\\\\c\""), quoted);
        assertEquals(dot, graph().toDot(), "deterministic");
    }

    @Test
    void svgIsDeterministicAndEscapesNames() {
        String svg = graph().toSvg();
        assertEquals(svg, graph().toSvg());
        assertTrue(svg.contains("<g class=\"node provider\" data-id=\"provider:db\">"), svg);
        assertTrue(svg.contains("<g class=\"edge handle\" data-from=\"provider:c1\" data-to=\"provider:db\">"), svg);
        String nasty = DependencyGraph.of(Json.parseObject(
                "{\"providers\": [{\"name\": \"<b>&'\\\"\\u0001\", \"type\": \"t\"}]}")).toSvg();
        assertTrue(nasty.contains("&lt;b&gt;&amp;&#39;&quot;\uFFFD"), nasty);
        assertFalse(nasty.contains("<b>"));
        SvgAssertions.parse(nasty);
    }
}
