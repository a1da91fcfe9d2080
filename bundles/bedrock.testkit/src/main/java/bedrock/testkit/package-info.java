/**
 * Stand-ins for the runtime in module unit tests: an in-memory RPC engine, an executor-backed
 * pool and hand-made factory arguments. Not shipped; used as a test dependency.
 */
package bedrock.testkit;
