package io.github.khabar.corpus;

import io.github.khabar.model.Span;

import java.util.List;
import java.util.Objects;

/**
 * Where one document speaks of a {@link CorpusActor}: the document, the actor's id in that document's
 * extraction ({@code a3}), the name the document gives, and its mentions (UTF-16 spans into the document's
 * original text).
 */
public record ActorSource(String documentId, String localId, String name, List<Span> mentions) {
    public ActorSource {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
    }
}
