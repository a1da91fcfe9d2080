/** Tests of the commands' options, messages and exit statuses, and end-to-end runs of bin/ scripts. */
package bedrock.launcher.cli;
