/**
 * Local storage behind a yokan provider: a sorted in-memory map, a hash map, and a persistent
 * H2 MVStore file. Private to the bundle.
 */
package bedrock.module.yokan.backend;
