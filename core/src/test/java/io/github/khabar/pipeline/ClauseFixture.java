package io.github.khabar.pipeline;

import io.github.khabar.kb.KnowledgeBase;
import io.github.khabar.model.Document;

import java.time.LocalDate;
import java.util.List;

/** Runs the stages up to the clause stage over a text, for the clause tests. */
final class ClauseFixture {
    private static final KnowledgeBase KB = KnowledgeBase.defaults();
    private static final Gazetteer GAZETTEER = new Gazetteer(KB);
    private static final TextStage TEXT = new TextStage();
    private static final MentionStage MENTIONS = new MentionStage(GAZETTEER, Lexicon.get());
    private static final ActorStage ACTORS = new ActorStage(KB, GAZETTEER);
    private static final EventStage EVENTS = new EventStage(Lexicon.get());

    final DocIndex ix;
    final EventStage.Events events;

    private ClauseFixture(DocIndex ix, EventStage.Events events) {
        this.ix = ix;
        this.events = events;
    }

    /** Published on Wednesday 6 March 2024. */
    static ClauseFixture of(String text) {
        PreparedText t = TEXT.prepare(Document.of("t", text, LocalDate.of(2024, 3, 6)));
        List<Mention> found = MENTIONS.find(t);
        ActorTable table = ACTORS.resolve(t, found);
        EventStage.Events ev = EVENTS.find(t, table);
        return new ClauseFixture(ev.index(), ev);
    }

    /** The clause whose predicate is the first token written {@code word}. */
    Clauses.Reading clause(String word) {
        return clause(word, 1);
    }

    /** The clause whose predicate is the n-th token written {@code word}. */
    Clauses.Reading clause(String word, int n) {
        int seen = 0;
        for (int i = 0; i < ix.t.size(); i++) {
            if (ix.t.tokens.get(i).text().equals(word) && ++seen == n) {
                Clauses.Reading r = ix.clauses.at(i);
                if (r == null) throw new AssertionError("no clause at " + word + ": " + dump());
                return r;
            }
        }
        throw new AssertionError("no token " + word);
    }

    /** The name of the subject's actor, or null. */
    String subjectName(Clauses.Reading r) {
        if (r.subject() == null) return null;
        ActorTable.ActorDraft d = ix.actors.get(r.subject().actorId());
        return d == null ? null : d.name;
    }

    String name(String actorId) {
        ActorTable.ActorDraft d = ix.actors.get(actorId);
        return d == null ? null : d.name;
    }

    String dump() {
        StringBuilder b = new StringBuilder();
        for (Clauses.Reading r : ix.clauses.readings) {
            Predicates.Predicate p = r.predicate();
            b.append('\n').append(ix.t.surface(p.start(), p.end())).append(" [").append(p.kind()).append(' ')
                    .append(p.lemma()).append(' ').append(p.tense()).append(' ').append(p.agreement())
                    .append(p.negation() != null ? " NEG" : "").append(p.may() ? " MAY" : "").append("] subj=")
                    .append(r.subject() == null ? "-" : subjectName(r) + "/" + r.subject().how());
            for (Complements.Complement c : r.complements()) {
                b.append(" +").append(c.preposition()).append(':').append(c.mention().name);
            }
        }
        return b.toString();
    }
}
