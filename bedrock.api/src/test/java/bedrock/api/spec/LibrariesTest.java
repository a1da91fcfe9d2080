package bedrock.api.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibrariesTest {

    @Test
    void objectFormKeepsOrderAndNulls() {
        ProcSpec spec = ProcSpec.fromJson("{\"libraries\":{\"z\":\"libz.so\",\"module_a\":\"./libA.so\",\"x\":null}}");
        assertFalse(spec.librariesListForm());
        assertEquals(List.of("z", "module_a", "x"), List.copyOf(spec.libraries().keySet()));
        assertNull(spec.libraries().get("x"));
        assertTrue(spec.libraries().containsKey("x"));
        assertEquals("{\"z\":\"libz.so\",\"module_a\":\"./libA.so\",\"x\":null}",
                Json.write(spec.toMap().get("libraries"), false));
        assertEquals(spec, ProcSpec.fromJson(spec.toJson()));
        spec.validate();
    }

    @Test
    void listFormRoundTrips() {
        ProcSpec spec = ProcSpec.fromJson("{\"libraries\":[\"libb.so\",\"liba.so\",\"\"]}");
        assertTrue(spec.librariesListForm());
        assertEquals("liba.so", spec.libraries().get("liba.so"));
        assertEquals(List.of("libb.so", "liba.so", ""), spec.toMap().get("libraries"));
        assertEquals(spec, ProcSpec.fromJson(spec.toJson()));
        spec.validate();
        assertFalse(spec.equals(ProcSpec.fromJson("{\"libraries\":{\"libb.so\":\"libb.so\",\"liba.so\":\"liba.so\","
                + "\"\":\"\"}}")));
    }

    @Test
    void addLibraryPicksTheForm() {
        ProcSpec spec = new ProcSpec().addLibrary("m", "libm.so");
        assertEquals(Map.of("m", "libm.so"), spec.toMap().get("libraries"));
        ProcSpec list = new ProcSpec().addLibrary("libm.so");
        assertEquals(List.of("libm.so"), list.toMap().get("libraries"));
        list.validate();
    }

    @Test
    void listFormEntriesMustMapALocationToItself() {
        ProcSpec spec = new ProcSpec().addLibrary("liba.so");
        spec.libraries().put("module_b", "libb.so");
        BedrockException e = assertThrows(BedrockException.class, spec::validate);
        assertEquals("/libraries/1", e.path().orElseThrow());
    }

    @Test
    void objectFormNeedsModuleNames() {
        Map<String, String> libs = new LinkedHashMap<>();
        libs.put("", "liba.so");
        ProcSpec spec = new ProcSpec().libraries(libs);
        BedrockException e = assertThrows(BedrockException.class, spec::validate);
        assertEquals("/libraries/", e.path().orElseThrow());
    }

    @Test
    void wrongTypesAreRejectedWithPaths() {
        BedrockException e = assertThrows(BedrockException.class,
                () -> ProcSpec.fromJson("{\"libraries\":{\"module_a\":12}}"));
        assertEquals("/libraries/module_a", e.path().orElseThrow());
        assertEquals("Invalid library 12 for module \"module_a\" (expected a string or null)", e.getMessage());
        assertEquals("/libraries/1", assertThrows(BedrockException.class,
                () -> ProcSpec.fromJson("{\"libraries\":[\"a\",null]}")).path().orElseThrow());
        assertEquals("/libraries", assertThrows(BedrockException.class,
                () -> ProcSpec.fromJson("{\"libraries\":\"liba.so\"}")).path().orElseThrow());
        assertTrue(ProcSpec.fromJson("{\"libraries\":null}").libraries().isEmpty());
    }
}
