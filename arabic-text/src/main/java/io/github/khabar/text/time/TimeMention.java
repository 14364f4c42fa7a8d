package io.github.khabar.text.time;

import java.util.Objects;

/**
 * One time expression found in a text.
 *
 * @param start     UTF-16 offset of the first character in the original text
 * @param end       UTF-16 offset just past the last character (exclusive)
 * @param text      exactly {@code original.substring(start, end)}
 * @param value     ISO-8601 / TIMEX3 value: {@code 2025-02-24}, {@code 2025-02}, {@code 2025},
 *                  {@code 2025-W09}, {@code 2016-W11-WE} (a weekend), {@code XXXX-02-24},
 *                  {@code 2025-02-23/2025-02-24}, {@code T10:30}, {@code 2025-02-24T10:30},
 *                  {@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}, {@code P3D}
 * @param kind      what the value denotes
 * @param relative  true when the value was computed from the reference date
 * @param mod       TIMEX3 modifier: {@code START} (مطلع، أوائل، بداية), {@code MID} (منتصف، أواسط),
 *                  {@code END} (أواخر، نهاية، ختام) of the period the value names, or null
 * @param inference why the value is not what the words alone give ("اليوم الجمعة" in a story dated
 *                  Saturday is the Friday: the weekday wins), or null; a caller may report it
 */
public record TimeMention(int start, int end, String text, String value, TimeKind kind, boolean relative,
                          String mod, String inference) {
    /** Checks the invariants: {@code 0 <= start <= end}, non-null text, value and kind. */
    public TimeMention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
    }

    /** A mention with no modifier and nothing inferred. */
    public TimeMention(int start, int end, String text, String value, TimeKind kind, boolean relative) {
        this(start, end, text, value, kind, relative, null, null);
    }
}
