package io.github.khabar.model;

import java.time.LocalDate;

/**
 * What an extraction says about its document: the id, the publication date used (given or inferred; null
 * when unknown), the length of the original text in UTF-16 units, and the span holding the article body
 * (without page boilerplate).
 */
public record DocumentInfo(String id, LocalDate published, int chars, CharRange contentSpan) {
    public DocumentInfo {
        Checks.notBlank(id, "id");
        if (chars < 0) {
            throw new IllegalArgumentException("chars must not be negative: " + chars);
        }
        if (contentSpan != null && contentSpan.end() > chars) {
            throw new IllegalArgumentException("contentSpan end " + contentSpan.end() + " is past chars " + chars);
        }
    }
}
