package io.github.khabar.text.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication date read from an explicit cue in a text (a dateline, "اليوم الاثنين 24 شباط 2025").
 *
 * @param date       the date
 * @param confidence 0..1, how sure the cue makes us
 * @param start      UTF-16 offset of the cue's date expression in the original text
 * @param end        end of that expression, exclusive
 * @param cue        what kind of cue it was: {@code dateline}, {@code today}, {@code today+year},
 *                   {@code published}
 */
public record InferredDate(LocalDate date, double confidence, int start, int end, String cue) {
    /** Checks the invariants. */
    public InferredDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cue, "cue");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
