/**
 * The {@code bedrock}, {@code bedrock-query} and {@code bedrock-shutdown} commands (picocli), with
 * upstream's options and messages; every error exits with status 1.
 */
package bedrock.launcher.cli;
