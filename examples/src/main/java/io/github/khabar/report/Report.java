package io.github.khabar.report;

import io.github.khabar.corpus.ActorEdge;
import io.github.khabar.corpus.Corpus;
import io.github.khabar.corpus.CorpusActor;
import io.github.khabar.corpus.CorpusDocument;
import io.github.khabar.corpus.CorpusEvent;

import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a corpus as one self-contained HTML page: a timeline, the network of who met whom, an event card
 * per event (participants, place, time, status history, every source's words) and every article with its
 * actors and events highlighted from their evidence offsets. No network access, no external file: CSS,
 * script and data are inline; article texts are parsed and drawn only when opened, so the page stays
 * usable with thousands of articles. Every text from the articles is escaped; nothing in them can run.
 */
public final class Report {
    private Report() {}

    /**
     * Writes the page over {@code corpus} to {@code out}.
     *
     * @param texts a document's original text by its id (null when not available: the article is listed
     *              without its text); the corpus's evidence offsets are UTF-16 offsets into these texts.
     *              Called once per document, in order, as the page is written
     * @param title the page title
     * @throws java.io.UncheckedIOException when {@code out} cannot be written
     */
    public static void write(Corpus corpus, Function<String, String> texts, String title, Writer out) {
        write(corpus.documents(), corpus.actors(), corpus.timeline(), corpus.graph(), texts, title, out);
    }

    /** As above, from the corpus's parts ({@code timeline}: its events in timeline order). */
    static void write(List<CorpusDocument> documents, List<CorpusActor> actors, List<CorpusEvent> timeline,
                      List<ActorEdge> graph, Function<String, String> texts, String title, Writer out) {
        ReportModel m = new ReportModel(documents, actors, timeline, graph);
        ReportPage.write(new HtmlWriter(out), m, texts, title);
    }
}
