/**
 * The execution layer: Argobots-like pools (task queues of one discipline), xstreams (platform
 * threads running a scheduler over an ordered list of pools), the registry that creates, looks up
 * and removes them with Margo's rules, and abt_io instances whose file operations run on a pool.
 *
 * <p>Private to the runtime bundle: nothing here is exported and nothing depends on OSGi.
 */
package bedrock.runtime.internal.argobots;
