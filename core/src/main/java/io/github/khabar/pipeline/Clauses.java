package io.github.khabar.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Output of {@link ClauseStage} for one document: each clause read around its predicate, in text order, and
 * by the predicate's first token. Confined to one extraction call.
 */
final class Clauses {
    /**
     * One clause: its predicate, subject (null when none could be read), complements, and its tokens
     * [start, end) (from after the clause before, or the complementizer that opens it, to the next predicate
     * or the sentence end).
     */
    record Reading(Predicates.Predicate predicate, Subjects.Subject subject, List<Complements.Complement> complements,
                   int start, int end) {}

    static final Clauses NONE = new Clauses(List.of());

    final List<Reading> readings;
    private final Map<Integer, Reading> byStart = new HashMap<>();

    Clauses(List<Reading> readings) {
        this.readings = List.copyOf(readings);
        for (Reading r : this.readings) byStart.put(r.predicate().start(), r);
    }

    /** The clause whose predicate starts at token k, or null. */
    Reading at(int k) {
        return byStart.get(k);
    }

    /** The clause of an event cue (its predicate starts where the cue does), or null. */
    Reading of(DocIndex.Cue cue) {
        return cue == null ? null : byStart.get(cue.start());
    }

    /** The actor id of the cue's subject as the clause stage read it, or null. */
    String subjectOf(DocIndex.Cue cue, Subjects.How... ways) {
        Reading r = of(cue);
        if (r == null || r.subject() == null) return null;
        if (ways.length == 0) return r.subject().actorId();
        for (Subjects.How h : ways) {
            if (r.subject().how() == h) return r.subject().actorId();
        }
        return null;
    }
}
