package io.github.khabar.model;

/**
 * Evidence: a stretch of the original document text. {@code start}/{@code end} are UTF-16 code-unit
 * offsets (Java {@code String} indices) into the original text, end exclusive, and {@code text} equals
 * {@code original.substring(start, end)} exactly.
 */
public record Span(int start, int end, String text) {
    public Span {
        Checks.range(start, end, "span");
        Checks.notNull(text, "text");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span text has " + text.length()
                    + " chars but the range [" + start + ", " + end + ") has " + (end - start));
        }
    }

    /** The span of {@code original} from {@code start} to {@code end}, with its text cut from it. */
    public static Span of(String original, int start, int end) {
        Checks.notNull(original, "original");
        if (end > original.length()) {
            throw new IllegalArgumentException("span end " + end + " is past the text's end " + original.length());
        }
        Checks.range(start, end, "span");
        return new Span(start, end, original.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    /** True when this span lies within {@code other}. */
    public boolean within(Span other) {
        return start >= other.start && end <= other.end;
    }

    /** True when the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
