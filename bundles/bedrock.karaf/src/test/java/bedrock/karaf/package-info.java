/** The Karaf feature repository installed in a real Apache Karaf ({@code *IT}, run after package). */
package bedrock.karaf;
