package bedrock.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemPackagesTest {

    private final List<String> packages = Arrays.asList(
            SystemPackages.fromClassPath(getClass().getClassLoader()).split(",(?=[a-z])"));

    @Test
    void sharesTheBedrockApiWithItsVersion() {
        assertTrue(packages.contains("bedrock.api.server;version=\"1.1.0\""), packages::toString);
        assertTrue(packages.contains("bedrock.api.client;version=\"1.1.0\""), packages::toString);
        assertTrue(packages.contains("bedrock.api.json;version=\"1.1.0\""), packages::toString);
    }

    @Test
    void sharesJacksonWithItsVersion() {
        String version = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        assertTrue(packages.contains("com.fasterxml.jackson.databind;version=\"" + version + "\""),
                packages::toString);
        assertTrue(packages.stream().anyMatch(p -> p.startsWith("com.fasterxml.jackson.core;version=")));
        assertTrue(packages.stream().anyMatch(p -> p.startsWith("com.fasterxml.jackson.annotation;version=")));
    }

    @Test
    void sharesNothingElse() {
        assertFalse(packages.stream().anyMatch(p -> p.startsWith("picocli")), packages::toString);
        assertFalse(packages.stream().anyMatch(p -> p.startsWith("org.apache.felix")), packages::toString);
        assertFalse(packages.stream().anyMatch(p -> p.contains("uses:=")), packages::toString);
    }

    @Test
    void parsesQuotedListsAndSeveralPackagesPerClause() {
        List<String> clauses = SystemPackages.exports(
                "a.b;uses:=\"x.y,z\";version=\"1.2.3\",c.d;e.f;version=2.0,g.h");
        assertEquals(List.of("a.b;version=\"1.2.3\"", "c.d;version=\"2.0\"", "e.f;version=\"2.0\"", "g.h"),
                clauses);
    }

    @Test
    void emptyHeaderExportsNothing() {
        assertEquals(List.of(), SystemPackages.exports(null));
        assertEquals(List.of(), SystemPackages.exports(" "));
    }
}
