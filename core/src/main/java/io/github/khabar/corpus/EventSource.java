package io.github.khabar.corpus;

import io.github.khabar.model.EventCodes;
import io.github.khabar.model.Span;
import io.github.khabar.model.Status;
import io.github.khabar.model.TimeExpression;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One document's report of a {@link CorpusEvent}: the document, its outlet and publication date, what it
 * said (status, time, codes) and the evidence — UTF-16 spans into that document's original text, each with
 * the exact characters, as in the per-document extraction.
 *
 * @param documentId the document's id
 * @param outlet     the outlet, when known; may be null
 * @param published  the publication date, when known; may be null
 * @param status     the status this document reports (for statements: {@code OCCURRED})
 * @param time       the time this document gives; may be null
 * @param codes      the CAMEO/PLOVER codes of the per-document event
 * @param evidence   spans into the document's original text (never empty)
 */
public record EventSource(String documentId, String outlet, LocalDate published, Status status,
                          TimeExpression time, EventCodes codes, List<Span> evidence) {
    public EventSource {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(codes, "codes");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("event source " + documentId + " without evidence");
        }
    }
}
