/**
 * Khabar's extraction pipeline and knowledge base. {@code io.github.khabar} is the API
 * ({@link io.github.khabar.Khabar}, {@link io.github.khabar.KhabarJson}); {@code io.github.khabar.kb} the
 * knowledge base a user can extend. The pipeline stages live in packages that are not exported.
 */
module io.github.khabar.core {
    requires transitive io.github.khabar.model;
    requires io.github.khabar.text;
    requires com.ibm.icu; // country names from CLDR for the knowledge base
    requires tools.jackson.databind;

    exports io.github.khabar;
    exports io.github.khabar.kb;
    exports io.github.khabar.corpus;
}
