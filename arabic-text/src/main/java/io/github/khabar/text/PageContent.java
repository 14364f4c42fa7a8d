package io.github.khabar.text;

import java.util.List;

/**
 * The result of {@link PageCleaner#clean(CharSequence)}.
 *
 * <p>{@code [start, end)} is the content span of the article (title and body): the smallest range of
 * UTF-16 offsets into the original text that covers every kept line. Boilerplate at the head or tail lies
 * outside it; boilerplate lines in the middle lie inside it and are listed in {@code dropped}, which the
 * pipeline uses to skip them. When no line is kept the span is empty ({@code start == end == 0}).
 *
 * <p>{@code dropped} lists every dropped line, inside or outside the span, in document order; it is
 * immutable.
 */
public record PageContent(int start, int end, List<DroppedLine> dropped) {
    public PageContent {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
        dropped = List.copyOf(dropped);
    }

    /** Whether the span holds no kept line. */
    public boolean isEmpty() {
        return start == end;
    }
}
