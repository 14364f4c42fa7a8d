package io.github.khabar.text;

/**
 * A quotation found by {@link QuoteFinder}.
 *
 * @param start        offset of the opening mark
 * @param end          offset after the closing mark
 * @param contentStart offset after the opening mark
 * @param contentEnd   offset of the closing mark
 * @param open         the opening mark as written
 * @param close        the closing mark as written
 */
public record Quote(int start, int end, int contentStart, int contentEnd, char open, char close) {
    /** Checks {@code start < contentStart <= contentEnd < end}. */
    public Quote {
        if (start < 0 || contentStart <= start || contentEnd < contentStart || end <= contentEnd) {
            throw new IllegalArgumentException(
                    "bad quote offsets " + start + "," + contentStart + "," + contentEnd + "," + end);
        }
    }

    /** The quoted text without the marks. */
    public String content(CharSequence original) {
        return original.subSequence(contentStart, contentEnd).toString();
    }
}
