package io.github.khabar.kb;

import java.util.List;
import java.util.Objects;

/**
 * A title, office or honorific.
 *
 * @param title    the canonical form: masculine, without ال ("وزير الخارجية")
 * @param forms    every surface form, {@code title} first: feminine, with and without ال
 *                 ("وزيرة الخارجية"...)
 * @param category broad category
 * @param personal true when the title denotes a single holder (a person), false for honorifics and
 *                 collective or ambiguous words
 */
public record TitleEntry(String title, List<String> forms, TitleCategory category, boolean personal) {
    public TitleEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        title = title.strip();
        forms = Lists.stringsWithFirst(title, forms);
    }
}
