/**
 * The {@code flock} module: group providers that take upstream's Flock configuration and keep a
 * group file in Flock's format, on the membership engine the runtime's {@code ssg} groups use.
 */
package bedrock.module.flock;
