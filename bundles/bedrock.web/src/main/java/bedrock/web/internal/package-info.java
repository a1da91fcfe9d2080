/** The web view's servlet and event feed; nothing is exported. */
package bedrock.web.internal;
