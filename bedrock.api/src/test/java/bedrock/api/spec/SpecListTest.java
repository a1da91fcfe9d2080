package bedrock.api.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.BedrockException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecListTest {

    private static SpecList<ProviderSpec> list() {
        SpecList<ProviderSpec> list = new ProcSpec().providers();
        list.add(new ProviderSpec("a", "t"));
        list.add(new ProviderSpec("b", "t"));
        return list;
    }

    @Test
    void lookupByIndexAndName() {
        SpecList<ProviderSpec> list = list();
        assertEquals("a", list.get(0).name());
        assertSame(list.get(1), list.get("b"));
        assertTrue(list.find("zz").isEmpty());
        BedrockException e = assertThrows(BedrockException.class, () -> list.get("zz"));
        assertEquals("No provider named \"zz\"", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(2));
        assertEquals(1, list.indexOf("b"));
        assertEquals(-1, list.indexOf("zz"));
        assertEquals(List.of("a", "b"), list.names());
    }

    @Test
    void containsAndRemoveByNameOrValue() {
        SpecList<ProviderSpec> list = list();
        assertTrue(list.contains("a"));
        assertTrue(list.contains((Object) "a"));
        assertTrue(list.contains(new ProviderSpec("a", "t")));
        assertFalse(list.contains(new ProviderSpec("a", "other")));
        assertTrue(list.remove("a"));
        assertFalse(list.remove("a"));
        assertEquals(List.of("b"), list.names());
        assertTrue(list.remove(new ProviderSpec("b", "t")));
        assertTrue(list.isEmpty());
    }

    @Test
    void duplicatesAreRejectedAndLeaveTheListUnchanged() {
        SpecList<ProviderSpec> list = list();
        assertThrows(BedrockException.class, () -> list.add(new ProviderSpec("a", "u")));
        assertThrows(BedrockException.class, () -> list.add(0, new ProviderSpec("b", "u")));
        assertThrows(BedrockException.class, () -> list.set(0, new ProviderSpec("b", "u")));
        assertThrows(BedrockException.class,
                () -> list.addAll(List.of(new ProviderSpec("c", "t"), new ProviderSpec("c", "t"))));
        assertThrows(BedrockException.class, () -> list.addAll(List.of(new ProviderSpec("a", "t"))));
        assertThrows(NullPointerException.class, () -> list.add(null));
        assertEquals(List.of("a", "b"), list.names());
        list.set(0, new ProviderSpec("a", "replaced"));
        assertEquals("replaced", list.get("a").type());
        list.addAll(List.of(new ProviderSpec("c", "t"), new ProviderSpec("d", "t")));
        assertEquals(List.of("a", "b", "c", "d"), list.names());
        list.setAll(List.of(new ProviderSpec("z", "t")));
        assertEquals(List.of("z"), list.names());
    }

    @Test
    void iterationAndListEquality() {
        SpecList<ProviderSpec> list = list();
        StringBuilder names = new StringBuilder();
        list.forEach(p -> names.append(p.name()));
        assertEquals("ab", names.toString());
        assertEquals(List.of(new ProviderSpec("a", "t"), new ProviderSpec("b", "t")), list);
        list.removeIf(p -> p.name().equals("a"));
        assertEquals(List.of("b"), list.names());
    }
}
