package io.github.khabar.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything found in one document: its actors, meetings, visits, statements, and diagnostics. Every actor
 * id an event refers to is the id of one of {@code actors}.
 */
public record Extraction(DocumentInfo document, List<Actor> actors, List<Meeting> meetings, List<Visit> visits,
                         List<Statement> statements, List<Diagnostic> diagnostics) {
    public Extraction {
        Checks.notNull(document, "document");
        actors = Checks.list(actors, "actors");
        meetings = Checks.list(meetings, "meetings");
        visits = Checks.list(visits, "visits");
        statements = Checks.list(statements, "statements");
        diagnostics = Checks.list(diagnostics, "diagnostics");
        Set<String> ids = new HashSet<>();
        for (Actor a : actors) {
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException("duplicate actor id " + a.id());
            }
        }
        for (Actor a : actors) {
            a.members().forEach(m -> requireKnown(ids, m, "member of " + a.id()));
            a.roles().forEach(r -> { if (r.organization() != null) requireKnown(ids, r.organization(), "role organization"); });
        }
        for (Meeting m : meetings) {
            m.participants().forEach(p -> requireKnown(ids, p, "meeting participant"));
        }
        for (Visit v : visits) {
            v.visitors().forEach(p -> requireKnown(ids, p, "visitor"));
            if (v.invitedBy() != null) requireKnown(ids, v.invitedBy(), "invitedBy");
        }
        for (Statement s : statements) {
            requireKnown(ids, s.speaker(), "speaker");
            if (s.via() != null) requireKnown(ids, s.via(), "via");
        }
    }

    private static void requireKnown(Set<String> ids, String id, String what) {
        if (!ids.contains(id)) {
            throw new IllegalArgumentException(what + " refers to unknown actor id " + id);
        }
    }

    /** An extraction with nothing found. */
    public static Extraction empty(DocumentInfo document, List<Diagnostic> diagnostics) {
        return new Extraction(document, List.of(), List.of(), List.of(), List.of(), diagnostics);
    }

    /** The actor with this id, or null. */
    public Actor actor(String id) {
        for (Actor a : actors) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }
}
