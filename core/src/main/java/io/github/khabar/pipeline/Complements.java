package io.github.khabar.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a clause's objects and prepositional complements: each actor or place named after the predicate up
 * to the clause's end, with the particle that governs it — a word before it (مع، إلى، في، على، عن، من، لدى،
 * بين) or a proclitic (بـ، لـ) — or none for a direct object. The subject is not a complement.
 */
final class Complements {
    /** A complement: its particle (normalised; "" for a direct object) and the mention. */
    record Complement(String preposition, Mention mention) {
        boolean object() {
            return preposition.isEmpty();
        }
    }

    private final DocIndex ix;
    private final Set<String> prepositions;

    Complements(DocIndex ix) {
        this.ix = ix;
        this.prepositions = ix.lex.clauseWords.of("PREPOSITION");
    }

    List<Complement> read(Predicates.Predicate p, Subjects.Subject subject, int end) {
        PreparedText t = ix.t;
        List<Complement> out = new ArrayList<>();
        int to = Math.min(end, p.end() + MeetingFinder.REACH);
        for (int k = p.end(); k < to; k++) {
            Mention m = ix.mention(k);
            if (m == null || m.tokStart != k || m.media) continue;
            if (m.actorId == null && m.kind != Mention.Kind.GROUP_WORD && m.kind != Mention.Kind.PLACE) continue;
            k = m.tokEnd - 1;
            if (subject != null && subject.start() == m.tokStart) continue;
            out.add(new Complement(particle(m), m));
        }
        return out;
    }

    /** The particle governing a mention: the word before it, or its proclitic ب or ل; "" for none. */
    private String particle(Mention m) {
        PreparedText t = ix.t;
        if (m.tokStart > 0 && prepositions.contains(t.norm(m.tokStart - 1))) return t.norm(m.tokStart - 1);
        String w = DocIndex.stripConj(t.norm(m.tokStart));
        if (m.start > t.start(m.tokStart) && !w.isEmpty() && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل')) {
            return String.valueOf(w.charAt(0));
        }
        return "";
    }
}
