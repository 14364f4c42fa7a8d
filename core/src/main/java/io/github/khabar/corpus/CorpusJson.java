package io.github.khabar.corpus;


import io.github.khabar.json.RecordWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link Corpus} as JSON ({@code docs/contract.md}, section "The corpus"): the same conventions as
 * {@link io.github.khabar.KhabarJson} (camelCase, UPPER_CASE enums, ISO dates, absent values and empty lists
 * omitted). Events are written in timeline order, each with {@code "resolved"}. Thread-safe.
 */
public final class CorpusJson {
    private CorpusJson() {}

    /**
     * One JSON object: {@code {"documents": [...], "actors": [...], "events": [...], "graph": [...],
     * "profiles": [...]}}, every list always present.
     */
    public static String toJson(Corpus corpus) {
        return whole(corpus, false);
    }

    /** As {@link #toJson}, indented for people. */
    public static String toPrettyJson(Corpus corpus) {
        return whole(corpus, true);
    }

    /**
     * JSON Lines: one object per line, each with one field naming what it is — {@code {"document": ...}} for
     * every document, then {@code {"actor": ...}}, {@code {"event": ...}} (timeline order), {@code {"edge": ...}}
     * and {@code {"profile": ...}}.
     */
    public static void writeJsonLines(Corpus corpus, Appendable out) throws IOException {
        for (CorpusDocument d : corpus.documents()) {
            line(out, "document", d);
        }
        for (CorpusActor a : corpus.actors()) {
            line(out, "actor", a);
        }
        for (CorpusEvent e : corpus.timeline()) {
            line(out, "event", event(e));
        }
        for (ActorEdge e : corpus.graph()) {
            line(out, "edge", e);
        }
        for (ActorProfile p : corpus.profiles()) {
            line(out, "profile", p);
        }
    }

    /** {@link #writeJsonLines} into a string. */
    public static String toJsonLines(Corpus corpus) {
        StringBuilder b = new StringBuilder();
        try {
            writeJsonLines(corpus, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return b.toString();
    }

    private static void line(Appendable out, String field, Object value) throws IOException {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put(field, value);
        out.append(RecordWriter.object(o, false)).append('\n');
    }

    /** An event's fields and whether its time resolves to a day. */
    private static Map<String, Object> event(CorpusEvent e) {
        Map<String, Object> o = RecordWriter.fields(e);
        o.put("resolved", e.resolved());
        return o;
    }

    private static String whole(Corpus corpus, boolean pretty) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("documents", corpus.documents());
        root.put("actors", corpus.actors());
        root.put("events", corpus.timeline().stream().map(CorpusJson::event).toList());
        root.put("graph", corpus.graph());
        root.put("profiles", corpus.profiles());
        return RecordWriter.object(root, pretty, root.keySet());
    }
}
