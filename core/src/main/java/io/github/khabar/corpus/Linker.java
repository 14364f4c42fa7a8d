package io.github.khabar.corpus;

import io.github.khabar.kb.KnowledgeBase;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;

import java.util.ArrayList;
import java.util.List;

/** Links documents into a corpus, one at a time in input order. Not thread-safe; one per build. */
final class Linker {
    private final KnowledgeBase kb;
    private final List<CorpusDocument> documents = new ArrayList<>();

    Linker(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Links one document's extraction (or records its failure) and returns what the corpus keeps of it. */
    CorpusDocument add(Document doc, Extractor.Result result) {
        CorpusDocument d;
        if (result.extraction() == null) {
            d = new CorpusDocument(doc.id(), doc.outlet(), doc.published(), doc.text().length(), 0, 0, 0,
                    List.of(), result.error());
        } else {
            Extraction x = result.extraction();
            d = new CorpusDocument(doc.id(), doc.outlet(),
                    x.document().published() != null ? x.document().published() : doc.published(),
                    doc.text().length(), x.meetings().size(), x.visits().size(), x.statements().size(),
                    x.diagnostics(), null);
        }
        documents.add(d);
        return d;
    }

    Corpus corpus() {
        return new Corpus(documents, List.of(), List.of());
    }
}
