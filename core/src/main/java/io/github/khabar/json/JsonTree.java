package io.github.khabar.json;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one JSON value into plain Java values with Jackson's streaming parser (jackson-core only, no
 * databind): an object is a {@code Map<String, Object>} in document order, an array a {@code List<Object>},
 * a string a {@code String}, a number an {@code Integer}, {@code Long}, {@code BigInteger} or {@code Double},
 * {@code true}/{@code false} a {@code Boolean}, and {@code null} Java's {@code null}. Duplicate keys and
 * anything after the value are errors. Internal to Khabar (the package is not exported); thread-safe.
 */
public final class JsonTree {
    /** Shared, immutable and thread-safe once built. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonTree() {}

    /** The value the stream holds, or null when it holds {@code null} or nothing at all. */
    public static Object parse(InputStream in) throws JacksonException {
        try (JsonParser p = FACTORY.createParser(in)) {
            return root(p);
        }
    }

    /** The value the text holds, or null when it holds {@code null} or nothing at all. */
    public static Object parse(String json) throws JacksonException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return root(p);
        }
    }

    /** The JSON type of a value read by {@link #parse}: OBJECT, ARRAY, STRING, NUMBER, BOOLEAN or NULL. */
    public static String typeName(Object value) {
        if (value instanceof Map) {
            return "OBJECT";
        }
        if (value instanceof List) {
            return "ARRAY";
        }
        if (value instanceof String) {
            return "STRING";
        }
        if (value instanceof Number) {
            return "NUMBER";
        }
        return value instanceof Boolean ? "BOOLEAN" : "NULL";
    }

    private static Object root(JsonParser p) {
        JsonToken t = p.nextToken();
        if (t == null) {
            return null;
        }
        Object value = value(p, t);
        if (p.nextToken() != null) {
            throw new StreamReadException(p, "Trailing token (of type " + p.currentToken()
                    + ") found after the value");
        }
        return value;
    }

    private static Object value(JsonParser p, JsonToken t) {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String name = p.currentName();
                    m.put(name, value(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    l.add(value(p, n));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getString();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new StreamReadException(p, "Unexpected token " + t);
        }
    }
}
