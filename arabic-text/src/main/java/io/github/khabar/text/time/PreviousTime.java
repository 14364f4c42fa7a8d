package io.github.khabar.text.time;

import io.github.khabar.text.time.Resolver.Res;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The calendar fields of the last time expression found before a place in the text, which "الشهر نفسه",
 * "العام ذاته", "اليوم نفسه", "نفس الأسبوع" point back to ("التقيا في الثالث من آب، ثم في العاشر من
 * الشهر نفسه"). Fields the expression did not give are 0. Immutable.
 *
 * @param y     year, in the calendar the expression was written in
 * @param m     month, or 0
 * @param d     day, or 0
 * @param hijri the fields are Hijri (Umm al-Qura)
 * @param date  the Gregorian day when the expression named one day, else null
 */
record PreviousTime(int y, int m, int d, boolean hijri, LocalDate date) {

    /** The fields of a resolved value, or null when it names no year (a duration, PAST_REF, XXXX-…). */
    static PreviousTime of(Res r) {
        if (r == null) {
            return null;
        }
        if (r.date() != null) {
            LocalDate x = r.date();
            if (r.hijri()) {
                HijriDate h = HijriDate.of(x);
                return new PreviousTime(h.year(), h.month(), h.day(), true, x);
            }
            return new PreviousTime(x.getYear(), x.getMonthValue(), x.getDayOfMonth(), false, x);
        }
        String v = r.value();
        if (r.kind() == TimeKind.MONTH && v.length() == 7 && digits(v, 0, 4) && digits(v, 5, 7)) {
            return new PreviousTime(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)), 0, false,
                    null);
        }
        if (r.kind() == TimeKind.YEAR && v.length() == 4 && digits(v, 0, 4)) {
            return new PreviousTime(Integer.parseInt(v), 0, 0, false, null);
        }
        if (r.kind() == TimeKind.RANGE && v.length() >= 10 && digits(v, 0, 4) && v.charAt(4) == '-') {
            LocalDate a = parse(v.substring(0, 10));
            if (a == null) {
                return null;
            }
            if (!r.hijri()) {
                return new PreviousTime(a.getYear(), a.getMonthValue(), 0, false, null);
            }
            LocalDate b = v.length() == 21 ? parse(v.substring(11)) : null;
            HijriDate h = HijriDate.of(a);
            boolean month = b != null && ChronoUnit.DAYS.between(a, b) <= 30;
            return new PreviousTime(h.year(), month ? h.month() : 0, 0, true, null);
        }
        return null;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static LocalDate parse(String s) {
        try {
            return LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The same day (D), week (W), month (M) or year (Y), or null when this expression did not say it. */
    Res same(char unit) {
        switch (unit) {
            case 'D':
                return date == null ? null : mark(Resolver.day(date, false));
            case 'W':
                return date == null ? null : new Res(Resolver.week(date), TimeKind.YEAR, false, null);
            case 'M':
                return m == 0 ? null : mark(Resolver.resolveMonth(y, m, hijri, null, null));
            case 'Y':
                return mark(Resolver.resolveYear(y, hijri));
            default:
                return null;
        }
    }

    private Res mark(Res r) {
        return r == null || !hijri ? r : r.asHijri();
    }

    /** The year a month written in {@code hijriMonth}'s calendar has here ("مارس من العام نفسه"), or 0. */
    int yearFor(boolean hijriMonth) {
        if (hijriMonth == hijri) {
            return y;
        }
        if (date == null) {
            return 0;
        }
        return hijriMonth ? HijriDate.of(date).year() : date.getYear();
    }
}
