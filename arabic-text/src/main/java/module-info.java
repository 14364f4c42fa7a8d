/**
 * Arabic text utilities: offset-preserving normalisation, tokens and clitics, sentences, quotes, page
 * clean-up, name keys, and Arabic time expressions. Depends on ICU4J and Guava only.
 */
module io.github.khabar.text {
    requires com.ibm.icu;
    requires com.google.common;

    exports io.github.khabar.text;
    exports io.github.khabar.text.time;
    exports io.github.khabar.text.morph;
}
