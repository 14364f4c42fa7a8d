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
    private int nextId = 1;

    ActorTable(List<Mention> mentions) {
        this.mentions = mentions;
    }

    ActorDraft create(ActorType type) {
        ActorDraft d = new ActorDraft("a" + nextId++, type);
        actors.put(d.id, d);
        return d;
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
        final List<String> aliases = new ArrayList<>();
        final List<io.github.khabar.model.Role> roles = new ArrayList<>();
        final List<io.github.khabar.model.Span> mentions = new ArrayList<>();
        final List<String> members = new ArrayList<>();
        /** Normalised last word of a person's name, for surname references. */
        String surname;
        /** Offices the text gave this person without naming a country ("عادل الجبير وزير الخارجية"). */
        final java.util.Set<String> bareTitles = new java.util.HashSet<>();
        /** NameKey of the fullest name. */
        String nameKey;
        boolean emitted;

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
            return new Actor(id, type, name, nameLatin, al, country, roles, mentions, members);
        }

        @Override
        public String toString() {
            return id + ":" + type + ":" + name + roles;
        }
    }
}
