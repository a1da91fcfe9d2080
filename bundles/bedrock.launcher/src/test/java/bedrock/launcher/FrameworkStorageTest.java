package bedrock.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkStorageTest {

    @TempDir
    Path root;

    @Test
    void createsPrivateFoldersUnderTheConfiguredRoot() throws Exception {
        String before = System.getProperty(FrameworkStorage.ROOT_PROPERTY);
        System.setProperty(FrameworkStorage.ROOT_PROPERTY, root.toString());
        try {
            assertEquals(root, FrameworkStorage.root());
            Path one = FrameworkStorage.create();
            Path two = FrameworkStorage.create();
            assertEquals(root, one.getParent());
            assertFalse(one.equals(two));
            assertTrue(one.getFileName().toString().startsWith(
                    FrameworkStorage.PREFIX + ProcessHandle.current().pid() + "-"), one::toString);
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(one)));
            Files.writeString(Files.createDirectories(one.resolve("bundle1")).resolve("bundle.info"), "x");
            FrameworkStorage.delete(one);
            assertFalse(Files.exists(one));
            assertTrue(Files.isDirectory(two));
        } finally {
            if (before == null) {
                System.clearProperty(FrameworkStorage.ROOT_PROPERTY);
            } else {
                System.setProperty(FrameworkStorage.ROOT_PROPERTY, before);
            }
        }
    }

    @Test
    void reclaimsTheFoldersOfFrameworksNoLongerRunning() throws Exception {
        Path abandoned = storage("bedrock-felix-1-1", true);
        Path running = storage("bedrock-felix-1-2", true);
        Path young = storage("bedrock-felix-1-3", false);
        Path old = storage("bedrock-felix-1-4", false);
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path other = storage("someone-else", true);
        try (FileChannel channel = FileChannel.open(running.resolve("cache.lock"), StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            FrameworkStorage.reclaim(root);
        }
        assertFalse(Files.exists(abandoned), "its lock was free");
        assertTrue(Files.isDirectory(running), "its lock is held");
        assertTrue(Files.isDirectory(young), "it may be a framework being created");
        assertFalse(Files.exists(old), "no lock file for two hours");
        assertTrue(Files.isDirectory(other), "not a framework's storage");
    }

    private Path storage(String name, boolean locked) throws Exception {
        Path folder = Files.createDirectory(root.resolve(name));
        Files.writeString(Files.createDirectory(folder.resolve("bundle1")).resolve("bundle.info"), "1");
        if (locked) {
            Files.createFile(folder.resolve("cache.lock"));
        }
        return folder;
    }
}
