package io.github.khabar.text;

import java.util.Objects;

/**
 * One line {@link PageCleaner} classified as web boilerplate.
 *
 * <p>{@code start} and {@code end} are UTF-16 offsets into the original text passed to
 * {@link PageCleaner#clean(CharSequence)}; {@code end} is exclusive and excludes the line terminator, so
 * {@code text.substring(start, end)} is exactly the line as it appeared.
 *
 * <p>{@code reason} names the signal that fired. Reasons used by the cleaner: {@code UI_PHRASE},
 * {@code SHARE_BUTTONS}, {@code IMAGE_CREDIT}, {@code BYLINE}, {@code TAGS}, {@code DONATION},
 * {@code RELATED}, {@code COMMENT_PROMPT}, {@code COPYRIGHT}, {@code SUBSCRIBE}, {@code END_MARKER},
 * {@code LINK_LINE}, {@code NAV}, {@code TIMESTAMP}, {@code SYMBOLS}, {@code REPEATED_TOKENS},
 * {@code DUPLICATE}, {@code NON_TEXT}, {@code SHORT_NON_SENTENCE}; phrases a caller adds may carry any
 * upper-case reason of their own.
 */
public record DroppedLine(int start, int end, String reason) {
    public DroppedLine {
        Objects.requireNonNull(reason, "reason");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + "," + end + ")");
        }
    }
}
