package io.github.khabar.pipeline;

import java.util.List;

/**
 * What the statements found before say about the one being read: the speaker a bare "وأضاف أن" goes on with,
 * the statement whose content encloses a cue, the last statement of a sentence, and duplicates. Bounded
 * look-back ({@link #LOOK_BACK}), so linear in the document. Stateless.
 */
final class StatementCarry {
    private StatementCarry() {
    }

    /** "وأضاف أن": a clause-initial cue with و/ف and no subject goes on with the previous speaker. */
    static boolean continues(PreparedText t, DocIndex.Cue c, int s0) {
        String w = t.norm(c.start());
        boolean conj = w.startsWith("و") || w.startsWith("ف");
        return conj && (c.start() == s0 || t.isComma(c.start() - 1) || t.isBreak(c.start() - 1))
                || StatementContent.afterAlso(t, c.start()); // "…، كما أكد أن"
    }

    static EventDraft.StatementDraft enclosing(List<EventDraft.StatementDraft> done, int charPos) {
        for (int i = done.size() - 1; i >= 0 && i >= done.size() - LOOK_BACK; i--) {
            EventDraft.StatementDraft d = done.get(i);
            if (charPos >= d.contentStart && charPos < d.contentEnd) return d;
        }
        return null;
    }

    /** How many earlier statements a rule compares with: enough for any article, bounded for any input. */
    static final int LOOK_BACK = 32;

    /** The last statement cued in [s0, before); statements are found in text order, so look from the end. */
    static EventDraft.StatementDraft lastIn(List<EventDraft.StatementDraft> done, int s0, int before) {
        for (int i = done.size() - 1; i >= 0 && i >= done.size() - LOOK_BACK; i--) {
            EventDraft.StatementDraft d = done.get(i);
            if (d.cueToken >= s0 && d.cueToken < before) return d;
        }
        return null;
    }

    static boolean duplicate(List<EventDraft.StatementDraft> out, EventDraft.StatementDraft s) {
        for (int i = out.size() - 1; i >= 0 && i >= out.size() - LOOK_BACK; i--) {
            EventDraft.StatementDraft o = out.get(i);
            if (o.speaker.equals(s.speaker) && o.contentStart <= s.contentStart && o.contentEnd >= s.contentEnd) {
                return true;
            }
        }
        return false;
    }
}
