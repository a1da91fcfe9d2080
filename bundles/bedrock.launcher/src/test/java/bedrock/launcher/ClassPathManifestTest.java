package bedrock.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ClassPathManifest#listed} finds what {@code getResources("META-INF/MANIFEST.MF")} finds. */
class ClassPathManifestTest {

    @TempDir
    Path dir;

    @Test
    void listsTheManifestsTheLoaderWouldFindInItsOrder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("classes/META-INF"));
        Files.writeString(folder.resolve("MANIFEST.MF"), "Manifest-Version: 1.0\nBundle-SymbolicName: a.folder\n"
                + "Export-Package: a.folder;version=\"1.0\"\n");
        Path notAJar = Files.writeString(dir.resolve("notes.jar"), "not a zip");
        Path bare = jar("bare.jar", null);
        URL[] urls = {jarOf(com.fasterxml.jackson.core.JsonFactory.class), dir.resolve("classes").toUri().toURL(),
            notAJar.toUri().toURL(), dir.resolve("missing.jar").toUri().toURL(), bare.toUri().toURL(),
            jarOf(picocli.CommandLine.class), jarOf(org.apache.felix.framework.FrameworkFactory.class)};
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            List<ClassPathManifest> listed = ClassPathManifest.listed(loader);
            assertNotNull(listed);
            assertEquals(described(fromResources(loader)), described(listed));
            assertEquals(5, listed.size(), described(listed)::toString);
            assertEquals("com.fasterxml.jackson.core.jackson-core",
                    SystemPackages.bundleJarsOnClassPath(loader).get(Path.of(urls[0].toURI())));
        }
    }

    @Test
    void aJarWithAClassPathOrAnotherKindOfLoaderIsLeftToTheLoader() throws Exception {
        Path withClassPath = jar("with-class-path.jar", "other.jar");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {withClassPath.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            assertNull(ClassPathManifest.listed(loader));
        }
        ClassLoader other = new ClassLoader(ClassLoader.getPlatformClassLoader()) { };
        assertNull(ClassPathManifest.listed(other));
    }

    private Path jar(String name, String classPath) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", name);
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // A manifest only.
        }
        return jar;
    }

    private static URL jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    private static List<ClassPathManifest> fromResources(ClassLoader loader) throws Exception {
        List<ClassPathManifest> found = new ArrayList<>();
        Enumeration<URL> urls = loader.getResources("META-INF/MANIFEST.MF");
        while (urls.hasMoreElements()) {
            URL url = urls.nextElement();
            String text = url.toString();
            Path jar = text.startsWith("jar:file:") ? Path.of(new java.net.URI(text.substring(4, text.indexOf("!/"))))
                    : null;
            try (InputStream in = url.openStream()) {
                found.add(new ClassPathManifest(jar, new Manifest(in)));
            }
        }
        return found;
    }

    private static List<String> described(List<ClassPathManifest> manifests) {
        List<String> out = new ArrayList<>();
        for (ClassPathManifest m : manifests) {
            out.add(m.jar() + " " + m.manifest().getMainAttributes().getValue("Bundle-SymbolicName") + " "
                    + m.manifest().getMainAttributes().getValue("Export-Package"));
        }
        return out;
    }
}
