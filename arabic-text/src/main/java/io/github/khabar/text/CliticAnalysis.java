package io.github.khabar.text;

import java.util.Objects;

/**
 * One segmentation of a word into proclitics, stem and enclitic, e.g. {@code ("و","بحث","")},
 * {@code ("وب","الرئيس","")}, {@code ("","نظير","ه")}. All three parts are diacritic- and tatweel-free.
 *
 * @param proclitics the attached prefixes in order, possibly empty ({@code "وب"}, {@code "فس"}, {@code "ولل"})
 * @param stem       the rest, at least two letters
 * @param enclitic   the attached pronoun suffix, possibly empty
 */
public record CliticAnalysis(String proclitics, String stem, String enclitic) {
    /** Checks no part is null. */
    public CliticAnalysis {
        Objects.requireNonNull(proclitics, "proclitics");
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(enclitic, "enclitic");
    }

    /** True when neither a proclitic nor an enclitic was split off. */
    public boolean isUnsegmented() {
        return proclitics.isEmpty() && enclitic.isEmpty();
    }
}
