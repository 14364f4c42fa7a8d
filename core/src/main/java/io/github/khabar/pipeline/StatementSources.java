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
            if (!t.isPunct(colon, ':')) continue;
            EventDraft.StatementDraft st = new EventDraft.StatementDraft();
            st.speaker = m.actorId;
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
        for (; k < Math.min(s1, reach); k++) {
            Mention m = ix.mention(k);
            if (m != null && m.actorId != null && m.kind != Mention.Kind.PLACE) {
                actor = m;
                break;
            }
            if (t.isQuote(k) || StatementWords.SOURCE_LEAD.contains(DocIndex.stripConj(t.norm(k)))) continue;
            break;
        }
        if (actor == null) return null;
        EventDraft.StatementDraft told = StatementCarry.lastIn(done, s0, c.start());
        boolean clauseStart = told == null && (c.start() == s0 || t.isComma(c.start() - 1)
                || (c.start() == s0 + 1 && t.isBreak(s0)));
        if (clauseStart && !actor.media) {
            // "وبحسب تصريحات بلينكن، فإن المحادثات …"
            int j = actor.tokEnd;
            int contentStart = -1;
            for (int n = j; n < Math.min(s1, j + 4); n++) {
                if (StatementWords.COMPLEMENTIZER.contains(t.norm(n))) { contentStart = n + 1; break; }
                if (t.isComma(n)) { contentStart = n + 1; if (n + 1 < s1 && StatementWords.COMPLEMENTIZER.contains(t.norm(n + 1))) contentStart = n + 2; break; }
            }
            if (contentStart < 0) return null;
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
}
