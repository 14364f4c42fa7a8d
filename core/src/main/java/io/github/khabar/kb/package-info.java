/**
 * The knowledge base: countries, places, organisations, titles and well-known persons, loaded from JSON
 * data files (bundled defaults plus the user's own), immutable and safe to share between threads.
 */
package io.github.khabar.kb;
