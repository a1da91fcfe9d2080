/** Tests of the embedded framework: unit tests, and {@code *IT} tests run on the built distribution. */
package bedrock.launcher;
