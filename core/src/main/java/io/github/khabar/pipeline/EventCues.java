package io.github.khabar.pipeline;

import io.github.khabar.model.Status;

import java.util.Map;

/**
 * Status of an event from the words around its cue: the future prefix and planning words (PLANNED),
 * expectation and modality (POSSIBLE), invitations (INVITED), cancellation, denial and negation,
 * present progressive "يجري" (ONGOING). The cue's own clause only: from the clause start to a few words
 * past the cue.
 */
final class EventCues {
    private static final String MAY = Keys.of("قد");

    private EventCues() {}

    /** True when {@link #status} would find more than the default for this cue (see the drafts' statusExplicit). */
    static boolean explicit(DocIndex ix, DocIndex.Cue cue, Status found, Status otherwise) {
        if (found != otherwise || cue.future()) return true;
        // a noun says nothing of time; a present verb ("يلتقي", a headline's tense) says little
        return !"NOUN".equals(cue.attr("KIND")) && !presentTense(ix, cue);
    }

    /**
     * The cue is a verb in the present tense, as its clause reads it ({@link Predicates}: the generated form's
     * aspect, so the perfect of forms V and VI, توجه and تباحث, is not mistaken for a present); a verb the
     * clause stage did not read goes by its prefix.
     */
    static boolean presentTense(DocIndex ix, DocIndex.Cue cue) {
        Clauses.Reading r = ix.clauses.of(cue);
        if (r != null && r.predicate().verb() && r.predicate().tense() != Predicates.Tense.NONE) {
            return r.predicate().tense() == Predicates.Tense.PRESENT;
        }
        return cue.word().startsWith("ي") || cue.word().startsWith("ت");
    }

    static Status status(DocIndex ix, DocIndex.Cue cue, int clauseStart, int clauseEnd, Status otherwise) {
        PreparedText t = ix.t;
        Status found = null;
        // a noun's light verb may stand across a long subject: the modality is measured from the verb
        int governor = ix.governor(cue);
        int anchor = governor >= 0 ? governor : cue.start();
        int from = Math.max(clauseStart, anchor - 8);
        for (int k = from; k < Math.min(clauseEnd, cue.end() + 4); k++) {
            if (k > cue.start() && k < cue.end()) continue;
            Status s = statusWord(ix, k, cue, governor);
            if (s != null && (found == null || rank(s) > rank(found))) {
                found = s;
            }
        }
        if (deniedBefore(ix, cue)) return Status.DENIED;
        if ((found == null || found == Status.ONGOING) && duringVisit(ix, cue)) return Status.PLANNED;
        if (found != null) return found;
        if (cue.future()) return Status.PLANNED;
        if ("NOUN".equals(cue.attr("KIND"))) {
            if (governor >= 0 && governor < cue.start() && DocIndex.stripConj(t.norm(governor)).startsWith("س")) {
                return Status.PLANNED; // "سيعقد الرئيس الكيني ويليام روتو محادثات"
            }
            // "سيجري خلال زيارته …": a future verb just before the noun governs it
            for (int k = Math.max(clauseStart, cue.start() - 6); k < cue.start(); k++) {
                String w = t.norm(k);
                if (w.length() > 3 && w.charAt(0) == 'س' && (w.charAt(1) == 'ي' || w.charAt(1) == 'ت')
                        && ix.lex.commonVerbs.contains(w.substring(1))) {
                    return Status.PLANNED;
                }
            }
            // "اجتماع كيري مع بلينكن … سيركز على": a future verb in the noun's clause
            for (int k = cue.end(); k < Math.min(clauseEnd, cue.end() + 6); k++) {
                String w = t.norm(k);
                if (w.equals(Keys.of("أن")) || w.equals(Keys.of("إن")) || t.isQuote(k)) break;
                if (w.length() > 3 && w.charAt(0) == 'س' && (w.charAt(1) == 'ي' || w.charAt(1) == 'ت')
                        && ix.lex.commonVerbs.contains(w.substring(1)) || w.equals(Keys.of("سوف"))) {
                    return Status.PLANNED;
                }
            }
        }
        if (cue.purpose()) return Status.PLANNED;
        return otherwise;
    }

    static final java.util.Set<String> DURING_IT = EventWords.of("STATUS_DURING_IT");

    /**
     * "في زيارة رسمية يلتقي خلالها X", "زيارة يجري خلالها مباحثات مع X": an imperfect verb "during it"
     * right after a visit is the visit's programme, still to come.
     */
    static boolean duringVisit(DocIndex ix, DocIndex.Cue cue) {
        PreparedText t = ix.t;
        DocIndex.Cue before = ix.previous(cue);
        if (before == null || before.kind() != DocIndex.CueKind.VISIT || t.sentence(before.start()) != t.sentence(cue.start())
                || cue.start() - before.end() > 6) {
            return false;
        }
        for (int k = Math.max(before.end(), cue.start() - 2); k <= Math.min(t.size() - 1, cue.end()); k++) {
            if (!DURING_IT.contains(t.norm(k)) || k == 0) continue;
            String verb = DocIndex.stripConj(t.norm(k - 1));
            if (verb.length() < 3) return false;
            if (verb.charAt(0) == 'ي') return true;
            // "تلتقي خلالها" is imperfect; "تباحث خلالها", "تناول خلالها" are past verbs of forms V and VI
            String he = "ي" + verb.substring(1);
            return verb.charAt(0) == 'ت' && (ix.lex.meetingCues.contains(he) || ix.lex.statusCues.contains(he)
                    || ix.lex.commonVerbs.contains(he));
        }
        return false;
    }

    private static Status statusWord(DocIndex ix, int k, DocIndex.Cue cue, int governor) {
        PreparedText t = ix.t;
        if (!t.isWord(k)) return null;
        String w = t.norm(k);
        String two = k + 1 < t.size() ? w + " " + t.norm(k + 1) : null;
        String three = k + 2 < t.size() ? two + " " + t.norm(k + 2) : null;
        Map<String, String> a = null;
        String conjTwo = two == null ? null : DocIndex.stripConj(w) + two.substring(w.length());
        String conjThree = three == null ? null : DocIndex.stripConj(w) + three.substring(w.length());
        for (String phrase : new String[] {three, conjThree, two, conjTwo, w, DocIndex.stripConj(w)}) {
            if (phrase != null && (a = ix.lex.statusCues.get(phrase)) != null) break;
        }
        if (a == null) return null;
        String s = a.get("STATUS");
        if (s == null) return null;
        if (w.equals(MAY)) {
            // "قد يلتقي" is a possibility; "كان قد بحث", "قد التقى" tell what happened
            String next = k + 1 < t.size() ? t.norm(k + 1) : "";
            boolean present = next.length() > 2 && (next.charAt(0) == 'ي' || next.charAt(0) == 'ت' || next.charAt(0) == 'ن');
            if (!present || kanaBefore(t, k)) return null;
        }
        switch (s) {
            case "NEGATED":
                return k < cue.start() && k >= cue.start() - 2 ? Status.DENIED : null;
            case "ACCEPTED":
                return null;
            case "INVITED":
                return cue.kind() == DocIndex.CueKind.VISIT && k < cue.start() ? Status.INVITED : null;
            case "ONGOING":
                // "يجري مباحثات", "تجري الولايات المتحدة وإيران محادثات": a present light verb before a noun
                return k <= cue.start() && (k >= cue.start() - 8 || k == governor) && !cue.future()
                        && (k >= cue.start() - 1 || "NOUN".equals(cue.attr("KIND"))) ? Status.ONGOING : null;
            default:
                return Status.valueOf(s);
        }
    }

    private static final java.util.Set<String> THAT = EventWords.of("STATUS_THAT");

    /**
     * "ونفى متحدث باسم البيت الأبيض أن يكون الرئيس قد التقى …": the event is the content of a denial in its
     * sentence — a denial verb, then أن, then the event, with no other event between.
     */
    private static boolean deniedBefore(DocIndex ix, DocIndex.Cue cue) {
        PreparedText t = ix.t;
        int s0 = ix.sentenceStart(cue.start());
        boolean that = false;
        for (int k = cue.start() - 1; k >= Math.max(s0, cue.start() - 16); k--) {
            DocIndex.Cue other = ix.cueAt[k];
            String w = DocIndex.stripConj(t.norm(k));
            if (THAT.contains(t.norm(k))) that = true;
            if (Clause.denial(ix.lex, w)) return that;
            if (other != null && other != cue && other.kind() != DocIndex.CueKind.STATEMENT) return false;
        }
        return false;
    }

    /** "كان قد", "وكان الرئيس الكيني قد تلقى": a pluperfect, whatever stands between كان and قد. */
    private static boolean kanaBefore(PreparedText t, int may) {
        for (int k = may - 1; k >= Math.max(0, may - 7); k--) {
            if (t.isPunct(k, '.') || t.isComma(k)) return false;
            String w = DocIndex.stripConj(t.norm(k));
            if (w.equals(Keys.of("كان")) || w.equals(Keys.of("كانت"))) return true;
        }
        return false;
    }

    /** Which status wins when a clause holds two cues: the most specific about not having happened. */
    private static int rank(Status s) {
        return switch (s) {
            case DENIED -> 7;
            case CANCELLED -> 6;
            case INVITED -> 5;
            case POSSIBLE -> 4;
            case PLANNED -> 3;
            case ONGOING -> 2;
            case OCCURRED -> 1;
        };
    }
}
