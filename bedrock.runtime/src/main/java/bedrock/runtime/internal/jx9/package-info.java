/**
 * A self-contained interpreter for the Jx9 scripting language as embedded in Mochi Bedrock: used for
 * Jx9 configurations, {@code __if__} conditions and configuration queries. Scripts are compiled once
 * into a tree of nodes and executed with per-call state under explicit resource limits; they cannot
 * reach files, the network or processes.
 */
package bedrock.runtime.internal.jx9;
