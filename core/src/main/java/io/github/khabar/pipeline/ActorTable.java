package io.github.khabar.pipeline;

import io.github.khabar.model.Actor;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.Diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Output of {@link ActorStage}: the document's actors (as builders the event stage may still add groups
 * to) and, through {@link Mention#actorId}, which actor every mention refers to. Confined to one call.
 */
final class ActorTable {
    final List<Mention> mentions;
    final Map<String, ActorDraft> actors = new LinkedHashMap<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Persons in creation order, and indexes of them, so resolution stays linear in the mentions. */
    final List<ActorDraft> persons = new ArrayList<>();
    final Map<Object, ActorDraft> byRef = new java.util.IdentityHashMap<>();
    final Map<String, ActorDraft> byNameKey = new java.util.HashMap<>();
    final Map<String, ActorDraft> bySurname = new java.util.HashMap<>();
    /** Knowledge-base holders of an office by "title|country", looked up once per document. */
    final Map<String, io.github.khabar.kb.PersonEntry> holders = new java.util.HashMap<>();
    private final Map<Mention, Integer> mentionIndex = new java.util.IdentityHashMap<>();
    private int nextId = 1;

    ActorTable(List<Mention> mentions) {
        this.mentions = mentions;
        for (int i = 0; i < mentions.size(); i++) {
            mentionIndex.put(mentions.get(i), i);
        }
    }

    int indexOf(Mention m) {
        return mentionIndex.getOrDefault(m, 0);
    }

    ActorDraft create(ActorType type) {
        ActorDraft d = new ActorDraft("a" + nextId++, type);
        actors.put(d.id, d);
        if (type == ActorType.PERSON) persons.add(d);
        return d;
    }

    /** Records a person's current keys (name key, surname, knowledge-base entry) for look-ups. */
    void indexPerson(ActorDraft d) {
        if (d.ref != null) byRef.putIfAbsent(d.ref, d);
        if (d.nameKey != null) byNameKey.putIfAbsent(d.nameKey, d);
        if (d.surname != null) bySurname.put(d.surname, d);
        for (String k : d.foreignKeys) bySurname.putIfAbsent(k, d);
    }

    ActorDraft get(String id) {
        return id == null ? null : actors.get(id);
    }

    /** A group of these members, reusing an existing one with the same members. */
    ActorDraft group(String name, List<String> memberIds) {
        for (ActorDraft d : actors.values()) {
            if (d.type == ActorType.GROUP && d.members.equals(memberIds)) {
                return d;
            }
        }
        ActorDraft g = create(ActorType.GROUP);
        g.name = name;
        g.members.addAll(memberIds);
        return g;
    }

    /** An actor while the stages still add to it. */
    static final class ActorDraft {
        final String id;
        final ActorType type;
        String name;
        String nameLatin;
        String country;
        Object ref;
        final java.util.LinkedHashSet<String> aliases = new java.util.LinkedHashSet<>();
        final List<io.github.khabar.model.Role> roles = new ArrayList<>();
        final List<io.github.khabar.model.Span> mentions = new ArrayList<>();
        final List<String> members = new ArrayList<>();
        /** Normalised last word of a person's name, for surname references. */
        String surname;
        /** Every word of a foreign name ("كانغ", "كيونغ"), for references by any of them. */
        final java.util.Set<String> foreignKeys = new java.util.LinkedHashSet<>();
        /** Offices the text gave this person without naming a country ("عادل الجبير وزير الخارجية"). */
        final java.util.Set<String> bareTitles = new java.util.HashSet<>();
        /** NameKey of the fullest name. */
        String nameKey;
        boolean emitted;
        /** Holds an office of a body no state owns: gets no country from the story's other people. */
        boolean international;

        ActorDraft(String id, ActorType type) {
            this.id = id;
            this.type = type;
        }

        Actor build() {
            List<String> al = new ArrayList<>();
            for (String a : aliases) {
                if (!a.equals(name) && !al.contains(a)) {
                    al.add(a);
                }
            }
            // the same office may have been recorded before and after its country was known
            List<io.github.khabar.model.Role> distinct = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (io.github.khabar.model.Role r : roles) {
                if (seen.add(Keys.of(r.title()) + "|" + r.country())) distinct.add(r);
            }
            return new Actor(id, type, name, nameLatin, al, country, distinct, mentions, members);
        }

        @Override
        public String toString() {
            return id + ":" + type + ":" + name + roles;
        }
    }
}
