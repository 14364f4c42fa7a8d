package io.github.khabar.json;

import tools.jackson.core.JsonGenerator;

import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes values made of records, lists, maps, strings, numbers, booleans, enums and dates as JSON with
 * Jackson's streaming generator, the way the contract writes every record: each record's components in
 * declaration order, enums by name, dates in ISO form; null values, empty strings, empty lists and empty
 * maps omitted. For the corpus outputs, whose records are many and flat; the extraction has its own writer
 * ({@link ExtractionWriter}). Internal to Khabar; thread-safe (no state).
 */
public final class RecordWriter {
    private RecordWriter() {}

    /** One object with these fields in order; a field whose value is empty is omitted like any other. */
    public static String object(Map<String, ?> fields, boolean pretty) {
        return object(fields, pretty, Set.of());
    }

    /** As {@link #object(Map, boolean)}, writing the fields named in {@code always} even when empty. */
    public static String object(Map<String, ?> fields, boolean pretty, Set<String> always) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonTree.FACTORY.createGenerator(pretty ? ExtractionWriter.PRETTY : ExtractionWriter.PLAIN, out)) {
            g.writeStartObject();
            for (Map.Entry<String, ?> e : fields.entrySet()) {
                if (!always.contains(e.getKey()) && isEmpty(e.getValue())) continue;
                g.writeName(e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
        }
        return out.toString();
    }

    /** A record's fields as an ordered map (to add a field before writing it, as {@link #object} takes). */
    public static Map<String, Object> fields(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            out.put(c.getName(), read(c, r));
        }
        return out;
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + r.getClass().getSimpleName() + "." + c.getName(), e);
        }
    }

    private static boolean isEmpty(Object v) {
        return v == null || (v instanceof CharSequence s && s.isEmpty())
                || (v instanceof Collection<?> c && c.isEmpty()) || (v instanceof Map<?, ?> m && m.isEmpty());
    }

    private static void value(JsonGenerator g, Object v) {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Record r) {
            value(g, fields(r));
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (isEmpty(e.getValue())) continue;
                g.writeName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) value(g, o);
            g.writeEndArray();
        } else if (v instanceof CharSequence s) {
            g.writeString(s.toString());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (v instanceof TemporalAccessor t) {
            g.writeString(t.toString());
        } else {
            throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
        }
    }
}
