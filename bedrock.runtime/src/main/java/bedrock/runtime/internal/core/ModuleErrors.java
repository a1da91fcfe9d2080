package bedrock.runtime.internal.core;

import bedrock.api.BedrockException;

/** A module's failure, as the error of the spec entry it was creating or changing. */
final class ModuleErrors {

    private ModuleErrors() {
    }

    /**
     * {@code prefix: message}, at the module's own error path read within the entry at
     * {@code path}, or at {@code path}.
     */
    static BedrockException wrap(String prefix, Exception e, String path) {
        if (e instanceof BedrockException be) {
            return new BedrockException(prefix + ": " + be.getMessage(), be.path().map(p -> within(path, p))
                    .orElse(path), be);
        }
        return new BedrockException(prefix + ": " + e, path, e);
    }

    /** A module's error path: absolute as it is, or relative to the entry's {@code config} object. */
    private static String within(String entryPath, String errorPath) {
        if (errorPath.startsWith("/")) {
            return errorPath;
        }
        return errorPath.isEmpty() ? entryPath + "/config" : entryPath + "/config/" + errorPath;
    }
}
