package io.github.khabar.corpus;

import io.github.khabar.model.Status;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One outlet's word on where an event stands: the status it reported, the date it reported it (its
 * publication date; null when unknown) and the document.
 */
public record StatusReport(Status status, LocalDate reported, String documentId) {
    public StatusReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(documentId, "documentId");
    }
}
