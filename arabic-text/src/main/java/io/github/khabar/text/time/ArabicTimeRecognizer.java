package io.github.khabar.text.time;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds Arabic time expressions in a text and resolves them to ISO-8601 / TIMEX3 values.
 *
 * <p>Recognised: Gregorian month names of every regional system (Egyptian/Gulf يناير…, Levantine/Iraqi
 * كانون الثاني…, Algerian/Tunisian جانفي…, Moroccan يوليوز غشت…), paired names (شباط/فبراير), Hijri
 * months with years (converted with the Umm al-Qura calendar) and Hijri = Gregorian pairs (الموافق),
 * numeric dates, ordinal days, days of the week, parts of the day, relative days (اليوم، أمس، غدا…),
 * relative periods (الأسبوع الماضي، الشهر الجاري، العام المقبل), amounts (قبل ثلاثة أيام، منذ عامين),
 * ranges (بين 23 و24 شباط), years, clock times and vague references (حاليا، في وقت سابق); a day of a month
 * (الخامس من شهر أيار المقبل), the time told before (العاشر من الشهر نفسه، العام ذاته), weekends
 * (نهاية الأسبوع المقبل → {@code 2016-W11-WE}) and the part of a period as a TIMEX3 modifier
 * ({@link TimeMention#mod()}). A weekday named beside اليوم/أمس/غدا, or beside a Hijri date, one day
 * off the date those give, wins, and {@link TimeMention#inference()} says so. See {@code docs/dates.md}
 * for the full rules.
 *
 * <p>Instances are immutable and thread-safe; build one with {@link #create()} and share it.
 * {@link #find} never throws on any input and runs in time linear in the length of the text.
 */
public final class ArabicTimeRecognizer {
    private final Lexicon lexicon;

    private ArabicTimeRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Builds a recognizer (loads the lexicon and the CLDR month names). Costly: build once, share. */
    public static ArabicTimeRecognizer create() {
        return new ArabicTimeRecognizer(Lexicon.load());
    }

    /**
     * The time expressions of {@code text}, non-overlapping, in text order, the longest match at each
     * place.
     *
     * @param text      any text; null or empty gives an empty list
     * @param reference the publication date relative expressions resolve against, or null: then
     *                  relative values keep {@code X}s ("أمس" → {@code XXXX-XX-XX}, "الاثنين" →
     *                  {@code XXXX-WXX-1}, "أكتوبر الماضي" → {@code XXXX-10}, "العام الماضي" →
     *                  {@code XXXX}) and {@code relative} is false
     * @return an immutable list
     */
    public List<TimeMention> find(CharSequence text, LocalDate reference) {
        return scan(text, reference).run();
    }

    /**
     * The text tokenised once, for several questions about it: {@link TimeText#find(LocalDate)} and
     * {@link PublicationDates#inferPrepared(TimeText)} then share the tokens and their look-ups.
     *
     * @param text any text; null reads as empty
     * @return a holder confined to the calling thread
     */
    public TimeText prepare(CharSequence text) {
        return new TimeText(this, Tokens.of(text == null ? "" : text));
    }

    /**
     * The time expressions of a text whose tense is known from outside the time words: the hook for a
     * stage that reads clauses ("وأعلنت الرئاسة أن الرئيس يزور القاهرة الخميس" is a plan: its Thursday is
     * the coming one). Spans are those of {@link #find(CharSequence, LocalDate)}; every expression the
     * words leave open is read in {@code direction}, as {@link #orient} does, but in the context of the
     * whole text ("العاشر من الشهر نفسه" still finds the month told before). Pass one clause, or a whole
     * text whose events all lie one way.
     *
     * @param text      a clause or a text; null or empty gives an empty list
     * @param reference the publication date, or null (then {@code direction} changes nothing)
     * @param direction which way the events the text tells of lie; null reads the words alone
     * @return an immutable list
     */
    public List<TimeMention> find(CharSequence text, LocalDate reference, TimeDirection direction) {
        CharSequence s = text == null ? "" : text;
        return new Scanner(Tokens.of(s), reference, lexicon, reference == null ? null : direction).run();
    }

    /**
     * The mention resolved again in a direction known from outside its words: a weekday or a day and
     * month without a year found in the clause of a planned event points forward ("ومن المقرر أن يعقد …
     * محادثات … يوم الخميس" is the coming Thursday), in the clause of one that took place backward.
     * Only what the words leave open changes: a weekday with no الماضي/المقبل becomes its next occurrence
     * on or after the reference (FORWARD) or its last on or before it (BACKWARD); a day and month with no
     * year and no modifier moves to the other year only when the nearest one lies more than
     * {@value Resolver#LEAN_TOLERANCE_DAYS} days on the wrong side of the reference (a plan reported a
     * little late keeps its date). Anything else, and any mention that was not computed from the
     * reference, is returned unchanged.
     *
     * @param m         a mention this recognizer found
     * @param reference the reference date it was resolved against; null returns {@code m}
     * @param direction which way the event it dates lies
     * @return {@code m}, or a mention with the same span and text and the re-resolved value
     */
    public TimeMention orient(TimeMention m, LocalDate reference, TimeDirection direction) {
        if (m == null || reference == null || direction == null || !m.relative()) {
            return m;
        }
        List<TimeMention> again = new Scanner(Tokens.of(m.text()), reference, lexicon, direction).run();
        if (again.size() != 1) {
            return m;
        }
        TimeMention r = again.get(0);
        if (r.start() != 0 || r.end() != m.text().length() || r.value().equals(m.value())) {
            return m;
        }
        return new TimeMention(m.start(), m.end(), m.text(), r.value(), r.kind(), r.relative(), r.mod(),
                r.inference());
    }

    /** The scanner for one call (package-private: the linear-time test counts its operations). */
    Scanner scan(CharSequence text, LocalDate reference) {
        CharSequence s = text == null ? "" : text;
        return new Scanner(Tokens.of(s), reference, lexicon, null);
    }

    Lexicon lexicon() {
        return lexicon;
    }
}
