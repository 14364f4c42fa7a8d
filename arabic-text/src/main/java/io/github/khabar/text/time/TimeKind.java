package io.github.khabar.text.time;

/** What a {@link TimeMention} denotes. */
public enum TimeKind {
    /** A calendar day: {@code 2025-02-24}, {@code XXXX-02-24}. */
    DATE,
    /** A clock time with no day: {@code T10:30}. */
    TIME,
    /** A day with a clock time: {@code 2025-02-24T10:30}. */
    DATETIME,
    /** Two points: {@code 2025-02-23/2025-02-24}, {@code 2010/2015}. */
    RANGE,
    /** An amount of time: {@code P3D}, {@code P2W}. */
    DURATION,
    /** A vague reference: {@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}. */
    REFERENCE,
    /** A day of the week whose date is not known: {@code XXXX-WXX-1}. */
    WEEKDAY,
    /** A month: {@code 2025-02}, {@code XXXX-10}. */
    MONTH,
    /** A year: {@code 2024}; also an ISO week {@code 2025-W09}. */
    YEAR
}
