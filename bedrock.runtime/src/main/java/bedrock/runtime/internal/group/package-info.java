/**
 * Groups of {@code ssg} entries on the membership engine ({@code bedrock.membership}, JGroups):
 * how an entry bootstraps, the live view as {@link bedrock.api.module.GroupHandle} and
 * {@code $__ssg__}, and the group file following it.
 */
package bedrock.runtime.internal.group;
