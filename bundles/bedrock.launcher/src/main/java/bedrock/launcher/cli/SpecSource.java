package bedrock.launcher.cli;

import bedrock.api.BedrockException;
import bedrock.api.server.SpecOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the daemon's spec comes from: a file ({@code -c}), standard input ({@code --stdin}), or
 * else the default spec shipped in the launcher jar, whose module paths are relative to the
 * distribution.
 *
 * @param text the spec text
 * @param options how to read it
 * @param isDefault whether this is the default spec (its paths are relative to the distribution)
 */
record SpecSource(String text, SpecOptions options, boolean isDefault) {

    /** The resource holding the default spec. */
    static final String DEFAULT_SPEC = "/bedrock/launcher/default-spec.json";

    /**
     * Resolves the spec from the daemon's options.
     *
     * @throws UsageException on conflicting options or an unreadable file
     */
    static SpecSource resolve(Path config, boolean stdin, boolean jx9, String jx9Context,
            InputStream in) {
        if (config != null && stdin) {
            throw new UsageException("both config file and --stdin were provided");
        }
        if (jx9Context != null && !jx9) {
            throw new UsageException("passing Jx9 parameters for a JSON configuration");
        }
        Map<String, String> parameters;
        try {
            parameters = SpecOptions.parseContext(jx9Context);
        } catch (BedrockException e) {
            throw new UsageException(e.getMessage());
        }
        if (config != null) {
            String text;
            try {
                text = SpecOptions.read(config);
            } catch (BedrockException e) {
                // "Could not read configuration file "x": why", as a usage error.
                String message = e.getMessage();
                throw new UsageException(Character.toLowerCase(message.charAt(0)) + message.substring(1));
            }
            SpecOptions forFile = SpecOptions.forFile(config);
            return new SpecSource(text, new SpecOptions(jx9 || forFile.jx9(), parameters,
                    forFile.baseDirectory()), false);
        }
        if (stdin) {
            try {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new SpecSource(text, new SpecOptions(jx9, parameters, null), false);
            } catch (IOException e) {
                throw new UsageException("could not read the configuration from standard input: " + e);
            }
        }
        if (jx9) {
            throw new UsageException("--jx9 needs a script: give it with -c FILE or --stdin");
        }
        return new SpecSource(defaultSpec(), SpecOptions.json(), true);
    }

    /** This spec with its relative paths resolved against the distribution when it is the default one. */
    SpecSource withHome(Path home) {
        return isDefault ? new SpecSource(text, options.withBaseDirectory(home), true) : this;
    }

    /** The default spec's text. */
    static String defaultSpec() {
        try (InputStream in = SpecSource.class.getResourceAsStream(DEFAULT_SPEC)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + DEFAULT_SPEC);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + DEFAULT_SPEC, e);
        }
    }
}
