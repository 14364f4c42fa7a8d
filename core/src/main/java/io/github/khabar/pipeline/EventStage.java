package io.github.khabar.pipeline;

import java.util.List;

/**
 * Stage 4: statements, then the clauses ({@link ClauseStage}: predicate, tense, subject, complements), then
 * meetings and visits read from them, before merging. Stateless; thread-safe.
 */
final class EventStage {
    private final Lexicon lexicon;
    private final StatementFinder statements = new StatementFinder();
    private final MeetingFinder meetings = new MeetingFinder();
    private final VisitFinder visits = new VisitFinder();
    private final ClauseStage clauses = new ClauseStage();

    EventStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    record Events(DocIndex index, List<EventDraft.MeetingDraft> meetings, List<EventDraft.VisitDraft> visits,
                  List<EventDraft.StatementDraft> statements) {}

    Events find(PreparedText t, ActorTable actors) {
        DocIndex ix = new DocIndex(t, actors, lexicon);
        List<EventDraft.StatementDraft> st = statements.find(ix);
        ix.indexStatements(st);
        ix.clauses = clauses.read(ix);
        List<EventDraft.MeetingDraft> mt = meetings.find(ix);
        List<EventDraft.VisitDraft> vt = visits.find(ix);
        return new Events(ix, mt, vt, st);
    }
}
