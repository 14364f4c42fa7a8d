package io.github.khabar.text;

import java.util.Objects;

/**
 * A token of the original text.
 *
 * @param start offset of the first UTF-16 unit in the original text
 * @param end   offset after the last unit
 * @param text  exactly {@code original.substring(start, end)}: diacritics and tatweel included
 * @param type  what kind of token it is
 */
public record Token(int start, int end, String text, TokenType type) {
    /** Checks the offsets agree with the text. */
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad token offsets " + start + ".." + end + " for '" + text + "'");
        }
    }
}
