package io.github.khabar.report;

import io.github.khabar.corpus.ActorEdge;
import io.github.khabar.corpus.ActorSource;
import io.github.khabar.corpus.CorpusActor;
import io.github.khabar.corpus.CorpusDocument;
import io.github.khabar.corpus.CorpusEvent;
import io.github.khabar.corpus.EventSource;
import io.github.khabar.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the report shows, indexed for the page: the corpus documents, actors and events (in timeline
 * order) by position, and for every document the stretches of its text to highlight — each actor mention
 * and each event's evidence, found through the corpus sources.
 */
final class ReportModel {
    /** What a highlight marks. */
    enum Mark { ACTOR, MEETING, VISIT, STATEMENT }

    /** A stretch {@code [start, end)} of a document's text (UTF-16) and the actor or event index it marks. */
    record Highlight(int start, int end, Mark mark, int ref) {}

    final List<CorpusDocument> documents;
    final List<CorpusActor> actors;
    final List<CorpusEvent> events;
    final List<ActorEdge> graph;
    final List<List<Highlight>> highlights = new ArrayList<>();
    private final Map<String, Integer> docIndex = new HashMap<>();
    private final Map<String, Integer> actorIndex = new HashMap<>();

    /** {@code timeline}: the corpus events in timeline order (they are numbered in that order). */
    ReportModel(List<CorpusDocument> documents, List<CorpusActor> actors, List<CorpusEvent> timeline,
                List<ActorEdge> graph) {
        this.documents = List.copyOf(documents);
        this.actors = List.copyOf(actors);
        this.events = List.copyOf(timeline);
        this.graph = List.copyOf(graph);
        for (int i = 0; i < this.documents.size(); i++) {
            docIndex.put(this.documents.get(i).id(), i);
            highlights.add(new ArrayList<>());
        }
        for (int i = 0; i < this.actors.size(); i++) {
            CorpusActor a = this.actors.get(i);
            actorIndex.put(a.id(), i);
            for (ActorSource s : a.sources()) {
                mark(s.documentId(), s.mentions(), Mark.ACTOR, i);
            }
        }
        for (int i = 0; i < events.size(); i++) {
            CorpusEvent e = events.get(i);
            for (EventSource s : e.sources()) {
                mark(s.documentId(), s.evidence(), Mark.valueOf(e.kind().name()), i);
            }
        }
        for (List<Highlight> h : highlights) {
            h.sort((p, q) -> p.start() != q.start() ? Integer.compare(p.start(), q.start())
                    : Integer.compare(q.end(), p.end()));
        }
    }

    private void mark(String documentId, List<Span> spans, Mark mark, int ref) {
        Integer d = docIndex.get(documentId);
        if (d == null) return;
        for (Span s : spans) {
            highlights.get(d).add(new Highlight(s.start(), s.end(), mark, ref));
        }
    }

    /** The position of the document with this id, or -1. */
    int doc(String documentId) {
        return docIndex.getOrDefault(documentId, -1);
    }

    /** The position of the actor with this id, or -1. */
    int actor(String actorId) {
        return actorIndex.getOrDefault(actorId, -1);
    }
}
