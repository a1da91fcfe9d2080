/**
 * Group membership behind our own interface ({@link bedrock.membership.Membership}), its JGroups
 * implementation, the mapping of SSG/Flock failure-detection settings onto it, and Flock's group-file
 * format. A private library: the bundles that use it embed a copy, so nothing here is exported.
 */
package bedrock.membership;
