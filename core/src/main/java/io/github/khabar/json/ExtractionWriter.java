package io.github.khabar.json;

import java.io.StringWriter;
import java.util.List;
import java.util.function.BiConsumer;

import io.github.khabar.model.Actor;
import io.github.khabar.model.CharRange;
import io.github.khabar.model.Diagnostic;
import io.github.khabar.model.DocumentInfo;
import io.github.khabar.model.EventCodes;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;
import io.github.khabar.model.Place;
import io.github.khabar.model.Role;
import io.github.khabar.model.Span;
import io.github.khabar.model.Statement;
import io.github.khabar.model.TimeExpression;
import io.github.khabar.model.Visit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes an {@link Extraction} in the JSON contract ({@code docs/contract.md}) with Jackson's streaming
 * generator: each record's fields in declaration order; null values, empty strings and empty lists omitted,
 * except the extraction's own lists, always written. Internal to Khabar; thread-safe (no state).
 */
public final class ExtractionWriter {
    /** Writing contexts for one line and for indented output (shared with {@link RecordWriter}). */
    static final ObjectWriteContext PLAIN = ObjectWriteContext.empty();
    static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private final JsonGenerator g;

    private ExtractionWriter(JsonGenerator g) {
        this.g = g;
    }

    /** The extraction as JSON text: one line, or indented for people. */
    public static String write(Extraction x, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonTree.FACTORY.createGenerator(pretty ? PRETTY : PLAIN, out)) {
            new ExtractionWriter(g).extraction(x);
        }
        return out.toString();
    }

    private void extraction(Extraction x) {
        g.writeStartObject();
        g.writeName("document");
        document(x.document());
        list("actors", x.actors(), ExtractionWriter::actor, true);
        list("meetings", x.meetings(), ExtractionWriter::meeting, true);
        list("visits", x.visits(), ExtractionWriter::visit, true);
        list("statements", x.statements(), ExtractionWriter::statement, true);
        list("diagnostics", x.diagnostics(), ExtractionWriter::diagnostic, true);
        g.writeEndObject();
    }

    private void document(DocumentInfo d) {
        g.writeStartObject();
        string("id", d.id());
        string("published", d.published() == null ? null : d.published().toString());
        number("chars", d.chars());
        CharRange c = d.contentSpan();
        if (c != null) {
            g.writeName("contentSpan");
            g.writeStartObject();
            number("start", c.start());
            number("end", c.end());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void actor(Actor a) {
        g.writeStartObject();
        string("id", a.id());
        string("type", a.type().name());
        string("name", a.name());
        string("nameLatin", a.nameLatin());
        strings("aliases", a.aliases());
        string("country", a.country());
        list("roles", a.roles(), ExtractionWriter::role, false);
        list("mentions", a.mentions(), ExtractionWriter::span, false);
        strings("members", a.members());
        strings("codes", a.codes());
        g.writeEndObject();
    }

    private void role(Role r) {
        g.writeStartObject();
        string("title", r.title());
        string("country", r.country());
        string("organization", r.organization());
        g.writeEndObject();
    }

    private void meeting(Meeting m) {
        g.writeStartObject();
        strings("participants", m.participants());
        place("place", m.place());
        time(m.time());
        string("mode", m.mode().name());
        string("status", m.status().name());
        string("topic", m.topic());
        codes(m.codes());
        list("evidence", m.evidence(), ExtractionWriter::span, false);
        g.writeEndObject();
    }

    private void visit(Visit v) {
        g.writeStartObject();
        strings("visitors", v.visitors());
        place("destination", v.destination());
        place("origin", v.origin());
        time(v.time());
        string("status", v.status().name());
        string("invitedBy", v.invitedBy());
        codes(v.codes());
        list("evidence", v.evidence(), ExtractionWriter::span, false);
        g.writeEndObject();
    }

    private void statement(Statement s) {
        g.writeStartObject();
        string("speaker", s.speaker());
        string("content", s.content());
        string("kind", s.kind().name());
        string("cue", s.cue());
        string("via", s.via());
        time(s.time());
        codes(s.codes());
        list("evidence", s.evidence(), ExtractionWriter::span, false);
        g.writeEndObject();
    }

    private void diagnostic(Diagnostic d) {
        g.writeStartObject();
        string("code", d.code());
        number("start", d.start());
        number("end", d.end());
        string("message", d.message());
        g.writeEndObject();
    }

    private void span(Span s) {
        g.writeStartObject();
        number("start", s.start());
        number("end", s.end());
        string("text", s.text());
        g.writeEndObject();
    }

    private void place(String name, Place p) {
        if (p != null) {
            g.writeName(name);
            g.writeStartObject();
            string("name", p.name());
            string("country", p.country());
            g.writeEndObject();
        }
    }

    private void time(TimeExpression t) {
        if (t != null) {
            g.writeName("time");
            g.writeStartObject();
            string("text", t.text());
            string("value", t.value());
            number("start", t.start());
            number("end", t.end());
            string("mod", t.mod());
            g.writeEndObject();
        }
    }

    private void codes(EventCodes c) {
        if (c != null) {
            g.writeName("codes");
            g.writeStartObject();
            string("cameo", c.cameo());
            string("plover", c.plover());
            g.writeEndObject();
        }
    }

    private void string(String name, String value) {
        if (value != null && !value.isEmpty()) {
            g.writeName(name);
            g.writeString(value);
        }
    }

    private void number(String name, Integer value) {
        if (value != null) {
            g.writeName(name);
            g.writeNumber(value.intValue());
        }
    }

    private void strings(String name, List<String> values) {
        list(name, values, ExtractionWriter::string, false);
    }

    private void string(String value) {
        g.writeString(value);
    }

    private <T> void list(String name, List<T> values, BiConsumer<ExtractionWriter, T> item, boolean always) {
        if (values.isEmpty() && !always) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (T v : values) {
            item.accept(this, v);
        }
        g.writeEndArray();
    }
}
