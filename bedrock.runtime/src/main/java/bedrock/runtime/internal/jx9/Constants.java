package bedrock.runtime.internal.jx9;

/** Jx9's built-in constants; any other bare identifier stands for its own name. */
final class Constants {
    private Constants() {
    }

    static Object value(String name) {
        return switch (name) {
            case "JX9_EOL", "PHP_EOL" -> "\n";
            case "JX9_INT_MAX", "PHP_INT_MAX" -> Long.MAX_VALUE;
            case "JX9_INT_SIZE", "PHP_INT_SIZE" -> 8L;
            case "JX9_VERSION" -> "1.7.2";
            case "JX9_OS", "PHP_OS" -> "Linux";
            case "M_PI" -> Math.PI;
            case "M_E" -> Math.E;
            case "COUNT_NORMAL" -> 0L;
            case "COUNT_RECURSIVE" -> 1L;
            case "SORT_REGULAR" -> 3L;
            case "SORT_NUMERIC" -> 4L;
            case "SORT_STRING" -> 5L;
            case "JSON_PRETTY_PRINT" -> 128L;
            default -> LibConstants.value(name);
        };
    }
}
