package io.github.khabar.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into the original text.
 *
 * @param start first offset
 * @param end   offset after the last character
 */
public record TextRange(int start, int end) {
    /** Checks {@code 0 <= start <= end}. */
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /** The covered text of {@code original}. */
    public String of(CharSequence original) {
        return original.subSequence(start, end).toString();
    }

    /** Number of UTF-16 units covered. */
    public int length() {
        return end - start;
    }
}
