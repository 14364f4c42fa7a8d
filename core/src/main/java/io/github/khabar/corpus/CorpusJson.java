package io.github.khabar.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Corpus} as JSON ({@code docs/contract.md}, section "The corpus"): the same conventions as
 * {@link io.github.khabar.KhabarJson} (camelCase, UPPER_CASE enums, ISO dates, absent values and empty lists
 * omitted). Events are written in timeline order, each with {@code "resolved"}. Thread-safe.
 */
public final class CorpusJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                    JsonInclude.Include.NON_EMPTY))
            .build();
    private static final JsonMapper PRETTY = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CorpusJson() {}

    /**
     * One JSON object: {@code {"documents": [...], "actors": [...], "events": [...], "graph": [...],
     * "profiles": [...]}}, every list always present.
     */
    public static String toJson(Corpus corpus) {
        return MAPPER.writeValueAsString(tree(corpus));
    }

    /** As {@link #toJson}, indented for people. */
    public static String toPrettyJson(Corpus corpus) {
        return PRETTY.writeValueAsString(tree(corpus));
    }

    /**
     * JSON Lines: one object per line, each with one field naming what it is — {@code {"document": ...}} for
     * every document, then {@code {"actor": ...}}, {@code {"event": ...}} (timeline order), {@code {"edge": ...}}
     * and {@code {"profile": ...}}.
     */
    public static void writeJsonLines(Corpus corpus, Appendable out) throws IOException {
        for (CorpusDocument d : corpus.documents()) {
            line(out, "document", MAPPER.valueToTree(d));
        }
        for (CorpusActor a : corpus.actors()) {
            line(out, "actor", MAPPER.valueToTree(a));
        }
        for (CorpusEvent e : corpus.timeline()) {
            line(out, "event", event(e));
        }
        for (ActorEdge e : corpus.graph()) {
            line(out, "edge", MAPPER.valueToTree(e));
        }
        for (ActorProfile p : corpus.profiles()) {
            line(out, "profile", MAPPER.valueToTree(p));
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

    private static void line(Appendable out, String field, JsonNode value) throws IOException {
        ObjectNode o = MAPPER.createObjectNode();
        o.set(field, value);
        out.append(MAPPER.writeValueAsString(o)).append('\n');
    }

    private static ObjectNode event(CorpusEvent e) {
        ObjectNode o = MAPPER.valueToTree(e);
        o.put("resolved", e.resolved());
        return o;
    }

    private static ObjectNode tree(Corpus corpus) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("documents", MAPPER.valueToTree(corpus.documents()));
        root.set("actors", MAPPER.valueToTree(corpus.actors()));
        ArrayNode events = root.putArray("events");
        corpus.timeline().forEach(e -> events.add(event(e)));
        root.set("graph", MAPPER.valueToTree(corpus.graph()));
        root.set("profiles", MAPPER.valueToTree(corpus.profiles()));
        return root;
    }
}
