package io.github.khabar.corpus;

import java.util.List;
import java.util.Objects;

/**
 * Everything the corpus says about one actor: its offices over time and the ids of the meetings it took
 * part in, the visits it made and the statements it gave (each in timeline order), and the actors it met
 * (by number of meetings, then id).
 */
public record ActorProfile(String actorId, List<CorpusRole> roles, List<String> meetings, List<String> visits,
                           List<String> statements, List<String> counterparts) {
    public ActorProfile {
        Objects.requireNonNull(actorId, "actorId");
        roles = List.copyOf(roles);
        meetings = List.copyOf(meetings);
        visits = List.copyOf(visits);
        statements = List.copyOf(statements);
        counterparts = List.copyOf(counterparts);
    }
}
