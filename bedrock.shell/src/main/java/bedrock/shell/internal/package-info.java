/** Gogo commands; private to the bundle. */
package bedrock.shell.internal;
