package io.github.khabar.text.morph;

import java.util.Objects;

/**
 * One generated word, undiacritised, e.g. {@code ("يلتقيان", IMPERFECT, D3M)}.
 *
 * @param text   the word as usually printed: no diacritics, hamza on its seat
 * @param aspect the part of the paradigm
 * @param cell   person, gender and number for finite verbs; null for participles and masdars
 */
public record WordForm(String text, Aspect aspect, Cell cell) {
    /** Checks text and aspect are present. */
    public WordForm {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(aspect, "aspect");
    }
}
