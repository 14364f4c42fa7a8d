package io.github.khabar.cli;

import io.github.khabar.model.Actor;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;
import io.github.khabar.model.Role;
import io.github.khabar.model.Statement;
import io.github.khabar.model.TimeExpression;
import io.github.khabar.model.Visit;

import java.util.List;
import java.util.stream.Collectors;

/** A readable summary of an extraction, for a person: who met whom, when, where; who said what. */
final class TextSummary {
    private static final int CONTENT_CHARS = 160;

    private TextSummary() {}

    static String of(Extraction x) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(x.document().id());
        if (x.document().published() != null) b.append("  (published ").append(x.document().published()).append(')');
        b.append('\n');
        List<Actor> persons = x.actors().stream().filter(a -> a.type().name().equals("PERSON")).toList();
        if (!persons.isEmpty()) {
            b.append("People:\n");
            for (Actor a : persons) {
                b.append("  - ").append(a.name());
                if (a.nameLatin() != null) b.append(" (").append(a.nameLatin()).append(')');
                if (!a.roles().isEmpty()) {
                    b.append(": ").append(a.roles().stream().map(TextSummary::role).collect(Collectors.joining("; ")));
                }
                b.append('\n');
            }
        }
        if (!x.meetings().isEmpty()) {
            b.append("Meetings:\n");
            for (Meeting m : x.meetings()) {
                b.append("  - ").append(names(x, m.participants(), " + "));
                if (m.place() != null) b.append(" in ").append(m.place().name());
                b.append(time(m.time()));
                b.append(" [").append(m.mode()).append(", ").append(m.status()).append(']');
                if (m.topic() != null) b.append(" on ").append(m.topic());
                b.append('\n');
            }
        }
        if (!x.visits().isEmpty()) {
            b.append("Visits:\n");
            for (Visit v : x.visits()) {
                b.append("  - ").append(names(x, v.visitors(), " + ")).append(" -> ").append(v.destination().name());
                b.append(time(v.time()));
                b.append(" [").append(v.status()).append(']');
                if (v.invitedBy() != null) b.append(" invited by ").append(name(x, v.invitedBy()));
                b.append('\n');
            }
        }
        if (!x.statements().isEmpty()) {
            b.append("Statements:\n");
            for (Statement s : x.statements()) {
                b.append("  - ").append(name(x, s.speaker()));
                b.append(" [").append(s.kind());
                if (s.cue() != null) b.append(", ").append(s.cue());
                if (s.via() != null) b.append(", via ").append(name(x, s.via()));
                b.append(']').append(time(s.time())).append(": ");
                String c = s.content();
                b.append(c.length() > CONTENT_CHARS ? c.substring(0, CONTENT_CHARS) + "…" : c).append('\n');
            }
        }
        if (x.meetings().isEmpty() && x.visits().isEmpty() && x.statements().isEmpty()) {
            b.append("(no meetings, visits or statements found)\n");
        }
        return b.toString();
    }

    private static String role(Role r) {
        return r.title() + (r.country() != null ? " (" + r.country() + ")" : "");
    }

    private static String time(TimeExpression t) {
        return t == null ? "" : " on " + t.value() + (t.text() != null ? " (" + t.text() + ")" : "");
    }

    private static String names(Extraction x, List<String> ids, String sep) {
        return ids.stream().map(id -> name(x, id)).collect(Collectors.joining(sep));
    }

    private static String name(Extraction x, String id) {
        Actor a = x.actor(id);
        if (a == null) return id;
        if (!a.members().isEmpty()) return a.name() + " (" + names(x, a.members(), ", ") + ")";
        return a.name();
    }
}
