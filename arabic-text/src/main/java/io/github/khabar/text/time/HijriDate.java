package io.github.khabar.text.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A day of the Hijri calendar in the Umm al-Qura reckoning (ICU4J {@link IslamicCalendar},
 * {@code CalculationType.ISLAMIC_UMALQURA}), with conversion both ways.
 *
 * @param year  Hijri year (e.g. 1436)
 * @param month 1 = Muharram … 12 = Dhu al-Hijja
 * @param day   1..30
 */
public record HijriDate(int year, int month, int day) {
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    /** The Gregorian day, or empty when the fields do not name a real day (e.g. 30 of a 29-day month). */
    public Optional<LocalDate> toGregorian() {
        if (year < 1 || year > 3000 || month < 1 || month > 12 || day < 1 || day > 30) {
            return Optional.empty();
        }
        IslamicCalendar cal = calendar();
        cal.clear();
        cal.set(year, month - 1, day);
        if (cal.get(Calendar.DAY_OF_MONTH) != day || cal.get(Calendar.MONTH) != month - 1) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.ofEpochDay(cal.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH));
    }

    /** The Hijri day of a Gregorian day. */
    public static HijriDate of(LocalDate date) {
        IslamicCalendar cal = calendar();
        cal.clear();
        cal.set(Calendar.JULIAN_DAY, (int) (date.toEpochDay() + JULIAN_DAY_OF_EPOCH));
        return new HijriDate(cal.get(Calendar.EXTENDED_YEAR), cal.get(Calendar.MONTH) + 1, cal.get(Calendar.DAY_OF_MONTH));
    }

    /** Number of days of a Hijri month (29 or 30), or 0 when out of range. */
    public static int lengthOfMonth(int year, int month) {
        if (year < 1 || year > 3000 || month < 1 || month > 12) {
            return 0;
        }
        IslamicCalendar cal = calendar();
        cal.clear();
        cal.set(year, month - 1, 1);
        return cal.getActualMaximum(Calendar.DAY_OF_MONTH);
    }

    /**
     * Checks that the ICU4J on the class path has the Umm al-Qura calendar (ICU4J 55.1 or later), so that an
     * application pinned to an older ICU4J fails at start-up with a clear message, not with a
     * {@code NoSuchMethodError} on the first Hijri date of some document.
     *
     * @throws IllegalStateException naming the ICU4J version found and the one needed
     */
    public static void requireCalendar() {
        calendar();
    }

    private static IslamicCalendar calendar() {
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        try {
            cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        } catch (LinkageError e) { // NoSuchMethodError, or NoClassDefFoundError for CalculationType
            throw new IllegalStateException("ICU4J " + VersionInfo.ICU_VERSION + " is on the class path, but Khabar"
                    + " needs ICU4J 55.1 or later (the Umm al-Qura calendar, IslamicCalendar.setCalculationType)", e);
        }
        return cal;
    }
}
