package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code bedrock-query -p} indents the whole answer, as upstream's {@code dump(4)} does. */
class PrettyJsonTest {

    @Test
    void indentsNestedResultsLikeUpstream() {
        String compact = "{\"tcp://127.0.0.1:1\":[{\"config\":{},\"tags\":[],\"id\":1,\"ok\":true,\"n\":null}]}";
        assertEquals("""
                {
                    "tcp://127.0.0.1:1": [
                        {
                            "config": {},
                            "tags": [],
                            "id": 1,
                            "ok": true,
                            "n": null
                        }
                    ]
                }""", PrettyJson.reindent(compact));
    }

    @Test
    void numbersKeepTheirText() {
        assertEquals("[\n    1.50,\n    1e300,\n    -0.0\n]", PrettyJson.reindent("[1.50,1e300,-0.0]"));
    }

    @Test
    void scalarsStayAsTheyAre() {
        assertEquals("\"hello\"", PrettyJson.reindent("\"hello\""));
    }
}
