package io.github.khabar.pipeline;

import io.github.khabar.model.StatementKind;
import io.github.khabar.text.Quote;

/**
 * Where a statement's content starts and ends: after أن/إن, a colon, the verb's particle or an inserted
 * phrase between commas ("قال X، في بيان، إن"); to the end of the clause or the next speech cue that opens
 * one; a quotation makes it DIRECT and may run past the sentence. Also what tells a cue is no statement of
 * its own (a relative clause describing the medium, a welcome of a guest). Stateless.
 */
final class StatementContent {
    private StatementContent() {
    }

    /** The longest phrase set off by commas between a speaker and إن/أن, in tokens. */
    static final int MAX_INSERT = 40;

    /**
     * "وقال X، خلال مؤتمر صحفي مشترك عقده مع نظيره … في ختام اجتماعات …، إن": a circumstantial phrase
     * between two commas, however long, keeps the speaker; the content starts after the particle that follows
     * the closing comma. -1 when there is none, or another speech verb opens a clause inside.
     */
    static int afterInsertedPhrase(DocIndex ix, int comma, int s1) {
        PreparedText t = ix.t;
        for (int k = comma + 1; k < Math.min(s1, comma + MAX_INSERT); k++) {
            DocIndex.Cue cue = ix.cueAt[k];
            if (cue != null && cue.start() == k && cue.kind() == DocIndex.CueKind.STATEMENT && !describesVehicle(t, k)) {
                return -1;
            }
            if (StatementWords.COMPLEMENTIZER.contains(t.norm(k)) || t.isPunct(k, ':')) return -1;
            if (t.isComma(k)) {
                return k + 1 < s1 && StatementWords.COMPLEMENTIZER.contains(t.norm(k + 1)) ? k + 2 : -1;
            }
        }
        return -1;
    }

    /**
     * "في حوار مع صحيفة الأهرام نشر اليوم": a speech verb right after the noun of the medium (or its outlet)
     * is a relative clause describing it (passive "نُشر"), not a new speaker's clause.
     */
    static boolean describesVehicle(PreparedText t, int k) {
        String w = t.norm(k);
        if (w.startsWith("و") || w.startsWith("ف") || k < 1) return false;
        for (int b = k - 1; b >= Math.max(0, k - 5); b--) {
            if (StatementWords.VEHICLE.contains(t.norm(b))) return true;
            if (!t.isWord(b)) return false;
        }
        return false;
    }

    /** A cue describing the medium inside the frame of the speech verb before it, whose content is still to come. */
    static boolean relativeInFrame(DocIndex ix, DocIndex.Cue c) {
        PreparedText t = ix.t;
        if (!describesVehicle(t, c.start())) return false;
        DocIndex.Cue verb = ix.previous(c);
        if (verb == null || verb.kind() != DocIndex.CueKind.STATEMENT || t.sentence(verb.start()) != t.sentence(c.start())) {
            return false;
        }
        for (int k = verb.end(); k < c.start(); k++) {
            if (StatementWords.COMPLEMENTIZER.contains(t.norm(k)) || t.isPunct(k, ':') || ix.quoteOpeningAt(k) != null) return false;
        }
        return true;
    }

    /** Token k is inside an actor's name, past its first word ("سي إن إن"), so no particle or cue. */
    static boolean insideName(DocIndex ix, int k) {
        Mention m = ix.mention(k);
        return m != null && m.actorId != null && k > m.tokStart && k < m.tokEnd
                && ix.t.start(k) < m.end && ix.t.end(k) > m.start;
    }

    /** What is welcomed is a person, a delegation or the visit ("رحب بالرئيس الضيف", "رحب بالوفد"). */
    static boolean welcomesGuest(DocIndex ix, int contentChar) {
        PreparedText t = ix.t;
        int k = t.firstTokenAtOrAfter(contentChar);
        if (k >= t.size()) return false;
        if (StatementWords.GUEST.contains(t.norm(k))) return true;
        Mention m = ix.mention(k);
        return m != null && m.tokStart == k && (m.isPersonLike() || m.kind == Mention.Kind.OFFICIALS)
                && t.norm(k).startsWith("ب");
    }

    /** A quote that closes right before the cue (past a comma). */
    static Quote quoteEndingBefore(DocIndex ix, int cue) {
        PreparedText t = ix.t;
        int k = cue - 1;
        while (k >= 0 && t.isComma(k)) k--;
        if (k < 0 || !t.isQuote(k)) return null;
        int close = t.end(k);
        for (Quote q : t.quotes) {
            if (q.end() == close && q.contentEnd() > q.contentStart()) return q;
        }
        return null;
    }

    /** The content particle with a pronoun ("عنها", "إليه"): the content is that pronoun's antecedent. */
    static boolean resumes(String w, String prep) {
        String p = prep.equals(Keys.of("إلى")) ? Keys.of("إلي") : prep;
        return w.length() > p.length() && w.startsWith(p) && StatementWords.PRONOUN_SUFFIX.contains(w.substring(p.length()));
    }

    /** The longest reported content, in tokens: a clause, not the rest of an endless sentence. */
    static final int MAX_CONTENT = 200;

    /**
     * Fills content from token {@code from} to the end of the clause (before the next speech cue that opens
     * a clause, or {@code limit}); a quote at the start makes it DIRECT and may run past the sentence.
     */
    static void content(DocIndex ix, EventDraft.StatementDraft st, int from, int limit) {
        PreparedText t = ix.t;
        while (from < limit && t.isComma(from)) from++;
        if (from >= t.size()) return;
        Quote q = t.isQuote(from) ? ix.quoteOpeningAt(from) : null;
        int startChar;
        int endChar;
        if (q != null) {
            startChar = q.contentStart();
            endChar = q.contentEnd();
            st.kind = StatementKind.DIRECT;
        } else {
            if (from >= limit) return;
            limit = Math.min(limit, from + MAX_CONTENT);
            int end = limit;
            for (int k = from + 1; k < limit; k++) {
                DocIndex.Cue c = ix.cueAt[k];
                if (c != null && c.start() == k && c.kind() == DocIndex.CueKind.STATEMENT && opensClause(ix, c)
                        && !"PARTICIPLE".equals(c.attr("TYPE"))) {
                    end = k;
                    break;
                }
            }
            while (end > from && (t.isComma(end - 1) || t.isPunct(end - 1, '.') || t.isPunct(end - 1, '؛'))) end--;
            if (end <= from) return;
            startChar = t.start(from);
            endChar = t.end(end - 1);
            // an unclosed quote at the start still reads as quoted words
            String raw = t.text.substring(startChar, endChar);
            if (t.isQuote(from)) {
                st.kind = StatementKind.DIRECT;
            } else if (raw.isEmpty()) {
                return;
            }
        }
        String text = t.text.substring(startChar, endChar);
        String clean = trimMarks(text);
        if (clean.isBlank()) return;
        int lead = text.indexOf(clean);
        st.contentStart = startChar + Math.max(0, lead);
        st.contentEnd = st.contentStart + clean.length();
        st.content = clean;
    }

    static boolean opensClause(DocIndex ix, DocIndex.Cue c) {
        PreparedText t = ix.t;
        String type = c.attr("TYPE");
        if ("PARTICIPLE".equals(type)) return t.isComma(c.start() - 1) || t.norm(c.start()).startsWith("و");
        if ("SOURCE".equals(type)) return namesSource(ix, c); // not "تسير وفق الخطة"
        String w = t.norm(c.start());
        return (w.startsWith("و") || w.startsWith("ف")) && (t.isComma(c.start() - 1) || t.isBreak(c.start() - 1))
                || afterAlso(t, c.start());
    }

    /**
     * "…، كما قال …": the verb after a comma and كما opens a clause of its own; so does a sentence that opens
     * with "كما ذكر أن" (or a paragraph, after a full stop): "also", it goes on with the speaker before.
     */
    static boolean afterAlso(PreparedText t, int cue) {
        return cue >= 1 && StatementWords.TRAILING.contains(t.norm(cue - 1)) && t.isBreak(cue - 2);
    }

    /** "بحسب X", "وفق ما نقلته وكالة X": an actor within a few words after the cue (past عن and lead words). */
    static boolean namesSource(DocIndex ix, DocIndex.Cue c) {
        PreparedText t = ix.t;
        int s1 = ix.sentenceEnd(c.start());
        for (int k = c.end(); k < Math.min(s1, c.end() + 5); k++) {
            Mention m = ix.mention(k);
            if (m != null && m.actorId != null && m.kind != Mention.Kind.PLACE) return true;
            String w = DocIndex.stripConj(t.norm(k));
            if (!t.isQuote(k) && !StatementWords.SOURCE_LEAD.contains(w) && !w.equals(Keys.of("عن"))) return false;
        }
        return false;
    }

    static String trimMarks(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isMark(s.charAt(a))) a++;
        while (b > a && isMark(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    static boolean isMark(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '«' || c == '»' || c == '“' || c == '”' || c == '„'
                || c == '،' || c == ',' || c == '.' || c == ':' || c == '؛' || c == '\'' || c == '‘' || c == '’'
                || c == '\u00a0' || c == '-' || c == '–';
    }

    /**
     * "وقال X في رسالة «إن القارة …»": the particle is the first word inside the quotation, so the words are
     * quoted (DIRECT) and end where the quotation closes.
     */
    static void quotedParticle(DocIndex ix, EventDraft.StatementDraft st, int contentStart) {
        PreparedText t = ix.t;
        if (st.kind == StatementKind.DIRECT || contentStart < 2
                || !StatementWords.COMPLEMENTIZER.contains(t.norm(contentStart - 1))) {
            return;
        }
        Quote q = ix.quoteOpeningAt(contentStart - 2);
        if (q == null || !t.isQuote(contentStart - 2) || q.contentEnd() <= st.contentStart) return;
        st.kind = StatementKind.DIRECT;
        if (q.contentEnd() < st.contentEnd) {
            String clean = trimMarks(t.text.substring(st.contentStart, q.contentEnd()));
            if (clean.isBlank()) return;
            st.content = clean;
            st.contentEnd = st.contentStart + clean.length();
        }
    }

    /** The fewest words a quotation in a speech frame needs to be the words said, not a name ("برنامج «الحصاد»"). */
    private static final int QUOTED_WORDS = 4;

    /** A quotation opens at token k, not after a preposition that names an outlet, with a sentence's worth of words. */
    static boolean quotedWords(DocIndex ix, int k) {
        PreparedText t = ix.t;
        Quote q = ix.quoteOpeningAt(k);
        if (q == null || k > 0 && StatementWords.OUTLET_PREPOSITION.contains(t.norm(k - 1))) return false;
        int words = 0;
        for (int n = k + 1; n < t.size() && t.start(n) < q.contentEnd() && words < QUOTED_WORDS; n++) {
            if (t.isWord(n)) words++;
        }
        return words >= QUOTED_WORDS;
    }
}
