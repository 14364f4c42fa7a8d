package io.github.khabar.model;

/**
 * A time reference: the words of the text and their value in ISO-8601 / TIMEX3 form ({@code 2025-02-24},
 * {@code 2025-02}, {@code XXXX-02-24}, {@code 2025-02-23/2025-02-24}, {@code PAST_REF}...). {@code start}
 * and {@code end} locate the words in the original text when they come from it (null when the time was
 * inferred, e.g. from the publication date). {@code mod} is the TIMEX3 modifier of the value, or null:
 * {@code START} ("مطلع الشهر المقبل"), {@code MID} ("منتصف العام"), {@code END} ("أواخر العام الماضي").
 */
public record TimeExpression(String text, String value, Integer start, Integer end, String mod) {
    public TimeExpression {
        Checks.notBlank(value, "value");
        text = Checks.optional(text);
        mod = Checks.optional(mod);
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("time: start and end must both be given or both be absent");
        }
        if (start != null) {
            Checks.range(start, end, "time");
        }
    }

    /** A time with no modifier. */
    public TimeExpression(String text, String value, Integer start, Integer end) {
        this(text, value, start, end, null);
    }

    /** The same words with another value (the modifier is kept). */
    public TimeExpression withValue(String newValue) {
        return new TimeExpression(text, newValue, start, end, mod);
    }

    /** A time found in the text at {@code span}. */
    public static TimeExpression of(Span span, String value) {
        return new TimeExpression(span.text(), value, span.start(), span.end());
    }

    /** A time with no location in the text. */
    public static TimeExpression of(String text, String value) {
        return new TimeExpression(text, value, null, null);
    }
}
