package io.github.khabar.pipeline;

import java.util.Set;

/**
 * The stretch of a sentence an event cue governs: from after the previous cue (or the complementizer
 * that opens a reported clause, or the sentence start) to the next cue or the sentence end. When the
 * cue sits inside a statement's content, the content bounds it and the speaker is the implicit subject
 * ("أعلن بلينكن أنه التقى …").
 */
record Clause(int leftStart, int cueStart, int cueEnd, int rightEnd, int sentenceStart, int sentenceEnd,
              String impliedSubject, boolean leftBlocked, int statusStart, String reportingCue) {

    private static final Set<String> OPENERS = EventWords.of("CLAUSE_OPENERS");

    /** A phone/video noun right after a meeting cue only says how that meeting was held. */
    static boolean modeOnly(DocIndex.Cue c, DocIndex.Cue before) {
        return c.kind() == DocIndex.CueKind.MEETING && before.kind() == DocIndex.CueKind.MEETING
                && c.attr("MODE") != null && c.start() - before.end() <= 3 && c.start() >= before.end();
    }

    private static final Set<String> DURING = EventWords.of("CLAUSE_DURING");
    private static final Set<String> KNOWN_VISIT = EventWords.of("CLAUSE_KNOWN_VISIT");
    private static final Set<String> CONTRAST = EventWords.of("CLAUSE_CONTRAST");

    /** The event is reported inside a denial: "نفى الناطق عقد أي لقاء بين …". */
    boolean denied() {
        return reportingCue != null && denial(Lexicon.get(), Keys.of(reportingCue));
    }

    /** A speech verb whose act is a denial (نفى، ينفي، نفيا…: {@code ACT=DENY} in reporting-verbs.txt). */
    static boolean denial(Lexicon lex, String word) {
        return "DENY".equals(lex.reportingCues.attr(DocIndex.stripConj(word), "ACT"))
                || "DENY".equals(lex.reportingCues.attr(word, "ACT"));
    }

    static Clause of(DocIndex ix, DocIndex.Cue cue) {
        PreparedText t = ix.t;
        int s0 = ix.sentenceStart(cue.start());
        int s1 = ix.sentenceEnd(cue.start());
        String implied = null;
        String reporting = null;
        int cueChar = t.start(cue.start());
        EventDraft.StatementDraft holder = ix.statementAt(cueChar);
        if (holder != null) {
            s0 = Math.max(s0, t.firstTokenAtOrAfter(holder.contentStart));
            s1 = Math.min(Math.max(s1, t.firstTokenAtOrAfter(holder.contentEnd)), t.firstTokenAtOrAfter(holder.contentEnd));
            implied = holder.speaker;
            reporting = holder.cue;
        }
        int left = s0;
        boolean blocked = false;
        DocIndex.Cue prev = ix.previous(cue);
        while (prev != null && prev.kind() == DocIndex.CueKind.MEETING && prev.attr("MODE") != null
                && cue.kind() == DocIndex.CueKind.MEETING && cue.start() - prev.end() <= 3) {
            prev = ix.previous(prev); // "أجرى X، عبر تقنية الاتصال المرئي، مباحثات مع …": one meeting
        }
        if (prev != null && (prev.end() > cue.start() || prev.start() < s0)) prev = null;
        int governor = ix.governor(cue);
        if (prev != null && governor >= 0 && prev.start() == governor && prev.kind() == DocIndex.CueKind.MEETING) {
            // "ومن المقرر أن يعقد X محادثات مع Y": the light verb is this noun's own verb, so its clause
            // (and the modality before it) is this one's
            Clause g = of(ix, prev);
            return new Clause(g.leftStart(), cue.start(), cue.end(), rightEnd(ix, cue, s1), s0, s1, implied,
                    g.leftBlocked(), g.statusStart(), reporting);
        }
        if (prev != null) {
            left = Math.max(left, prev.end());
            if (prev.kind() == DocIndex.CueKind.MEETING || prev.kind() == DocIndex.CueKind.VISIT) {
                // the words before belong to the earlier event ("عقب لقاء الصفدي وبلينكن، التقى …")
                blocked = t.isComma(cue.start() - 1) || prev.end() == cue.start();
            }
        }
        int statusStart = left; // "من المقرر أن يجتمع": modality sits before the complementizer
        for (int k = cue.start() - 1; k >= left; k--) {
            if (OPENERS.contains(t.norm(k)) || t.isPunct(k, ':')) {
                left = k + 1;
                break;
            }
        }
        return new Clause(left, cue.start(), cue.end(), rightEnd(ix, cue, s1), s0, s1, implied, blocked, statusStart,
                reporting);
    }

    /** The next cue's start, or the sentence end. */
    private static int rightEnd(DocIndex ix, DocIndex.Cue cue, int s1) {
        int right = s1;
        PreparedText t = ix.t;
        for (DocIndex.Cue c = ix.next(cue); c != null && c.start() < right; c = ix.next(c)) {
            if (c.start() < cue.end()) continue;
            if (modeOnly(c, cue)) continue; // "اجتماعا عبر تقنية الاتصال المرئي مع X": one meeting
            if (c.kind() == DocIndex.CueKind.VISIT && c.start() > 0 && DURING.contains(t.norm(c.start() - 1))
                    && KNOWN_VISIT.contains(t.norm(c.start()))) {
                // "يلتقي X خلال الزيارة المرشد …": an adverbial for the visit already told, the object comes
                // after it; "خلال زيارة عمل لقطر يومي …" tells a visit of its own
                continue;
            }
            right = c.start();
            break;
        }
        for (int k = cue.end() + 1; k < right; k++) {
            // "تؤدي X زيارة إلى الجزائر قريبا، فيما كان Y قد اختتم الأسبوع الماضي …": a contrast opens
            // another clause, whose time and place are not this event's (scanned only up to the next cue,
            // so a long sentence stays linear)
            if (t.isComma(k - 1) && CONTRAST.contains(t.norm(k))) return k;
        }
        return right;
    }
}
