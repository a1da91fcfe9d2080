/**
 * The embedded OSGi framework that hosts the Bedrock runtime for plain Java programs, and the
 * {@link bedrock.api.server.ServerFactory} that {@link bedrock.api.server.Server#start} finds on
 * the class path. A plain jar on the host class path; the bundle exports nothing.
 */
package bedrock.launcher;
