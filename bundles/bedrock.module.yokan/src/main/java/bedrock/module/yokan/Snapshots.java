package bedrock.module.yokan;

import bedrock.api.BedrockException;
import bedrock.module.yokan.backend.Backend;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Yokan's snapshot file, the same for every database type (so a snapshot of a {@code map} can be
 * restored into a {@code persistent} database): the magic {@code YKSNAP01}, then pairs as
 * {@code 1, key:bytes, value:bytes} (int32 length + bytes), then {@code 0}, the pair count
 * (int64) and the CRC-32 of everything before it (int64). A snapshot is written to a temporary
 * file beside the target and moved into place, so a reader never sees half a snapshot.
 */
final class Snapshots {

    private static final byte[] MAGIC = "YKSNAP01".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** No key or value is longer: an RPC frame (16 MiB) could not carry it anyway. */
    private static final int MAX_LENGTH = 1 << 28;

    private Snapshots() {
    }

    /** Writes every pair of {@code db} to {@code file}, replacing it; returns the pair count. */
    static long write(Backend db, Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new BedrockException("yokan snapshot: \"" + file + "\" is a folder, not a file", "/dest_path");
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + file.getFileName(), ".part");
        try {
            long count = writeTo(db, temp);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return count;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static long writeTo(Backend db, Path temp) throws IOException {
        CRC32 crc = new CRC32();
        long[] count = {0};
        try (DataOutputStream out = new DataOutputStream(new CheckedOutputStream(
                new BufferedOutputStream(Files.newOutputStream(temp)), crc))) {
            out.write(MAGIC);
            try {
                db.forEach((key, value) -> {
                    try {
                        out.writeByte(1);
                        bytes(out, key);
                        bytes(out, value);
                        count[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            out.writeByte(0);
            out.writeLong(count[0]);
            out.flush();
            out.writeLong(crc.getValue());
        }
        return count[0];
    }

    /** Reads a whole snapshot; a missing, foreign or damaged file is an error naming it. */
    static List<byte[][]> read(Path file) {
        CRC32 crc = new CRC32();
        try (DataInputStream in = new DataInputStream(new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(file)), crc))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw invalid(file, "it is not a yokan snapshot");
            }
            List<byte[][]> pairs = new ArrayList<>();
            while (in.readByte() == 1) {
                pairs.add(new byte[][] {bytes(in, file), bytes(in, file)});
            }
            long count = in.readLong();
            long expected = crc.getValue();
            if (count != pairs.size() || in.readLong() != expected || in.read() != -1) {
                throw invalid(file, "it is damaged (checksum or length mismatch)");
            }
            return pairs;
        } catch (NoSuchFileException e) {
            throw new BedrockException("yokan restore: snapshot \"" + file + "\" does not exist", "/src_path");
        } catch (EOFException e) {
            throw invalid(file, "it is truncated or damaged");
        } catch (IOException e) {
            throw new BedrockException("yokan restore: cannot read \"" + file + "\": " + e.getMessage(), "/src_path");
        }
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] bytes(DataInputStream in, Path file) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_LENGTH) {
            throw invalid(file, "it is damaged (bad length " + n + ")");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    private static BedrockException invalid(Path file, String why) {
        return new BedrockException("yokan restore: cannot restore from \"" + file + "\": " + why, "/src_path");
    }
}
