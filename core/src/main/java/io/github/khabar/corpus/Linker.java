package io.github.khabar.corpus;

import io.github.khabar.kb.KnowledgeBase;
import io.github.khabar.model.Actor;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;
import io.github.khabar.model.Mode;
import io.github.khabar.model.Statement;
import io.github.khabar.model.Status;
import io.github.khabar.model.Visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links documents into a corpus, one at a time in input order: their actors ({@link ActorLinker}), then their
 * events ({@link EventLinker}). Keeps no text and no extraction once a document is linked. Not thread-safe;
 * one per build.
 */
final class Linker {
    private final List<CorpusDocument> documents = new ArrayList<>();
    private final ActorLinker actors;
    private final Events events;
    private long nextReport;

    /** Where a linked document's event reports go, each with its number in corpus order (from 0). */
    interface Events {
        /** Before a document's reports: its corpus actor ids (document id → corpus id) and how many reports follow. */
        default void document(CorpusDocument d, Map<String, String> actorIds, int reports) {
        }

        void accept(EventLinker.Report report, long number);

        List<CorpusEvent> build();
    }

    /** The linker that decides every event here, one report after the other. */
    Linker(KnowledgeBase kb) {
        this(kb, serial(new EventLinker()));
    }

    Linker(KnowledgeBase kb, Events events) {
        this.actors = new ActorLinker(new Identity(kb));
        this.events = events;
    }

    static Events serial(EventLinker linker) {
        return new Events() {
            @Override
            public void accept(EventLinker.Report report, long number) {
                linker.link(report);
            }

            @Override
            public List<CorpusEvent> build() {
                return linker.build();
            }
        };
    }


    /** Links one document's extraction (or records its failure) and returns what the corpus keeps of it. */
    CorpusDocument add(Document doc, Extractor.Result result) {
        CorpusDocument d;
        if (result.extraction() == null) {
            d = new CorpusDocument(doc.id(), doc.outlet(), doc.published(), doc.text().length(), 0, 0, 0,
                    List.of(), result.error());
        } else {
            return add(result.extraction(), doc.outlet(), doc.published());
        }
        documents.add(d);
        return d;
    }

    /** Links one document extracted elsewhere; {@code published} stands in when the extraction has none. */
    CorpusDocument add(Extraction x, String outlet, LocalDate published) {
        CorpusDocument d = document(x, outlet, published);
        link(x, d);
        documents.add(d);
        return d;
    }

    /** What the corpus keeps of a document extracted elsewhere; {@code published} stands in when it has none. */
    static CorpusDocument document(Extraction x, String outlet, LocalDate published) {
        LocalDate date = x.document().published() != null ? x.document().published() : published;
        return new CorpusDocument(x.document().id(), outlet, date, x.document().chars(),
                x.meetings().size(), x.visits().size(), x.statements().size(), x.diagnostics(), null);
    }

    private void link(Extraction x, CorpusDocument d) {
        Map<String, String> ids = actors.link(x, d.published());
        List<EventLinker.Report> reports = reports(x, d, ids);
        events.document(d, ids, reports.size());
        for (EventLinker.Report r : reports) {
            events.accept(r, nextReport++);
        }
    }

    /**
     * The event reports of one document, mapped to corpus actors through {@code ids} (document actor id →
     * corpus actor id), in the order they are linked: meetings, visits, statements; events with no linked
     * actor left out.
     */
    static List<EventLinker.Report> reports(Extraction x, CorpusDocument d, Map<String, String> ids) {
        Map<String, Actor> local = new HashMap<>();
        x.actors().forEach(a -> local.put(a.id(), a));
        List<EventLinker.Report> out = new ArrayList<>();
        for (Meeting m : x.meetings()) {
            Set<String> who = corpusIds(m.participants(), local, ids);
            if (!who.isEmpty()) {
                out.add(new EventLinker.Report(EventKind.MEETING, who, m.place(), null, m.time(), m.mode(),
                        m.status(), m.topic(), m.codes(),
                        new EventSource(d.id(), d.outlet(), d.published(), m.status(), m.time(), m.codes(), m.evidence())));
            }
        }
        for (Visit v : x.visits()) {
            Set<String> who = corpusIds(v.visitors(), local, ids);
            if (!who.isEmpty()) {
                out.add(new EventLinker.Report(EventKind.VISIT, who, v.destination(), v.origin(), v.time(),
                        Mode.UNKNOWN, v.status(), null, v.codes(),
                        new EventSource(d.id(), d.outlet(), d.published(), v.status(), v.time(), v.codes(), v.evidence())));
            }
        }
        for (Statement s : x.statements()) {
            Set<String> who = corpusIds(List.of(s.speaker()), local, ids);
            if (!who.isEmpty()) {
                out.add(new EventLinker.Report(EventKind.STATEMENT, who, null, null, s.time(), Mode.UNKNOWN,
                        Status.OCCURRED, s.content(), s.codes(), new EventSource(d.id(), d.outlet(), d.published(),
                        Status.OCCURRED, s.time(), s.codes(), s.evidence())));
            }
        }
        return out;
    }

    /** The corpus ids of these document actors, a group standing for its members. */
    private static Set<String> corpusIds(List<String> localIds, Map<String, Actor> local, Map<String, String> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : localIds) {
            Actor a = local.get(id);
            if (a != null && a.type() == ActorType.GROUP) {
                a.members().stream().map(ids::get).filter(m -> m != null).forEach(out::add);
            } else if (ids.containsKey(id)) {
                out.add(ids.get(id));
            }
        }
        return out;
    }

    Corpus corpus() {
        return new Corpus(documents, actors.actors().stream().map(ActorLinker.State::build).toList(), events.build());
    }
}
