package io.github.khabar.model;

/** A range of UTF-16 offsets into the original text, end exclusive, without its text (e.g. a content span). */
public record CharRange(int start, int end) {
    public CharRange {
        Checks.range(start, end, "range");
    }

    public static CharRange of(int start, int end) {
        return new CharRange(start, end);
    }
}
