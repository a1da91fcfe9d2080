package bedrock.runtime.internal.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A bounded, seeded mutation fuzzer: runs a property on every corpus input, then on mutations of
 * them (byte flips, deletions, duplications, splices, inserted tokens) until its time is up.
 *
 * <p>{@value #SECONDS_PROPERTY} sets the time per target (default 2 s: the build's run; e.g.
 * {@code -Dbedrock.fuzz.seconds=600} for a long one), {@value #SEED_PROPERTY} the seed (fixed by
 * default, so a build's run is repeatable). A failure names the seed, the iteration and the
 * input in Base64: add that input to the target's corpus folder under {@code src/test/resources/fuzz/}
 * as a regression case once fixed.
 */
public final class Fuzzer {

    /** Seconds each target runs. */
    public static final String SECONDS_PROPERTY = "bedrock.fuzz.seconds";
    /** The random seed. */
    public static final String SEED_PROPERTY = "bedrock.fuzz.seed";

    private final List<byte[]> corpus;
    private final List<byte[]> tokens;
    private final Random random;
    private final long seed;

    /** @param tokens fragments the target's grammar is made of, inserted by mutations */
    public Fuzzer(List<byte[]> corpus, List<String> tokens) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("empty corpus");
        }
        this.corpus = List.copyOf(corpus);
        this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        this.seed = Long.getLong(SEED_PROPERTY, 20261206L);
        this.random = new Random(seed);
    }

    /** Runs the property on the corpus, then on mutations until the time is up; returns the count. */
    public long run(Consumer<byte[]> property) {
        long iterations = 0;
        for (byte[] input : corpus) {
            check(property, input, iterations++);
        }
        long seconds = Long.getLong(SECONDS_PROPERTY, 2L);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            byte[] input = corpus.get(random.nextInt(corpus.size()));
            int rounds = 1 + random.nextInt(4);
            for (int i = 0; i < rounds; i++) {
                input = mutate(input);
            }
            check(property, input, iterations++);
        }
        return iterations;
    }

    private void check(Consumer<byte[]> property, byte[] input, long iteration) {
        try {
            property.accept(input);
        } catch (RuntimeException | AssertionError | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("Fuzz finding (seed " + seed + ", iteration " + iteration
                    + "): " + e + "\ninput (Base64): " + Base64.getEncoder().encodeToString(input)
                    + "\ninput (text): " + new String(input, StandardCharsets.UTF_8), e);
        }
    }

    byte[] mutate(byte[] input) {
        int length = input.length;
        int at = length == 0 ? 0 : random.nextInt(length + 1);
        switch (random.nextInt(6)) {
            case 0 -> {
                if (length == 0) {
                    return insert(input, 0, new byte[] {(byte) random.nextInt(256)});
                }
                byte[] out = input.clone();
                out[Math.min(at, length - 1)] ^= (byte) (1 << random.nextInt(8));
                return out;
            }
            case 1 -> {
                int end = Math.min(length, at + 1 + random.nextInt(16));
                return concat(slice(input, 0, at), slice(input, end, length));
            }
            case 2 -> {
                int end = Math.min(length, at + 1 + random.nextInt(64));
                byte[] part = slice(input, at, end);
                int times = 1 + random.nextInt(random.nextInt(8) == 0 ? 2000 : 4);
                byte[] repeated = new byte[part.length * times];
                for (int i = 0; i < times; i++) {
                    System.arraycopy(part, 0, repeated, i * part.length, part.length);
                }
                return insert(input, at, repeated);
            }
            case 3 -> {
                byte[] other = corpus.get(random.nextInt(corpus.size()));
                int from = other.length == 0 ? 0 : random.nextInt(other.length);
                return concat(slice(input, 0, at), slice(other, from, other.length));
            }
            case 4 -> {
                return insert(input, at, new byte[] {(byte) random.nextInt(256)});
            }
            default -> {
                return tokens.isEmpty() ? input : insert(input, at, tokens.get(random.nextInt(tokens.size())));
            }
        }
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        byte[] out = new byte[Math.max(0, to - from)];
        System.arraycopy(bytes, from, out, 0, out.length);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] part) {
        return concat(concat(slice(bytes, 0, at), part), slice(bytes, at, bytes.length));
    }

    /** Every file of the test resource folder {@code /fuzz/<target>/}. */
    public static List<byte[]> corpus(String target) {
        URL url = Fuzzer.class.getResource("/fuzz/" + target);
        if (url == null) {
            throw new IllegalStateException("No corpus folder /fuzz/" + target);
        }
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path file : files.sorted().toList()) {
                out.add(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The bytes of a resource, for corpora that reuse golden files. */
    public static byte[] resource(String name) {
        try (InputStream in = Fuzzer.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
