package io.github.khabar.text.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the publication date of a news text from explicit cues only; never guesses.
 *
 * <p>Cues, strongest first:
 * <ol>
 *   <li>{@code dateline}: a full date (day, month, year) at the start of one of the first lines,
 *       after at most three words (a place, an agency): "القاهرة 25 شوال 1436هـ الموافق 10 أغسطس 2015م"
 *       (0.95 with a Hijri = Gregorian pair, else 0.9);</li>
 *   <li>{@code published}: a full date after نشر / تاريخ النشر / آخر تحديث (0.85);</li>
 *   <li>{@code today}: "اليوم" (or صباح/مساء اليوم) followed by a full date: "اليوم الاثنين 24 شباط 2025" (0.9);</li>
 *   <li>{@code today+year}: "اليوم 31 من تموز" with the year taken from an explicit date elsewhere in
 *       the text with the same day and month (0.75) or from the nearest explicit year (0.6).</li>
 * </ol>
 */
public final class PublicationDates {
    private static final ArabicTimeRecognizer RECOGNIZER = ArabicTimeRecognizer.create();
    private static final int DATELINE_LINES = 4;
    private static final int DATELINE_WORDS = 3;

    private PublicationDates() {}

    /** The publication date the text itself states, or empty. Never throws. */
    public static Optional<InferredDate> infer(CharSequence text) {
        if (text == null || text.length() == 0) {
            return Optional.empty();
        }
        return inferPrepared(RECOGNIZER.prepare(text));
    }

    /**
     * As {@link #infer(CharSequence)}, reusing the tokens of a prepared text (and leaving its time
     * expressions without a reference date in it, for a later {@code text.find(null)}).
     */
    public static Optional<InferredDate> inferPrepared(TimeText text) {
        if (text.text().length() == 0) {
            return Optional.empty();
        }
        List<TimeMention> ms = text.find(null);
        Tokens t = text.tokens;
        InferredDate best = null;
        for (TimeMention m : ms) {
            LocalDate d = fullDay(m.value());
            if (d == null) {
                continue;
            }
            int tok = tokenAt(t, m.start());
            String norm = ArabicNorm.normalize(m.text());
            if (tok >= 0 && isDateline(t, tok)) {
                boolean pair = norm.contains("الموافق") || norm.contains("يوافق");
                best = better(best, new InferredDate(d, pair ? 0.95 : 0.9, m.start(), m.end(), "dateline"));
            }
            if (tok >= 0 && publishedCue(t, tok)) {
                best = better(best, new InferredDate(d, 0.85, m.start(), m.end(), "published"));
            }
            if (startsWithToday(norm)) {
                best = better(best, new InferredDate(d, 0.9, m.start(), m.end(), "today"));
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        // اليوم + day and month without a year: take the year from elsewhere
        for (TimeMention m : ms) {
            String norm = ArabicNorm.normalize(m.text());
            if (!startsWithToday(norm) || !m.value().matches("XXXX-\\d\\d-\\d\\d")) {
                continue;
            }
            String md = m.value().substring(4);
            InferredDate found = null;
            for (TimeMention o : ms) {
                if (o != m && o.value().length() == 10 && o.value().endsWith(md) && fullDay(o.value()) != null) {
                    found = new InferredDate(fullDay(o.value()), 0.75, m.start(), m.end(), "today+year");
                    break;
                }
            }
            if (found == null) {
                int bestDist = Integer.MAX_VALUE;
                for (TimeMention o : ms) {
                    if (o.value().matches("\\d{4}(-\\d\\d){0,2}")) {
                        int dist = Math.abs(o.start() - m.start());
                        int y = Integer.parseInt(o.value().substring(0, 4));
                        LocalDate d = safeDate(y, md);
                        if (d != null && dist < bestDist) {
                            bestDist = dist;
                            found = new InferredDate(d, 0.6, m.start(), m.end(), "today+year");
                        }
                    }
                }
            }
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static InferredDate better(InferredDate a, InferredDate b) {
        if (a == null || b.confidence() > a.confidence()) {
            return b;
        }
        return a;
    }

    private static boolean startsWithToday(String norm) {
        String s = norm.trim();
        for (String p : new String[] {"صباح ", "مساء ", "ظهر ", "فجر ", "ليله "}) {
            if (s.startsWith(p)) {
                s = s.substring(p.length()).trim();
            }
        }
        return s.startsWith("اليوم ") || s.startsWith("واليوم ");
    }

    private static LocalDate safeDate(int y, String md) {
        try {
            return LocalDate.parse(String.format("%04d", y) + md);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate fullDay(String v) {
        if (v.length() < 10 || !Character.isDigit(v.charAt(0))) {
            return null;
        }
        try {
            return LocalDate.parse(v.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int tokenAt(Tokens t, int offset) {
        int lo = 0;
        int hi = t.size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (t.end[mid] <= offset) {
                lo = mid + 1;
            } else if (t.start[mid] > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The date begins one of the first lines, after at most three words. */
    private static boolean isDateline(Tokens t, int tok) {
        int lines = 0;
        for (int k = 0; k <= tok; k++) {
            if (t.lineStart[k]) {
                lines++;
            }
        }
        if (lines > DATELINE_LINES) {
            return false;
        }
        int words = 0;
        for (int k = tok; k >= 0; k--) {
            if (k < tok) {
                if (t.type[k] == Tokens.WORD) {
                    words++;
                } else if (t.type[k] == Tokens.NUMBER) {
                    return false;
                }
            }
            if (words > DATELINE_WORDS) {
                return false;
            }
            if (t.lineStart[k]) {
                return true;
            }
        }
        return words <= DATELINE_WORDS;
    }

    private static boolean publishedCue(Tokens t, int tok) {
        for (int k = tok - 1; k >= 0 && k >= tok - 4; k--) {
            String w = t.norm[k];
            if (w.equals("نشر") || w.equals("النشر") || w.equals("تحديث") || w.equals("التحديث")
                    || w.equals("نشرت") || w.equals("بتاريخ")) {
                return true;
            }
        }
        return false;
    }
}
