package io.github.khabar.report;

import io.github.khabar.corpus.CorpusActor;
import io.github.khabar.corpus.CorpusDocument;
import io.github.khabar.corpus.CorpusEvent;
import io.github.khabar.corpus.CorpusRole;
import io.github.khabar.corpus.EventSource;
import io.github.khabar.corpus.StatusReport;
import io.github.khabar.model.Place;
import io.github.khabar.model.Span;
import io.github.khabar.model.TimeExpression;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;

/**
 * The report's data as JSON for the page's script: {@code docs} (id, outlet, date, counts, error, and the
 * highlights as a flat list of start, end, mark, ref), {@code actors} and {@code events} in timeline order
 * (each event with its status history and every source's evidence). Short keys: the page holds thousands.
 */
final class ReportData {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Aliases and offices shown per actor, at most. */
    private static final int LIST_CAP = 8;

    private ReportData() {}

    static String json(ReportModel m) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode docs = root.putArray("docs");
        for (int i = 0; i < m.documents.size(); i++) {
            docs.add(doc(m.documents.get(i), m.highlights.get(i)));
        }
        ArrayNode actors = root.putArray("actors");
        m.actors.forEach(a -> actors.add(actor(a)));
        ArrayNode events = root.putArray("events");
        m.events.forEach(e -> events.add(event(m, e)));
        return MAPPER.writeValueAsString(root);
    }

    /** A document's text as a JSON string. */
    static String text(String text) {
        return MAPPER.writeValueAsString(text);
    }

    private static ObjectNode doc(CorpusDocument d, java.util.List<ReportModel.Highlight> hl) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", d.id());
        putOpt(o, "o", d.outlet());
        putOpt(o, "p", d.published());
        o.put("c", d.chars());
        o.putArray("n").add(d.meetings()).add(d.visits()).add(d.statements());
        putOpt(o, "err", d.error());
        ArrayNode h = o.putArray("h");
        for (ReportModel.Highlight x : hl) {
            h.add(x.start()).add(x.end()).add(x.mark().ordinal()).add(x.ref());
        }
        return o;
    }

    private static ObjectNode actor(CorpusActor a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("n", a.name());
        putOpt(o, "l", a.nameLatin());
        o.put("t", a.type().name());
        putOpt(o, "c", a.country());
        ArrayNode al = o.putArray("al");
        a.aliases().stream().limit(LIST_CAP).forEach(al::add);
        ArrayNode r = o.putArray("r");
        for (CorpusRole role : a.roles().stream().limit(LIST_CAP).toList()) {
            r.add(role.country() != null ? role.title() + " (" + role.country() + ")" : role.title());
        }
        o.put("d", a.sources().stream().map(s -> s.documentId()).distinct().count());
        return o;
    }

    private static ObjectNode event(ReportModel m, CorpusEvent e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("k", e.kind().name());
        ArrayNode who = o.putArray("a");
        e.actors().forEach(id -> who.add(m.actor(id)));
        putOpt(o, "pl", place(e.place()));
        putOpt(o, "or", place(e.origin()));
        time(o, e.time());
        putOpt(o, "dt", e.date());
        if (e.mode() != io.github.khabar.model.Mode.UNKNOWN) o.put("mo", e.mode().name());
        o.put("st", e.status().name());
        o.put("cd", e.codes().cameo() + " / " + e.codes().plover());
        putOpt(o, "tp", e.topic());
        ArrayNode sh = o.putArray("sh");
        for (StatusReport r : e.statusHistory()) {
            ArrayNode x = MAPPER.createArrayNode().add(r.status().name());
            x.add(r.reported() != null ? r.reported().toString() : null);
            sh.add(x.add(m.doc(r.documentId())));
        }
        ArrayNode src = o.putArray("src");
        for (EventSource s : e.sources()) {
            ObjectNode so = src.addObject();
            so.put("d", m.doc(s.documentId()));
            so.put("st", s.status().name());
            time(so, s.time());
            ArrayNode q = so.putArray("q");
            for (Span sp : s.evidence()) {
                q.add(MAPPER.createArrayNode().add(sp.start()).add(sp.end()).add(sp.text()));
            }
        }
        return o;
    }

    private static void time(ObjectNode o, TimeExpression t) {
        if (t == null) return;
        putOpt(o, "tt", t.text());
        o.put("tv", t.value());
    }

    private static String place(Place p) {
        if (p == null) return null;
        return p.country() != null ? p.name() + " (" + p.country() + ")" : p.name();
    }

    private static void putOpt(ObjectNode o, String key, Object value) {
        if (value instanceof LocalDate d) {
            o.put(key, d.toString());
        } else if (value != null) {
            o.put(key, value.toString());
        }
    }
}
