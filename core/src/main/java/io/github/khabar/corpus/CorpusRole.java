package io.github.khabar.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An office a corpus actor is said to hold, over time: the title and country as the documents state them,
 * the first and last publication dates of a document stating it (null when no such document is dated),
 * and the documents, in input order.
 */
public record CorpusRole(String title, String country, LocalDate firstSeen, LocalDate lastSeen,
                         List<String> documents) {
    public CorpusRole {
        Objects.requireNonNull(title, "title");
        documents = List.copyOf(documents);
    }
}
