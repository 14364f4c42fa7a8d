package io.github.khabar.corpus;

import io.github.khabar.model.ActorType;

import java.util.List;
import java.util.Objects;

/**
 * One real person, organisation or country across the corpus: every document actor judged to be the same
 * one (same knowledge-base entry; same name key; a partial name or a title-bearing variant that fits exactly
 * one known actor with a compatible country and office). Groups ("the two ministers") are not corpus
 * actors: events list their members instead.
 *
 * @param id              unique in the corpus ({@code A1}, {@code A2}... in order of first appearance)
 * @param type            person, organisation or country
 * @param name            the fullest name the documents give
 * @param nameLatin       a Latin-script name (knowledge base first); may be null
 * @param knowledgeBaseId the id of the knowledge-base entry it was identified with; may be null
 * @param country         ISO 3166-1 alpha-2; may be null
 * @param aliases         the other names the documents use, in order of appearance
 * @param roles           offices over time
 * @param sources         every document actor merged into it, in input order
 */
public record CorpusActor(String id, ActorType type, String name, String nameLatin, String knowledgeBaseId,
                          String country, List<String> aliases, List<CorpusRole> roles,
                          List<ActorSource> sources) {
    public CorpusActor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        sources = List.copyOf(sources);
    }
}
