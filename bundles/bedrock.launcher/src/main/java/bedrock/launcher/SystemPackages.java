package bedrock.launcher;

import bedrock.api.BedrockException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Computes {@code org.osgi.framework.system.packages.extra}: the packages of the host class path
 * that bundles inside the framework must share with the host, with their versions, read from the
 * {@code Export-Package} headers of those jars.
 *
 * <p>Sharing is what makes a {@code ServerFactory} registered inside the framework castable to
 * the {@code ServerFactory} the host program knows: both sides then load {@code bedrock.api} (and
 * Jackson, which the api's {@code Json} uses) from the one class loader of the host.
 */
public final class SystemPackages {

    /** Bundle-SymbolicNames of the host jars whose packages the framework re-exports. */
    public static final Set<String> HOST_BUNDLES = Set.of(
            "bedrock.api",
            "com.fasterxml.jackson.core.jackson-core",
            "com.fasterxml.jackson.core.jackson-databind",
            "com.fasterxml.jackson.core.jackson-annotations");

    private SystemPackages() {
    }

    /** The exports of every bundle jar of a class path, by symbolic name, read once per class loader (some 20 ms of a daemon's start). */
    private static final Map<ClassLoader, Map<String, List<String>>> READ = new java.util.WeakHashMap<>();
    private static final Map<ClassLoader, Map<java.nio.file.Path, String>> JARS = new java.util.WeakHashMap<>();

    /**
     * The extra system packages offered by the host jars in {@link #HOST_BUNDLES} visible to
     * that class loader, computed on first use (a class loader's class path does not change).
     * Thread-safe: a caller arriving while another computes waits for that result.
     *
     * @throws BedrockException if {@code bedrock.api} is not among them (nothing would match)
     */
    public static String fromClassPath(ClassLoader loader) {
        return fromClassPath(loader, Set.of());
    }

    /**
     * As {@link #fromClassPath(ClassLoader)}, with the packages of those bundles too, for a
     * framework that gets them from the host instead of installing them.
     */
    public static String fromClassPath(ClassLoader loader, Set<String> alsoFrom) {
        Map<String, List<String>> bundles = bundlesOn(loader);
        if (!bundles.containsKey("bedrock.api")) {
            throw new BedrockException("The bedrock.api jar is not on the class path of "
                    + loader + ": the embedded framework needs it to share the Bedrock API");
        }
        Map<String, String> exports = new LinkedHashMap<>();
        bundles.forEach((bsn, clauses) -> {
            if (HOST_BUNDLES.contains(bsn) || alsoFrom.contains(bsn)) {
                for (String clause : clauses) {
                    exports.putIfAbsent(clause.substring(0, clause.indexOf(';') < 0
                            ? clause.length() : clause.indexOf(';')), clause);
                }
            }
        });
        return String.join(",", exports.values());
    }

    /** The symbolic names of the bundle jars on that class loader's class path. */
    public static Set<String> bundlesOnClassPath(ClassLoader loader) {
        return bundlesOn(loader).keySet();
    }

    /** The bundle jars (files) on that class loader's class path, with their symbolic names. */
    public static synchronized Map<java.nio.file.Path, String> bundleJarsOnClassPath(ClassLoader loader) {
        bundlesOn(loader);
        return JARS.get(loader);
    }

    private static synchronized Map<String, List<String>> bundlesOn(ClassLoader loader) {
        Map<String, List<String>> known = READ.get(loader);
        if (known == null) {
            known = read(loader);
            READ.put(loader, known);
        }
        return known;
    }

    private static Map<String, List<String>> read(ClassLoader loader) {
        Map<String, List<String>> bundles = new LinkedHashMap<>();
        Map<java.nio.file.Path, String> jars = new LinkedHashMap<>();
        try {
            List<ClassPathManifest> manifests = ClassPathManifest.listed(loader);
            if (manifests == null) {
                manifests = new ArrayList<>();
                Enumeration<URL> urls = loader.getResources("META-INF/MANIFEST.MF");
                while (urls.hasMoreElements()) {
                    URL url = urls.nextElement();
                    manifests.add(new ClassPathManifest(jarOf(url), read(url)));
                }
            }
            for (ClassPathManifest entry : manifests) {
                String bsn = symbolicName(entry.manifest().getMainAttributes());
                if (bsn != null) {
                    bundles.putIfAbsent(bsn, exports(entry.manifest().getMainAttributes().getValue("Export-Package")));
                    if (entry.jar() != null) {
                        jars.putIfAbsent(entry.jar(), bsn);
                    }
                }
            }
        } catch (IOException e) {
            throw new BedrockException("Could not read the manifests of the class path: " + e, e);
        }
        JARS.put(loader, java.util.Collections.unmodifiableMap(jars));
        return java.util.Collections.unmodifiableMap(bundles);
    }

    /** The jar of a {@code jar:file:...!/META-INF/MANIFEST.MF} URL, or null for anything else. */
    private static java.nio.file.Path jarOf(URL manifest) {
        String text = manifest.toString();
        int bang = text.indexOf("!/");
        if (!text.startsWith("jar:file:") || bang < 0) {
            return null;
        }
        try {
            return java.nio.file.Path.of(new java.net.URI(text.substring(4, bang))).toAbsolutePath().normalize();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Turns an {@code Export-Package} header into {@code package;version="x"} clauses, one per
     * package, dropping directives such as {@code uses:=} (the host resolves those itself).
     */
    public static List<String> exports(String header) {
        List<String> out = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return out;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            String version = null;
            for (String part : split(clause, ';')) {
                String p = part.trim();
                int eq = p.indexOf('=');
                if (eq < 0) {
                    names.add(p);
                } else if (p.startsWith("version") && p.charAt(eq - 1) != ':'
                        && p.substring(0, eq).trim().equals("version")) {
                    version = unquote(p.substring(eq + 1).trim());
                }
            }
            for (String name : names) {
                out.add(version == null ? name : name + ";version=\"" + version + "\"");
            }
        }
        return out;
    }

    private static String symbolicName(Attributes attributes) {
        String bsn = attributes.getValue("Bundle-SymbolicName");
        if (bsn == null) {
            return null;
        }
        int semi = bsn.indexOf(';');
        return (semi < 0 ? bsn : bsn.substring(0, semi)).trim();
    }

    private static Manifest read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new Manifest(in);
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** Splits on a separator outside double quotes (a {@code uses:="a,b"} list holds commas). */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        parts.removeIf(String::isBlank);
        return parts;
    }
}
