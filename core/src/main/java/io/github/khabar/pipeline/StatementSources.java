package io.github.khabar.pipeline;

import io.github.khabar.model.Span;

import java.util.List;

/**
 * Attributions that are not a speech verb with its subject: headlines "X: …" and "X لـY: …", relays
 * ("نقلت وكالة X عن Y أن"), sources ("بحسب X"، "وفق ما نقلته وكالة X عن Y") and a trailing "كما قال X"
 * after the words it attributes. Stateless.
 */
final class StatementSources {
    private StatementSources() {
    }

    /** "بلينكن: وجهنا دعوة…" at the head of a sentence. */
    static void headlines(DocIndex ix, List<EventDraft.StatementDraft> out) {
        PreparedText t = ix.t;
        for (int s = 0; s < t.sentences.size(); s++) {
            int a = t.sentenceFirstToken(s);
            int b = t.sentenceEndToken(s);
            Mention m = ix.mention(a);
            if (m == null || m.actorId == null || m.tokStart != a || m.platform) continue;
            int colon = m.tokEnd;
            String via = null;
            if (!t.isPunct(colon, ':')) {
                // "أردوغان لبوتين: …"، "ماكرون لـ«لوموند»: …": X speaks, to Y (an outlet Y is the via)
                colon = addressee(ix, m.tokEnd, b);
                if (colon < 0) continue;
                for (int k = m.tokEnd; k < colon; k++) {
                    Mention y = ix.mention(k);
                    if (y != null && y.media && y.actorId != null && !y.actorId.equals(m.actorId)) via = y.actorId;
                }
            }
            EventDraft.StatementDraft st = new EventDraft.StatementDraft();
            st.speaker = m.actorId;
            st.via = via;
            st.cueToken = colon;
            StatementContent.content(ix, st, colon + 1, b);
            if (st.content != null) {
                st.evidence.add(Span.of(t.text, t.start(a), Math.max(st.contentEnd, t.end(colon))));
                out.add(st);
            }
        }
    }

    /** "نقلت وكالة تاس عن الكرملين أن …": the speaker after عن, the outlet as via. */
    static EventDraft.StatementDraft relay(DocIndex ix, DocIndex.Cue c) {
        PreparedText t = ix.t;
        int s1 = ix.sentenceEnd(c.start());
        Mention via = null;
        Mention speaker = null;
        int k = c.end();
        for (; k < Math.min(s1, c.end() + 8); k++) {
            Mention m = ix.mention(k);
            if (via == null && m != null && m.actorId != null && m.kind == Mention.Kind.ORGANIZATION) {
                via = m;
                k = m.tokEnd - 1;
                continue;
            }
            if (t.norm(k).equals(Keys.of("عن")) && via != null) {
                Mention sp = ix.mention(k + 1);
                if (sp == null && t.isQuote(k + 1)) sp = ix.mention(k + 2);
                if (sp != null && sp.actorId != null) {
                    speaker = sp;
                    k = sp.tokEnd;
                }
                break;
            }
        }
        if (speaker == null) return null;
        EventDraft.StatementDraft st = new EventDraft.StatementDraft();
        st.speaker = speaker.actorId;
        st.via = via.actorId;
        st.cue = t.surface(c.start(), c.end());
        st.cueToken = c.start();
        int contentStart = -1;
        for (int j = k; j < Math.min(s1, k + 8); j++) {
            if (t.isQuote(j) && ix.mention(j) != null || StatementContent.insideName(ix, j)) continue;
            if (StatementWords.COMPLEMENTIZER.contains(t.norm(j)) || t.isPunct(j, ':')) {
                contentStart = j + 1;
                break;
            }
        }
        if (contentStart < 0) return null;
        StatementContent.content(ix, st, contentStart, s1);
        if (st.content == null) return null;
        st.evidence.add(Span.of(t.text, t.start(c.start()), st.contentEnd));
        return st;
    }

    /** بحسب / وفق / نقلا عن X. */
    static EventDraft.StatementDraft source(DocIndex ix, DocIndex.Cue c, List<EventDraft.StatementDraft> done) {
        PreparedText t = ix.t;
        int s0 = ix.sentenceStart(c.start());
        int s1 = ix.sentenceEnd(c.start());
        Mention actor = null;
        int k = c.end();
        if (k < s1 && t.norm(k).equals(Keys.of("عن"))) k++;
        Mention relayedVia = null;
        for (int n = k; n < Math.min(s1, k + 8); n++) {
            // "وفقا لما نقلته وكالة رويترز عن X": X speaks, the agency relays
            Mention m = ix.mention(n);
            if (m != null && m.media && m.actorId != null && m.tokEnd < s1 && t.norm(m.tokEnd).equals(Keys.of("عن"))) {
                relayedVia = m;
                k = m.tokEnd + 1;
                break;
            }
            if (m != null && m.tokStart == n && !m.media) break;
        }
        // the speaker comes within a few words of the cue, or of the relaying outlet's "عن"
        int reach = (relayedVia != null ? k : c.end()) + 5;
        int titleWords = 0; // "بحسب وزيرة الخارجية ريتنو مارسودي": the office before a person's name
        for (; k < Math.min(s1, reach); k++) {
            Mention m = ix.mention(k);
            if (m != null && m.actorId != null && m.kind != Mention.Kind.PLACE) {
                if (titleWords == 0 || m.kind == Mention.Kind.PERSON) actor = m;
                break;
            }
            if (t.isQuote(k) || StatementWords.SOURCE_LEAD.contains(DocIndex.stripConj(t.norm(k)))) continue;
            if (titleWords < MAX_TITLE && t.isWord(k) && ix.cueAt[k] == null
                    && (m == null || m.actorId == null && m.kind == Mention.Kind.TITLE_ONLY)
                    && !ix.lex.functionWords.contains(t.norm(k))) {
                titleWords++;
                continue;
            }
            break;
        }
        if (actor == null) return null;
        EventDraft.StatementDraft told = StatementCarry.lastIn(done, s0, c.start());
        boolean clauseStart = told == null && (c.start() == s0 || t.isComma(c.start() - 1)
                || (c.start() == s0 + 1 && t.isBreak(s0)));
        int contentStart = -1;
        if (clauseStart && !actor.media) {
            // "وبحسب تصريحات بلينكن، فإن المحادثات …"
            int j = actor.tokEnd;
            for (int n = j; n < Math.min(s1, j + 4); n++) {
                if (StatementWords.COMPLEMENTIZER.contains(t.norm(n))) { contentStart = n + 1; break; }
                if (t.isComma(n)) { contentStart = n + 1; if (n + 1 < s1 && StatementWords.COMPLEMENTIZER.contains(t.norm(n + 1))) contentStart = n + 2; break; }
            }
            // "…، بحسب الوزيرة X." with nothing after: the words before are X's (below)
            if (contentStart < 0 && c.start() <= s0 + 1) return null;
        }
        if (contentStart >= 0) {
            EventDraft.StatementDraft st = new EventDraft.StatementDraft();
            st.speaker = actor.actorId;
            if (relayedVia != null) st.via = relayedVia.actorId;
            st.cue = t.surface(c.start(), c.end());
            st.cueToken = c.start();
            StatementContent.content(ix, st, contentStart, s1);
            if (st.content == null) return null;
            st.evidence.add(Span.of(t.text, t.start(c.start()), st.contentEnd));
            return st;
        }
        // at the end of a clause: a via for the statement before, or the clause's source
        EventDraft.StatementDraft before = StatementCarry.lastIn(done, s0, c.start());
        if (before != null) {
            if (actor.media || isOrganization(ix, actor)) {
                if (before.via == null && !before.speaker.equals(actor.actorId)) before.via = actor.actorId;
            }
            return null;
        }
        if (actor.media) return null;
        EventDraft.StatementDraft st = new EventDraft.StatementDraft();
        st.speaker = actor.actorId;
        st.cue = t.surface(c.start(), c.end());
        st.cueToken = c.start();
        int end = c.start();
        while (end > s0 && (t.isComma(end - 1) || t.isBreak(end - 1))) end--;
        if (end <= s0) return null;
        StatementContent.content(ix, st, s0, end);
        if (st.content == null) return null;
        st.evidence.add(Span.of(t.text, t.start(s0), t.end(actor.tokEnd - 1)));
        return st;
    }

    static boolean isOrganization(DocIndex ix, Mention m) {
        return m.kind == Mention.Kind.ORGANIZATION;
    }

    /** The most words of an office between "بحسب" and the person's name. */
    private static final int MAX_TITLE = 3;

    /** The longest addressee of a headline: "لـ" and up to four words, in tokens. */
    private static final int MAX_ADDRESSEE = 5;

    /**
     * The colon after a headline's addressee at token {@code k} ("لبوتين"، "لنظيره اللبناني"، "لـ«لوموند»"):
     * a word with ل (or a separate "لـ") and a few words, no speech cue, no comma. -1 when there is none.
     */
    private static int addressee(DocIndex ix, int k, int end) {
        PreparedText t = ix.t;
        if (k >= end || !t.isWord(k) || !t.norm(k).startsWith("ل") || ix.cueAt[k] != null) return -1;
        for (int n = k + 1; n < Math.min(end, k + MAX_ADDRESSEE); n++) {
            if (t.isPunct(n, ':')) return n;
            if (t.isComma(n) || ix.cueAt[n] != null || !t.isWord(n) && !t.isQuote(n)) return -1;
        }
        return -1;
    }

    /**
     * "تعتزم الحكومة …، كما قال وزير المالية X." — a speech verb after "كما" and a comma, whose speaker ends
     * the sentence (or the clause), attributes the words before it. Fills {@code st} and returns true then.
     */
    static boolean trailing(DocIndex ix, DocIndex.Cue c, Mention speaker, EventDraft.StatementDraft st) {
        PreparedText t = ix.t;
        int s0 = ix.sentenceStart(c.start());
        int s1 = ix.sentenceEnd(c.start());
        int k = c.start();
        if (k - 2 < s0 || !StatementContent.afterAlso(t, k)) return false;
        int after = speaker.tokEnd;
        while (after < s1 && (t.isPunct(after, '.') || t.isBreak(after))) after++;
        if (after < s1 && !t.isComma(after)) return false; // "كما قال X إن …": X also said, the words follow
        int from = s0;
        if (StatementWords.COMPLEMENTIZER.contains(t.norm(from))) from++; // "إن المفاوضات …، كما قال X"
        StatementContent.content(ix, st, from, k - 2);
        if (st.content == null) return false;
        st.evidence.add(Span.of(t.text, st.contentStart, t.end(speaker.tokEnd - 1)));
        return true;
    }
}
