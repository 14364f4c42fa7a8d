package io.github.khabar.kb;

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
}
