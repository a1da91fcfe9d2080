/** Runtime events: the journal remote watchers read, the sinks events go to, and how changes become events. */
package bedrock.runtime.internal.event;
