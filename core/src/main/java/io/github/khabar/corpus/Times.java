package io.github.khabar.corpus;

import io.github.khabar.model.Status;
import io.github.khabar.model.TimeExpression;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * When a reported event can have happened: a window of days read from its time value (a day, a range, a
 * month), or — without one — from the publication date and the status (what happened is reported within a
 * few days; what is planned happens within weeks).
 */
final class Times {
    /** Days before publication an undated event that happened may lie. */
    static final int PAST_DAYS = 3;
    /** Days after publication an undated plan may come true. */
    static final int FUTURE_DAYS = 45;

    /** A window of days; {@code day} is set when the report names one day. */
    record Window(LocalDate from, LocalDate to, LocalDate day) {
        boolean overlaps(Window o, int slack) {
            return !from.minusDays(slack).isAfter(o.to) && !o.from.minusDays(slack).isAfter(to);
        }

        Window intersect(Window o) {
            LocalDate f = from.isAfter(o.from) ? from : o.from;
            LocalDate t = to.isBefore(o.to) ? to : o.to;
            // two vague windows meeting on one day do not make a named day
            return f.isAfter(t) ? this : new Window(f, t, null);
        }

        static Window ofDay(LocalDate d) {
            return new Window(d, d, d);
        }
    }

    private Times() {}

    /** The window of a report, or null when nothing dates it. */
    static Window window(TimeExpression time, LocalDate published, Status status) {
        Window w = time != null ? parse(time.value()) : null;
        if (w != null || published == null) {
            return w;
        }
        return switch (status) {
            case OCCURRED, ONGOING, DENIED -> new Window(published.minusDays(PAST_DAYS), published, null);
            default -> new Window(published, published.plusDays(FUTURE_DAYS), null);
        };
    }

    /** A day, a {@code a/b} range of days, or a month; null for anything vaguer. */
    static Window parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            int slash = value.indexOf('/');
            if (slash > 0) {
                Window a = parse(value.substring(0, slash));
                Window b = parse(value.substring(slash + 1));
                return a == null || b == null || b.to.isBefore(a.from) ? null : new Window(a.from, b.to, null);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Window.ofDay(LocalDate.parse(value));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(value);
                return new Window(m.atDay(1), m.atEndOfMonth(), null);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
