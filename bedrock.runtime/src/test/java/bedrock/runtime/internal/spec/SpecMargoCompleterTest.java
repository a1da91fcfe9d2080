package bedrock.runtime.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Completion of items added to a running service, and the Mercury defaults. */
class SpecMargoCompleterTest {

    @Test
    void runtimePoolGetsDefaultsAndAFreeName() {
        assertEquals(SpecText.parse("{\"access\": \"mpmc\", \"kind\": \"fifo_wait\","
                + " \"name\": \"__pool_3__\"}"),
                MargoCompleter.completePool(Map.of(), List.of("__primary__", "a", "__pool_2__")));
        assertEquals(SpecText.parse("{\"access\": \"spsc\", \"kind\": \"fifo\", \"name\": \"p\"}"),
                MargoCompleter.completePool(SpecText.parse("{\"name\": \"p\", \"kind\": \"fifo\","
                        + " \"access\": \"spsc\"}"), List.of()));
    }

    @Test
    void runtimeXstreamGetsNamesForItsPools() {
        Map<String, Object> xstream = MargoCompleter.completeXstream(
                SpecText.parse("{\"scheduler\": {\"pools\": [1, \"__primary__\"]}}"),
                List.of("__primary__", "my_pool"), List.of("__primary__", "__xstream_1__"));
        assertEquals(SpecText.parse("{\"name\": \"__xstream_2__\", \"scheduler\": {\"pools\":"
                + " [\"my_pool\", \"__primary__\"], \"type\": \"basic_wait\"}}"), xstream);
    }

    @Test
    void mercuryDefaultsMatchUpstreamAndKeepTheGivenAddress() {
        Map<String, Object> mercury = Json.asObject(MargoCompleter.complete(
                SpecText.parse("{\"mercury\": {\"address\": \"tcp://127.0.0.1:0\","
                        + " \"auth_key\": \"k\", \"unknown\": 1}}")).get("mercury"));
        Map<String, Object> expected = Json.asObject(SpecText.parse("{\"address\":"
                + " \"tcp://127.0.0.1:0\", \"auth_key\": \"k\", \"auto_sm\": false,"
                + " \"checksum_level\": \"none\", \"input_eager_size\": 4080, \"listening\": true,"
                + " \"max_contexts\": 0, \"na_addr_format\": \"unspec\", \"na_max_expected_size\": 0,"
                + " \"na_max_unexpected_size\": 0, \"na_no_block\": false, \"na_no_retry\": false,"
                + " \"na_request_mem_device\": false, \"no_bulk_eager\": false,"
                + " \"no_loopback\": false, \"output_eager_size\": 4080, \"request_post_incr\": 256,"
                + " \"request_post_init\": 256, \"stats\": false}"));
        expected.put("version", MargoCompleter.VERSION);
        assertEquals(expected, mercury);
        assertEquals("", Json.asObject(MargoCompleter.complete(null).get("mercury")).get("address"));
    }

    @Test
    void completedSpecHasExactlyTheDocumentedTopLevelKeys() {
        assertEquals(List.of("abt_io", "bedrock", "clients", "libraries", "margo", "providers",
                "ssg"), List.copyOf(SpecCompleter.complete(SpecText.parse("{\"mona\": []}")).keySet()));
    }
}
