package bedrock.runtime.internal.jx9;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public contract of {@link Jx9Script} and its companions. */
class Jx9ScriptTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Object> USER = user();

    private static Map<String, Object> user() {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("name", "Matthieu");
        u.put("year", 2023);
        u.put("bool", true);
        u.put("float", 1.23);
        u.put("array", List.of());
        u.put("netagive", -1);
        return Map.of("user", u);
    }

    @Test
    void upstreamMissingOperandMessage() {
        Jx9CompileException e = assertThrows(Jx9CompileException.class, () -> Jx9Script.compile("+&*"));
        assertEquals("Jx9 script failed to compile: 1 Error: '&': Missing operand", e.getMessage());
        assertEquals(1, e.errors().size());
        Jx9Diagnostic d = e.errors().get(0);
        assertEquals("1 Error: '&': Missing operand", d.toString());
        assertEquals(2, d.column());
        assertEquals("Error", d.severity());
    }

    /** Upstream's InitJx9 test: the wrapper script must give back the configuration unchanged. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"margo\":{\"argobots\":{\"pools\":[{\"name\":\"p\",\"kind\":\"fifo_wait\",\"access\":\"mpmc\"}],"
            + "\"xstreams\":[]},\"use_progress_thread\":false,\"rpc_thread_count\":0}}",
        "{\"libraries\":{\"module_a\":\"./libModuleA.so\"},\"providers\":[{\"name\":\"my_provider_a\","
            + "\"type\":\"module_a\",\"provider_id\":42,\"config\":{},\"dependencies\":{}}]}",
        "{\"abt_io\":{\"my_abt_io\":{\"pool\":\"__primary__\",\"config\":{\"x\":[1,2.5,null,\"s\"]}}}}",
    })
    void initJx9WrapperReturnsTheConfig(String config) throws Exception {
        String script = "print \"Hello from JX9, \", $user.name, JX9_EOL; print $a, JX9_EOL; $config = "
                + config + "; return $config;";
        Jx9Result r = Jx9Script.compile(script).execute(USER, Jx9Limits.defaults());
        assertEquals(MAPPER.readTree(config), MAPPER.readTree(r.json()));
        assertEquals(config, r.json());
        assertEquals("Hello from JX9, Matthieu\n\n", r.output());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void resultForms() throws Exception {
        assertEquals("\"hello\"", json("return 'hello';"));
        assertEquals("null", json("return null;"));
        assertEquals("null", json(""));
        assertEquals("{}", json("return {};"));
        assertEquals("[]", json("return [];"));
        assertEquals("2", json("return 2.0;"));
        assertEquals("1e+20", json("return 1e20;"));
        assertEquals("0.1", json("return 0.1;"));
        assertEquals("true", json("return 1 == 1;"));
        assertEquals("{\"a\\\"b\":\"\\n\"}", json("return {\"a\\\"b\": \"\\n\"};"));
    }

    private static String json(String script) throws Jx9CompileException {
        return Jx9Script.compile(script).execute(Map.of(), Jx9Limits.defaults()).json();
    }

    @Test
    void valueTypes() throws Exception {
        Object v = Jx9Script.compile("return {i: 1, f: 1.5, s: 's', b: true, n: null, l: [1], o: {}};")
                .execute(Map.of(), Jx9Limits.defaults()).value();
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of("i", "f", "s", "b", "n", "l", "o"), new ArrayList<>(m.keySet()));
        assertEquals(1L, m.get("i"));
        assertEquals(1.5, m.get("f"));
        assertEquals("s", m.get("s"));
        assertEquals(true, m.get("b"));
        assertNull(m.get("n"));
        assertEquals(List.of(1L), m.get("l"));
        assertEquals(Map.of(), m.get("o"));
    }

    @Test
    void globalsAreNotChangedByTheScript() throws Exception {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("a", new ArrayList<>(List.of(1, 2)));
        Map<String, Object> globals = Map.of("__config__", config);
        Jx9Result r = Jx9Script.compile("$__config__.a[] = 3; $__config__['b'] = 1; return $__config__;")
                .execute(globals, Jx9Limits.defaults());
        assertEquals("{\"a\":[1,2,3],\"b\":1}", r.json());
        assertEquals(Map.of("a", List.of(1, 2)), config);
    }

    @Test
    void acceptsJavaNumberTypes() throws Exception {
        Map<String, Object> g = Map.of("i", 7, "l", 8L, "d", 0.5, "bi", BigInteger.TEN, "bd", new BigDecimal("2.25"));
        Jx9Result r = Jx9Script.compile("return [$i, $l, $d, $bi, $bd, is_int($bi)];").execute(g, Jx9Limits.defaults());
        assertEquals("[7,8,0.5,10,2.25,true]", r.json());
    }

    @Test
    void warningsCarryLineNumbers() throws Exception {
        Jx9Result r = Jx9Script.compile("$a = 1;\n$b = $a / 0;\nnope();\nreturn $b;")
                .execute(Map.of(), Jx9Limits.defaults());
        assertNull(r.value());
        assertEquals(2, r.warnings().size());
        assertEquals(2, r.warnings().get(0).line());
        assertEquals("Error", r.warnings().get(0).severity());
        assertEquals(3, r.warnings().get(1).line());
        assertEquals("3 Warning: Call to undefined function 'nope', JX9 is returning NULL.",
                r.warnings().get(1).toString());
    }

    @Test
    void compiledScriptIsReusableConcurrently() throws Exception {
        Jx9Script s = Jx9Script.compile("$r = []; foreach ($__config__.providers as $p) { $r[] = $p.name; }"
                + " $r[] = $tag; return $r;");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String tag = "t" + t;
                results.add(pool.submit(() -> {
                    Map<String, Object> g = Map.of("tag", tag, "__config__",
                            Map.of("providers", List.of(Map.of("name", "a"), Map.of("name", "b"))));
                    for (int i = 0; i < 200; i++) {
                        if (!s.execute(g, Jx9Limits.defaults()).json().equals("[\"a\",\"b\",\"" + tag + "\"]")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void severalCompileErrorsAreReported() {
        Jx9CompileException e = assertThrows(Jx9CompileException.class,
                () -> Jx9Script.compile("$a = ;\n$b = 1;\nx = 2;"));
        assertEquals(2, e.errors().size());
        assertEquals(List.of(1, 3), e.errors().stream().map(Jx9Diagnostic::line).toList());
    }

    @Test
    void limitsValidation() {
        assertThrows(IllegalArgumentException.class, () -> new Jx9Limits(-1, Duration.ZERO, 1, 1));
        Jx9Limits d = Jx9Limits.defaults();
        assertEquals(10_000_000L, d.maxSteps());
        assertEquals(256, d.maxRecursionDepth());
        assertEquals(1 << 20, d.maxOutputChars());
    }
}
