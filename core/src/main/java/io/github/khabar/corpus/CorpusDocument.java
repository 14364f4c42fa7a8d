package io.github.khabar.corpus;

import io.github.khabar.model.Diagnostic;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One input document as the corpus saw it: id, outlet and publication date (null when unknown), its length,
 * how many meetings, visits and statements its extraction held, its diagnostics, and — when it could not be
 * read — the error (then the counts are 0).
 */
public record CorpusDocument(String id, String outlet, LocalDate published, int chars, int meetings, int visits,
                             int statements, List<Diagnostic> diagnostics, String error) {
    public CorpusDocument {
        Objects.requireNonNull(id, "id");
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether the document was read. */
    public boolean ok() {
        return error == null;
    }
}
