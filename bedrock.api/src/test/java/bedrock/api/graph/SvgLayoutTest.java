package bedrock.api.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgLayoutTest {

    @Test
    void dependentsAreDrawnAboveWhatTheyDependOn() {
        Document svg = SvgAssertions.parse(DependencyGraphTest.graph().toSvg());
        Map<String, double[]> boxes = SvgAssertions.boxes(svg);
        assertEquals(12, boxes.size());
        assertAbove(boxes, "provider:c1", "provider:db");   // c1 holds a handle to db
        assertAbove(boxes, "provider:db", "pool:fast");
        assertAbove(boxes, "abt_io:io", "pool:fast");
        assertAbove(boxes, "client:ca", "abt_io:io");
        assertAbove(boxes, "pool:fast", "xstream:es1");
        assertAbove(boxes, "pool:__primary__", "xstream:__primary__");
        // the unused pool sits at the bottom, not among the providers
        assertTrue(boxes.get("pool:idle")[1] >= boxes.get("xstream:es1")[1]);
    }

    @Test
    void nodesOfOneLayerNeverOverlapAndFitTheCanvas() {
        Document svg = SvgAssertions.parse(DependencyGraphTest.graph().toSvg());
        double width = Double.parseDouble(svg.getDocumentElement().getAttribute("width"));
        double height = Double.parseDouble(svg.getDocumentElement().getAttribute("height"));
        Map<String, double[]> boxes = SvgAssertions.boxes(svg);
        for (var a : boxes.entrySet()) {
            double[] r = a.getValue();
            assertTrue(r[0] >= 0 && r[1] >= 0 && r[0] + r[2] <= width && r[1] + r[3] <= height, a.getKey());
            for (var b : boxes.entrySet()) {
                double[] s = b.getValue();
                boolean overlap = a != b && r[0] < s[0] + s[2] && s[0] < r[0] + r[2]
                        && r[1] < s[1] + s[3] && s[1] < r[1] + r[3];
                assertTrue(!overlap, a.getKey() + " overlaps " + b.getKey());
            }
        }
    }

    @Test
    void aCycleInAHandWrittenSpecStillLaysOut() {
        DependencyGraph g = DependencyGraph.of(Json.parseObject("""
            {"providers": [{"name": "a", "type": "t", "dependencies": {"x": "b"}},
                           {"name": "b", "type": "t", "dependencies": {"y": "a"}}]}
            """));
        Map<String, double[]> boxes = SvgAssertions.boxes(SvgAssertions.parse(g.toSvg()));
        assertAbove(boxes, "provider:a", "provider:b");
        assertEquals(2, g.edges().size());
    }

    private static void assertAbove(Map<String, double[]> boxes, String upper, String lower) {
        assertTrue(boxes.get(upper)[1] + boxes.get(upper)[3] < boxes.get(lower)[1],
                upper + " should be above " + lower);
    }
}
