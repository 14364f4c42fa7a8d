package io.github.khabar.model;

import java.time.LocalDate;

/**
 * An input document: an id, its full original text, and optionally its publication date and outlet. The
 * publication date anchors relative times ("أمس", "الاثنين الماضي"); without it they keep {@code X}s.
 */
public record Document(String id, String text, LocalDate published, String outlet) {
    public Document {
        Checks.notBlank(id, "id");
        Checks.notNull(text, "text");
        outlet = Checks.optional(outlet);
    }

    public static Document of(String id, String text) {
        return new Document(id, text, null, null);
    }

    public static Document of(String id, String text, LocalDate published) {
        return new Document(id, text, published, null);
    }
}
