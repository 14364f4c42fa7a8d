package io.github.khabar.text;

import java.util.Objects;

/**
 * A token of the original text: its UTF-16 offsets {@code [start, end)}, its type and its text, exactly
 * {@code original.substring(start, end)} (diacritics and tatweel included).
 *
 * <p>The text is cut from the original only when {@link #text()} is first called: tokenising a large text
 * then costs no string per token. Immutable in effect and safe to share between threads (the cached text
 * is an immutable {@code String}; two threads may both compute it, with the same result).
 */
public final class Token {
    private final int start;
    private final int end;
    private final TokenType type;
    private final CharSequence source;
    private String text;

    /** A token with its text given; the offsets must agree with it. */
    public Token(int start, int end, String text, TokenType type) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad token offsets " + start + ".." + end + " for '" + text + "'");
        }
        this.start = start;
        this.end = end;
        this.type = type;
        this.source = null;
        this.text = text;
    }

    /** A token of {@code source} whose text is cut on demand. */
    static Token of(CharSequence source, int start, int end, TokenType type) {
        return new Token(source, start, end, type);
    }

    private Token(CharSequence source, int start, int end, TokenType type) {
        if (start < 0 || end < start || end > source.length()) {
            throw new IllegalArgumentException("bad token offsets " + start + ".." + end);
        }
        this.start = start;
        this.end = end;
        this.type = Objects.requireNonNull(type, "type");
        this.source = source;
    }

    /** Offset of the first UTF-16 unit in the original text. */
    public int start() {
        return start;
    }

    /** Offset after the last unit. */
    public int end() {
        return end;
    }

    /** Exactly {@code original.substring(start, end)}. */
    public String text() {
        String t = text;
        if (t == null) {
            t = source.subSequence(start, end).toString();
            text = t;
        }
        return t;
    }

    /** What kind of token it is. */
    public TokenType type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token other && start == other.start && end == other.end && type == other.type
                && text().equals(other.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, text(), type);
    }

    @Override
    public String toString() {
        return "Token[start=" + start + ", end=" + end + ", text=" + text() + ", type=" + type + "]";
    }
}
