package io.github.khabar.kb;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO actor code a known person had for a time (CAMEO 1.1b3, chapter 3): a country's three-letter code
 * followed by role codes ({@code IRQGOV}, {@code EGYELI}), or an international code ({@code IGO}), with the
 * dates it held. Used for persons whose offices the knowledge base does not list by title (imported actor
 * dictionaries), so that their actors still carry a code that joins with GDELT/ICEWS-style data.
 *
 * @param code upper-case letters, a multiple of three ({@code IRQGOV})
 * @param from start, {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; null when unknown
 * @param to   end in the same format; null when current or unknown
 */
public record ActorCode(String code, String from, String to) {
    /** The shape of a CAMEO actor code: three-letter segments. */
    static final Pattern SHAPE = Pattern.compile("(?:[A-Z]{3})+");

    public ActorCode {
        Objects.requireNonNull(code, "code");
        code = code.strip();
        from = Lists.optional(from);
        to = Lists.optional(to);
    }

    /** Whether the code applied on the given day, with the same reading of partial dates as {@link RoleEntry#heldOn}. */
    public boolean heldOn(LocalDate day) {
        LocalDate first = RoleEntry.day(from, false);
        LocalDate last = RoleEntry.day(to, true);
        return (first == null || !day.isBefore(first)) && (last == null || !day.isAfter(last));
    }
}
