package io.github.khabar.pipeline;

import io.github.khabar.text.TokenType;

/** Where a story is filed from, read off its dateline. Stateless. */
final class Dateline {
    private static final String IN = Keys.of("في");
    /** A dateline sits in the first sentences: after a headline, at most. */
    private static final int SENTENCES = 3;

    private Dateline() {}

    /**
     * The country of a dateline: a place opening one of the first sentences and followed by a dash, a
     * bracket, a slash, a day's number or "في" and a date ("الرباط - …", "أبوظبي في 14 أكتوبر / وام /"); null if none.
     */
    static String country(PreparedText t, Gazetteer gazetteer) {
        for (int s = 0; s < Math.min(SENTENCES, t.sentences.size()); s++) {
            int k = t.sentenceFirstToken(s);
            if (k >= t.size()) break;
            Gazetteer.Match m = gazetteer.longestAt(t, k);
            if (m == null || m.cliticChars() > 0) continue;
            Gazetteer.Entry e = m.first(Gazetteer.Kind.PLACE);
            if (e == null) e = m.first(Gazetteer.Kind.COUNTRY);
            if (e == null || e.country() == null) continue;
            if (closes(t, m.end())) return e.country();
        }
        return null;
    }

    /**
     * Token {@code after} ends a dateline's place: a dash, a bracket, a slash, a day's number ("الرياض 05 رجب
     * 1445 هـ") or "في" and a date.
     */
    static boolean closes(PreparedText t, int after) {
        return after < t.size() && (t.isPunct(after, '-') || t.isPunct(after, '\u2013') || t.isPunct(after, '(')
                || t.isPunct(after, '/') || t.type(after) == TokenType.NUMBER
                || t.norm(after).equals(IN) && after + 1 < t.size() && t.type(after + 1) == TokenType.NUMBER);
    }
}
