package io.github.khabar.pipeline;

import io.github.khabar.model.TimeExpression;

import java.util.List;

/** A statement's via (an outlet in its frame) and its time, read once its speaker and content are known. Stateless. */
final class StatementDetails {
    private StatementDetails() {
    }

    static void finish(DocIndex ix, DocIndex.Cue c, EventDraft.StatementDraft s, List<EventDraft.StatementDraft> done) {
        PreparedText t = ix.t;
        int contentTok = t.firstTokenAtOrAfter(s.contentStart);
        // via: an outlet between the cue and the StatementContent.content ("في حديث لوكالة تاس")
        if (s.via == null) {
            for (int k = c.start(); k < contentTok && k < t.size(); k++) {
                Mention m = ix.mention(k);
                if (m != null && m.media && m.actorId != null && !m.actorId.equals(s.speaker)) {
                    s.via = m.actorId;
                    break;
                }
            }
        }
        if (s.via == null && "PARTICIPLE".equals(c.attr("TYPE"))) {
            // "غرد X على منصة إكس قائلا إن …": the channel is named in the verb's frame before the participle
            DocIndex.Cue verb = ix.previous(c);
            if (verb != null && verb.kind() == DocIndex.CueKind.STATEMENT && !"PARTICIPLE".equals(verb.attr("TYPE"))
                    && t.sentence(verb.start()) == t.sentence(c.start())) {
                for (int k = verb.end(); k < c.start(); k++) {
                    Mention m = ix.mention(k);
                    if (m != null && m.media && m.actorId != null && !m.actorId.equals(s.speaker)) {
                        s.via = m.actorId;
                        break;
                    }
                }
            }
        }
        if (s.time == null) {
            int from = Math.max(ix.sentenceStart(c.start()), c.start() - 3);
            s.time = ix.nearestTime(from, Math.max(from, contentTok), c.start());
            if (s.time == null) {
                // a sentence-initial adverbial: "وقبل يوم واحد من تصريحات ماكغورك، قال …"
                int s0 = ix.sentenceStart(c.start());
                TimeExpression lead = ix.nearestConcreteTime(s0, c.start(), c.start());
                if (lead != null && t.firstTokenAtOrAfter(lead.start()) <= s0 + 1) s.time = lead;
            }
        }
        if (s.time != null) s.time = relativeToEvent(ix, s.time, done);
    }

    /**
     * "قبل يوم واحد من تصريحات X": a time counted from another statement, not from the publication date.
     * The offset the recogniser measured from the publication date is applied to X's statement's date.
     */
    static TimeExpression relativeToEvent(DocIndex ix, TimeExpression time, List<EventDraft.StatementDraft> done) {
        PreparedText t = ix.t;
        if (time.text() == null || t.published == null || time.start() == null) return time;
        String first = Keys.of(time.text()).split(" ")[0];
        boolean before = first.equals(Keys.of("قبل"));
        boolean after = first.equals(Keys.of("بعد"));
        if (!before && !after) return time;
        int k = t.firstTokenAtOrAfter(time.end());
        while (k < t.size() && (t.norm(k).equals(Keys.of("واحد")) || t.norm(k).equals(Keys.of("واحدة")))) k++;
        if (k >= t.size() || !t.norm(k).equals(Keys.of("من"))) return time;
        if (k + 1 >= t.size() || !StatementWords.EVENT_NOUN.contains(t.norm(k + 1))) return time;
        Mention who = ix.mention(k + 2);
        if (who == null || who.actorId == null) return time;
        java.time.LocalDate shown;
        try {
            shown = java.time.LocalDate.parse(time.value());
        } catch (RuntimeException e) {
            return time;
        }
        long offset = java.time.temporal.ChronoUnit.DAYS.between(shown, t.published);
        for (int i = done.size() - 1; i >= 0 && i >= done.size() - StatementCarry.LOOK_BACK; i--) {
            EventDraft.StatementDraft d = done.get(i);
            if (!who.actorId.equals(d.speaker) || d.time == null) continue;
            try {
                java.time.LocalDate anchor = java.time.LocalDate.parse(d.time.value());
                java.time.LocalDate v = before ? anchor.minusDays(Math.abs(offset)) : anchor.plusDays(Math.abs(offset));
                return time.withValue(v.toString());
            } catch (RuntimeException e) {
                return time;
            }
        }
        return time;
    }
}
