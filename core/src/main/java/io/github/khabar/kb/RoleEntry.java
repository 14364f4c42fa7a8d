package io.github.khabar.kb;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An office a known person holds or held.
 *
 * @param title   the canonical title ("وزير الخارجية"), normally one of the {@link TitleEntry#title()}s
 * @param country ISO 3166-1 alpha-2 code of the country the office serves; null for international offices
 * @param from    start, {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; null when unknown
 * @param to      end in the same format; null when current or unknown
 */
public record RoleEntry(String title, String country, String from, String to) {
    public RoleEntry {
        Objects.requireNonNull(title, "title");
        title = title.strip();
        country = Lists.optional(country);
        from = Lists.optional(from);
        to = Lists.optional(to);
    }

    /**
     * Whether this role was held in the given year, as far as the data says: an unknown start counts as
     * "always before", an absent end as "still held".
     */
    public boolean heldIn(int year) {
        if (from != null && Integer.parseInt(from.substring(0, 4)) > year) {
            return false;
        }
        return to == null || Integer.parseInt(to.substring(0, 4)) >= year;
    }

    /**
     * Whether this role was held on the given day, as far as the data says: a {@code yyyy} or {@code yyyy-mm}
     * date covers its whole year or month (so a handover month counts for both holders); an unknown start
     * counts as "always before", an absent end as "still held".
     */
    public boolean heldOn(LocalDate day) {
        LocalDate first = firstDay();
        LocalDate last = lastDay();
        return (first == null || !day.isBefore(first)) && (last == null || !day.isAfter(last));
    }

    /** The first day {@code from} allows (1 January of a year, the 1st of a month); null when unknown. */
    public LocalDate firstDay() {
        return day(from, false);
    }

    /** The last day {@code to} allows (31 December of a year, the month's last day); null when open. */
    public LocalDate lastDay() {
        return day(to, true);
    }

    /** The first (or, with {@code end}, last) day a {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd} date allows. */
    static LocalDate day(String v, boolean end) {
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 4) {
                int y = Integer.parseInt(v);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (v.length() == 7) {
                LocalDate d = LocalDate.parse(v + "-01");
                return end ? d.withDayOfMonth(d.lengthOfMonth()) : d;
            }
            return LocalDate.parse(v);
        } catch (RuntimeException e) {
            // a role built in code with a malformed date (files are validated): read it as unknown
            return null;
        }
    }
}
