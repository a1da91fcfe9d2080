/**
 * The providers and clients of the recording test modules ({@code module_a}, {@code module_b}).
 * Not a bundle of its own: each module bundle embeds this package privately.
 */
package bedrock.module.recording;
