package io.github.khabar.text;

import java.util.Objects;

/**
 * A problem noticed in the text, never an exception.
 *
 * @param code    stable machine-readable code, e.g. {@value #UNBALANCED_QUOTE}
 * @param start   offset of the first character concerned
 * @param end     offset after the last character concerned
 * @param message human-readable explanation
 */
public record TextIssue(String code, int start, int end, String message) {
    /** A quote mark that has no partner in its paragraph. */
    public static final String UNBALANCED_QUOTE = "UNBALANCED_QUOTE";

    /** Checks the fields. */
    public TextIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
