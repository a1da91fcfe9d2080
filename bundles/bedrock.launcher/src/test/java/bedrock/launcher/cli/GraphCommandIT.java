package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.server.SpecOptions;
import bedrock.launcher.BedrockHome;
import bedrock.launcher.Distribution;
import bedrock.launcher.EmbeddedServer;
import bedrock.launcher.EmbeddedServerFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code bedrock graph} in this JVM: from a spec (modules loaded to know its dependencies) and from a daemon. */
class GraphCommandIT {

    /** A yokan provider, and a module_c provider holding a handle to it. */
    static final String SPEC = "{\"libraries\": {\"yokan\": " + CheckCommandIT.module("bedrock.module.yokan.jar")
            + ", \"module_c\": " + CheckCommandIT.module("bedrock.module.c.jar") + "},"
            + " \"margo\": {\"argobots\": {\"pools\": [{\"name\": \"my_pool\"}]}},"
            + " \"providers\": [{\"name\": \"db\", \"type\": \"yokan\", \"provider_id\": 42, \"pool\": \"my_pool\"},"
            + " {\"name\": \"c\", \"type\": \"module_c\", \"config\": {\"expected_provider_dependencies\": ["
            + "{\"name\": \"kv\", \"type\": \"yokan\", \"kind\": \"provider_handle\", \"is_required\": true}]},"
            + " \"dependencies\": {\"kv\": \"db@local\"}}]}";

    @TempDir
    Path dir;

    @BeforeAll
    static void useTheDistribution() {
        System.setProperty(BedrockHome.PROPERTY, Distribution.home().toString());
    }

    @AfterAll
    static void forgetTheDistribution() {
        System.clearProperty(BedrockHome.PROPERTY);
    }

    @Test
    void theDotOfASpecNamesItsProvidersAndEdges() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), SPEC);
        CommandRun run = CommandRun.daemon("graph", "-c", spec.toString());
        assertEquals(0, run.status(), run::err);
        assertEquals("", run.err());
        String dot = run.out();
        assertTrue(dot.startsWith("digraph bedrock {"), dot);
        assertTrue(dot.contains("\"provider:db\" [label=\"db\\nyokan:42\""), dot);
        assertTrue(dot.contains("\"provider:c\" -> \"provider:db\" [label=\"kv"), dot);
        assertTrue(dot.contains("\"provider:db\" -> \"pool:my_pool\" [label=\"pool\"]"), dot);
        assertTrue(dot.contains("\"provider:c\" -> \"pool:__primary__\" [label=\"pool\"]"), dot);
    }

    @Test
    void theSvgOfASpecIsWellFormedAndWrittenToAFile() throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.json"), SPEC);
        Path out = dir.resolve("graph.svg");
        CommandRun run = CommandRun.daemon("graph", "--svg", "-c", spec.toString(), "-o", out.toString());
        assertEquals(0, run.status(), run::err);
        assertEquals("", run.out());
        Set<String> ids = nodeIds(Files.readString(out));
        assertTrue(ids.containsAll(Set.of("provider:db", "provider:c", "pool:my_pool")), ids::toString);
    }

    @Test
    void aSpecWithProblemsIsStillDrawnAsWritten() throws Exception {
        Path spec = Files.writeString(dir.resolve("bad.json"),
                "{\"providers\": [{\"name\": \"p\", \"type\": \"module_a\", \"pool\": \"nowhere\"}]}");
        CommandRun run = CommandRun.daemon("graph", "-c", spec.toString());
        assertEquals(0, run.status(), run::err);
        assertTrue(run.err().startsWith("warning: ") && run.err().contains("(at /providers/0/pool)"), run.err());
        assertTrue(run.out().contains("\"provider:p\" -> \"missing:pool:nowhere\""), run.out());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"providers\": [");
        CommandRun unreadable = CommandRun.daemon("graph", "-c", broken.toString());
        assertEquals(1, unreadable.status());
        assertTrue(unreadable.err().contains("Invalid JSON in spec at line 1"), unreadable.err());
        assertEquals("", unreadable.out());
    }

    @Test
    void theGraphOfARunningDaemon() throws Exception {
        Path home = Distribution.home();
        try (EmbeddedServer server = new EmbeddedServerFactory(home, Map.of()).create("tcp", SPEC, SpecOptions.json())) {
            CommandRun dot = CommandRun.daemon("graph", "-a", server.address(), "--credential", "unused");
            assertEquals(0, dot.status(), dot::err);
            assertTrue(dot.out().contains("\"provider:c\" -> \"provider:db\""), dot.out());
            CommandRun svg = CommandRun.daemon("graph", "-a", server.address(), "--svg");
            assertEquals(0, svg.status(), svg::err);
            assertTrue(nodeIds(svg.out()).containsAll(Set.of("provider:db", "provider:c")), svg.out());
        }
        CommandRun gone = CommandRun.daemon("graph", "-a", "tcp://127.0.0.1:1", "-t", "5");
        assertEquals(1, gone.status());
        assertTrue(gone.err().startsWith("error: "), gone.err());
    }

    /** Parses the SVG as XML (failing on anything ill-formed) and lists its nodes' data-id. */
    static Set<String> nodeIds(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").startsWith("node ")) {
                ids.add(g.getAttribute("data-id"));
            }
        }
        return ids;
    }
}
