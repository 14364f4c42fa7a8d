package io.github.khabar.corpus;

import io.github.khabar.kb.KnowledgeBase;
import io.github.khabar.kb.OrganizationEntry;
import io.github.khabar.kb.PersonEntry;
import io.github.khabar.model.Actor;
import io.github.khabar.model.ActorType;
import io.github.khabar.text.NameKey;

import java.util.HashMap;
import java.util.Map;

/**
 * Knowledge-base identity of a document actor: the person or organisation entry its Latin name or one of its
 * names is a name of (by {@link NameKey}), when exactly one entry fits; a country is its ISO code.
 */
final class Identity {
    /** Marks a key that names more than one entry. */
    private static final String AMBIGUOUS = "";
    private final Map<String, String> personsByKey = new HashMap<>();
    private final Map<String, String> personsByLatin = new HashMap<>();
    private final Map<String, String> orgsByKey = new HashMap<>();
    private final Map<String, String> orgsByLatin = new HashMap<>();

    Identity(KnowledgeBase kb) {
        for (PersonEntry p : kb.persons()) {
            // one-word short forms ("بوتين") stay out: a surname alone is not an identity
            p.names().stream().map(NameKey::of).filter(k -> k.indexOf(' ') > 0).forEach(k -> put(personsByKey, k, p.id()));
            if (p.nameLatin() != null) put(personsByLatin, p.nameLatin(), p.id());
        }
        for (OrganizationEntry o : kb.organizations()) {
            o.names().stream().map(NameKey::of).filter(k -> !k.isEmpty()).forEach(k -> put(orgsByKey, k, o.id()));
            if (o.nameLatin() != null) put(orgsByLatin, o.nameLatin(), o.id());
        }
    }

    private static void put(Map<String, String> map, String key, String id) {
        map.merge(key, id, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
    }

    /** The knowledge-base id of this actor ({@code country:XX} for a country), or null. */
    String of(Actor a) {
        if (a.type() == ActorType.COUNTRY) {
            return a.country() != null ? "country:" + a.country() : null;
        }
        Map<String, String> byKey = a.type() == ActorType.PERSON ? personsByKey
                : a.type() == ActorType.ORGANIZATION ? orgsByKey : null;
        Map<String, String> byLatin = a.type() == ActorType.PERSON ? personsByLatin : orgsByLatin;
        if (byKey == null) {
            return null;
        }
        String id = a.nameLatin() != null ? byLatin.get(a.nameLatin()) : null;
        if (id == null) {
            id = byKey.get(NameKey.of(a.name()));
        }
        return id == null || id.equals(AMBIGUOUS) ? null : id;
    }
}
