package io.github.khabar.text.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Turns partial dates into TIMEX3 values, using the reference date when one is given. Stateless.
 *
 * <p>Modifiers: {@code PAST} (الماضي: the most recent occurrence before the reference), {@code FUTURE}
 * (المقبل: the next one after it), {@code THIS} (الجاري: the reference year), {@code YPAST},
 * {@code YTHIS}, {@code YFUTURE} ("من العام الماضي/الجاري/المقبل"), or null (the occurrence nearest
 * the reference).
 */
final class Resolver {
    private Resolver() {}

    /** Modifiers set by a caller's direction ({@link TimeDirection}), not by the words. */
    static final String LEAN_FORWARD = "LEAN_FORWARD";
    static final String LEAN_BACKWARD = "LEAN_BACKWARD";
    /**
     * How far on the wrong side of the reference the nearest day + month may lie and still be kept
     * under a direction: a plan told a few weeks late, a date slightly off, is likelier than one a year
     * away.
     */
    static final int LEAN_TOLERANCE_DAYS = 31;

    /**
     * A resolved value. {@code date} is set when the value is one Gregorian day; {@code hijri} when it was
     * written in the Hijri calendar; {@code mod} is a TIMEX3 modifier (START, MID, END) or null;
     * {@code inference} says why the value is not what the words alone give, or null.
     */
    record Res(String value, TimeKind kind, boolean relative, LocalDate date, boolean hijri, String mod,
               String inference) {
        Res(String value, TimeKind kind, boolean relative, LocalDate date) {
            this(value, kind, relative, date, false, null, null);
        }

        Res withMod(String m) {
            return new Res(value, kind, relative, date, hijri, m, inference);
        }

        Res withInference(String why) {
            return new Res(value, kind, relative, date, hijri, mod, why);
        }

        Res asHijri() {
            return new Res(value, kind, relative, date, true, mod, inference);
        }
    }

    static String iso(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static Res day(LocalDate d, boolean relative) {
        return new Res(iso(d), TimeKind.DATE, relative, d);
    }

    private static Optional<LocalDate> greg(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> dateIn(int y, int m, int d, boolean hijri) {
        return hijri ? new HijriDate(y, m, d).toGregorian() : greg(y, m, d);
    }

    /** Year (Gregorian or Hijri) of the reference. */
    private static int refYear(LocalDate ref, boolean hijri) {
        return hijri ? HijriDate.of(ref).year() : ref.getYear();
    }

    /** Day + month (+ year when {@code y > 0}); null when no such day. */
    static Res resolveDay(int y, int m, int d, boolean hijri, String mod, LocalDate ref) {
        if (m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        if (y > 0) {
            return dateIn(y, m, d, hijri).map(x -> hijri ? day(x, false).asHijri() : day(x, false)).orElse(null);
        }
        if (ref == null) {
            if (hijri) {
                return d <= 30 ? new Res("XXXX-XX-XX", TimeKind.DATE, false, null) : null;
            }
            if (greg(2024, m, d).isEmpty()) {
                return null;
            }
            return new Res(String.format("XXXX-%02d-%02d", m, d), TimeKind.DATE, false, null);
        }
        int ry = refYear(ref, hijri);
        LocalDate best = null;
        if (mod != null && mod.startsWith("Y")) {
            int y2 = ry + ("YPAST".equals(mod) ? -1 : "YFUTURE".equals(mod) ? 1 : 0);
            best = dateIn(y2, m, d, hijri).orElse(null);
        } else if ("THIS".equals(mod)) {
            best = dateIn(ry, m, d, hijri).orElse(null);
        } else {
            for (int yy = ry - 2; yy <= ry + 2; yy++) {
                Optional<LocalDate> c = dateIn(yy, m, d, hijri);
                if (c.isEmpty()) {
                    continue;
                }
                LocalDate x = c.get();
                if (LEAN_FORWARD.equals(mod) || LEAN_BACKWARD.equals(mod)) {
                    if (best == null || Math.abs(x.toEpochDay() - ref.toEpochDay())
                            < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                        best = x;
                    }
                } else if ("PAST".equals(mod)) {
                    if (!x.isAfter(ref) && (best == null || x.isAfter(best))) {
                        best = x;
                    }
                } else if ("FUTURE".equals(mod)) {
                    if (!x.isBefore(ref) && (best == null || x.isBefore(best))) {
                        best = x;
                    }
                } else if (best == null || Math.abs(x.toEpochDay() - ref.toEpochDay())
                        < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                    best = x;
                }
            }
        }
        if (best != null && LEAN_FORWARD.equals(mod) && best.isBefore(ref.minusDays(LEAN_TOLERANCE_DAYS))) {
            best = dateIn(refYear(best, hijri) + 1, m, d, hijri).orElse(best);
        } else if (best != null && LEAN_BACKWARD.equals(mod) && best.isAfter(ref.plusDays(LEAN_TOLERANCE_DAYS))) {
            best = dateIn(refYear(best, hijri) - 1, m, d, hijri).orElse(best);
        }
        return best == null ? null : hijri ? day(best, true).asHijri() : day(best, true);
    }

    /** A month (+ year when {@code y > 0}). Hijri months become a range of Gregorian days. */
    static Res resolveMonth(int y, int m, boolean hijri, String mod, LocalDate ref) {
        if (m < 1 || m > 12) {
            return null;
        }
        boolean relative = false;
        if (y <= 0) {
            if (ref == null) {
                return new Res(hijri ? "XXXX-XX" : String.format("XXXX-%02d", m), TimeKind.MONTH, false, null);
            }
            relative = true;
            int ry = refYear(ref, hijri);
            int rm = hijri ? HijriDate.of(ref).month() : ref.getMonthValue();
            if (mod != null && mod.startsWith("Y")) {
                y = ry + ("YPAST".equals(mod) ? -1 : "YFUTURE".equals(mod) ? 1 : 0);
            } else if ("THIS".equals(mod)) {
                y = ry;
            } else if ("PAST".equals(mod)) {
                y = m < rm ? ry : ry - 1;
            } else if ("FUTURE".equals(mod)) {
                y = m > rm ? ry : ry + 1;
            } else {
                int diff = m - rm;
                y = diff > 6 ? ry - 1 : diff < -6 ? ry + 1 : ry;
            }
        }
        if (!hijri) {
            return new Res(String.format("%04d-%02d", y, m), TimeKind.MONTH, relative, null);
        }
        Optional<LocalDate> a = new HijriDate(y, m, 1).toGregorian();
        int len = HijriDate.lengthOfMonth(y, m);
        Optional<LocalDate> b = new HijriDate(y, m, len).toGregorian();
        if (a.isEmpty() || b.isEmpty()) {
            return null;
        }
        return new Res(iso(a.get()) + "/" + iso(b.get()), TimeKind.RANGE, relative, null).asHijri();
    }

    /** A year; a Hijri year becomes a range of Gregorian days. */
    static Res resolveYear(int y, boolean hijri) {
        if (!hijri) {
            return new Res(String.format("%04d", y), TimeKind.YEAR, false, null);
        }
        Optional<LocalDate> a = new HijriDate(y, 1, 1).toGregorian();
        Optional<LocalDate> b = new HijriDate(y, 12, HijriDate.lengthOfMonth(y, 12)).toGregorian();
        if (a.isEmpty() || b.isEmpty()) {
            return null;
        }
        return new Res(iso(a.get()) + "/" + iso(b.get()), TimeKind.RANGE, false, null).asHijri();
    }

    /**
     * A day of the week. {@code tense}: PAST (الماضي, strictly before the reference), FUTURE
     * (المقبل, strictly after), FUTURE_CUE (a future verb before it: on or after), null (on or before).
     */
    static Res resolveWeekday(int isoDow, String tense, LocalDate ref) {
        if (ref == null) {
            return new Res("XXXX-WXX-" + isoDow, TimeKind.WEEKDAY, false, null);
        }
        DayOfWeek dow = DayOfWeek.of(isoDow);
        LocalDate d;
        if ("PAST".equals(tense)) {
            d = ref.with(TemporalAdjusters.previous(dow));
        } else if ("FUTURE".equals(tense)) {
            d = ref.with(TemporalAdjusters.next(dow));
        } else if ("FUTURE_CUE".equals(tense)) {
            d = ref.with(TemporalAdjusters.nextOrSame(dow));
        } else {
            d = ref.with(TemporalAdjusters.previousOrSame(dow));
        }
        return day(d, true);
    }

    /**
     * The day {@code r} names moved to the weekday named beside it when the two are one day apart ("اليوم
     * الجمعة" in a story dated Saturday, written the day before; "الخميس 3 / 9 / 1439هـ" where the month
     * began a day off the Umm al-Qura table): the weekday wins, and the value records why. Any other
     * disagreement leaves {@code r} as it is.
     */
    static Res weekdayWins(Res r, int isoDow, String weekday) {
        if (r == null || r.date() == null) {
            return r;
        }
        LocalDate x = r.date();
        int diff = Math.floorMod(isoDow - x.getDayOfWeek().getValue(), 7);
        LocalDate y;
        if (diff == 1) {
            y = x.plusDays(1);
        } else if (diff == 6) {
            y = x.minusDays(1);
        } else {
            return r;
        }
        return new Res(iso(y), r.kind(), r.relative(), y, r.hijri(), r.mod(),
                "weekday " + weekday + " is " + iso(y) + ", one day from " + iso(x) + ": the weekday wins");
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** الأسبوع/الشهر/العام + shift (−1 past, 0 this, +1 next). */
    static Res resolvePeriod(char unit, int shift, LocalDate ref) {
        if (ref == null) {
            String v = unit == 'W' ? "XXXX-WXX" : unit == 'M' ? "XXXX-XX" : "XXXX";
            return new Res(v, unit == 'M' ? TimeKind.MONTH : TimeKind.YEAR, false, null);
        }
        switch (unit) {
            case 'W':
                return new Res(week(ref.plusWeeks(shift)), TimeKind.YEAR, true, null);
            case 'M': {
                YearMonth ym = YearMonth.from(ref).plusMonths(shift);
                return new Res(String.format("%04d-%02d", ym.getYear(), ym.getMonthValue()), TimeKind.MONTH, true, null);
            }
            default:
                return new Res(String.format("%04d", ref.getYear() + shift), TimeKind.YEAR, true, null);
        }
    }

    /** A point n units before (sign −1) or after (+1) the reference. */
    static Res resolveShift(String unit, int n, int sign, LocalDate ref) {
        switch (unit) {
            case "D":
            case "W":
            case "H":
            case "MI": {
                if (ref == null) {
                    return new Res("XXXX-XX-XX", TimeKind.DATE, false, null);
                }
                long days = "D".equals(unit) ? n : "W".equals(unit) ? 7L * n : 0;
                return day(ref.plusDays(sign * days), true);
            }
            case "M": {
                if (ref == null) {
                    return new Res("XXXX-XX", TimeKind.MONTH, false, null);
                }
                YearMonth ym = YearMonth.from(ref).plusMonths((long) sign * n);
                return new Res(String.format("%04d-%02d", ym.getYear(), ym.getMonthValue()), TimeKind.MONTH, true, null);
            }
            default:
                if (ref == null) {
                    return new Res("XXXX", TimeKind.YEAR, false, null);
                }
                return new Res(String.format("%04d", ref.getYear() + sign * n), TimeKind.YEAR, true, null);
        }
    }

    static String duration(String unit, int n) {
        String q = n <= 0 ? "X" : Integer.toString(n);
        switch (unit) {
            case "H":
                return "PT" + q + "H";
            case "MI":
                return "PT" + q + "M";
            default:
                return "P" + q + unit;
        }
    }
}
