package bedrock.runtime.internal.jx9;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one execution: statements/iterations/elements processed, wall-clock time, user function
 * call depth and characters printed. Hitting any bound stops the script (see {@link Jx9Result#limitHit()}).
 */
public record Jx9Limits(long maxSteps, Duration maxTime, int maxRecursionDepth, int maxOutputChars) {
    public Jx9Limits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxSteps < 0 || maxRecursionDepth < 0 || maxOutputChars < 0 || maxTime.isNegative()) {
            throw new IllegalArgumentException("Jx9 limits must not be negative");
        }
    }

    /** 10 million steps, 5 seconds, call depth 256, 1 MiB of output. */
    public static Jx9Limits defaults() {
        return new Jx9Limits(10_000_000L, Duration.ofSeconds(5), 256, 1 << 20);
    }
}
