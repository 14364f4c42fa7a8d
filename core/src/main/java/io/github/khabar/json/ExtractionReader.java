package io.github.khabar.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.github.khabar.model.Actor;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.CharRange;
import io.github.khabar.model.Diagnostic;
import io.github.khabar.model.DocumentInfo;
import io.github.khabar.model.EventCodes;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;
import io.github.khabar.model.Mode;
import io.github.khabar.model.Place;
import io.github.khabar.model.Role;
import io.github.khabar.model.Span;
import io.github.khabar.model.Statement;
import io.github.khabar.model.StatementKind;
import io.github.khabar.model.Status;
import io.github.khabar.model.TimeExpression;
import io.github.khabar.model.Visit;

/**
 * Reads an {@link Extraction} from a tree of {@link JsonTree#parse} values. Fields the contract does not name
 * are ignored (a newer writer may add some); a field of the wrong JSON type is an error naming its path; the
 * records check their own invariants as they are built. Internal to Khabar; thread-safe (no state).
 */
public final class ExtractionReader {
    private ExtractionReader() {}

    /**
     * The extraction this JSON value holds.
     *
     * @throws IllegalArgumentException when it is not one (the message names the JSON path), or when a record
     *                                  invariant fails
     */
    public static Extraction read(Object root) {
        Map<String, Object> o = object(root, "$");
        return new Extraction(document(object(o.get("document"), "document")),
                list(o, "actors", "", ExtractionReader::actor),
                list(o, "meetings", "", ExtractionReader::meeting),
                list(o, "visits", "", ExtractionReader::visit),
                list(o, "statements", "", ExtractionReader::statement),
                list(o, "diagnostics", "", ExtractionReader::diagnostic));
    }

    private static DocumentInfo document(Map<String, Object> o) {
        String path = "document";
        String published = string(o, "published", path);
        Map<String, Object> c = optionalObject(o, "contentSpan", path);
        return new DocumentInfo(string(o, "id", path), published == null ? null : date(published, path),
                integer(o, "chars", path),
                c == null ? null : new CharRange(integer(c, "start", path + ".contentSpan"),
                        integer(c, "end", path + ".contentSpan")));
    }

    private static Actor actor(Object v, String path) {
        Map<String, Object> o = object(v, path);
        return new Actor(string(o, "id", path), enumValue(ActorType.class, o, "type", path),
                string(o, "name", path), string(o, "nameLatin", path), strings(o, "aliases", path),
                string(o, "country", path), list(o, "roles", path, ExtractionReader::role),
                list(o, "mentions", path, ExtractionReader::span), strings(o, "members", path),
                strings(o, "codes", path));
    }

    private static Role role(Object v, String path) {
        Map<String, Object> o = object(v, path);
        return new Role(string(o, "title", path), string(o, "country", path), string(o, "organization", path));
    }

    private static Meeting meeting(Object v, String path) {
        Map<String, Object> o = object(v, path);
        return new Meeting(strings(o, "participants", path), place(o, "place", path), time(o, path),
                enumValue(Mode.class, o, "mode", path), enumValue(Status.class, o, "status", path),
                string(o, "topic", path), codes(o, path), list(o, "evidence", path, ExtractionReader::span));
    }

    private static Visit visit(Object v, String path) {
        Map<String, Object> o = object(v, path);
        return new Visit(strings(o, "visitors", path), place(o, "destination", path), place(o, "origin", path),
                time(o, path), enumValue(Status.class, o, "status", path), string(o, "invitedBy", path),
                codes(o, path), list(o, "evidence", path, ExtractionReader::span));
    }

    private static Statement statement(Object v, String path) {
        Map<String, Object> o = object(v, path);
        return new Statement(string(o, "speaker", path), string(o, "content", path),
                enumValue(StatementKind.class, o, "kind", path), string(o, "cue", path), string(o, "via", path),
                time(o, path), codes(o, path), list(o, "evidence", path, ExtractionReader::span));
    }

    private static Diagnostic diagnostic(Object v, String path) {
        Map<String, Object> o = object(v, path);
        return new Diagnostic(string(o, "code", path), optionalInteger(o, "start", path),
                optionalInteger(o, "end", path), string(o, "message", path));
    }

    private static Span span(Object v, String path) {
        Map<String, Object> o = object(v, path);
        return new Span(integer(o, "start", path), integer(o, "end", path), string(o, "text", path));
    }

    private static Place place(Map<String, Object> parent, String field, String path) {
        Map<String, Object> o = optionalObject(parent, field, path);
        return o == null ? null : new Place(string(o, "name", path + "." + field), string(o, "country", path + "." + field));
    }

    private static TimeExpression time(Map<String, Object> parent, String path) {
        Map<String, Object> o = optionalObject(parent, "time", path);
        String p = path + ".time";
        return o == null ? null : new TimeExpression(string(o, "text", p), string(o, "value", p),
                optionalInteger(o, "start", p), optionalInteger(o, "end", p), string(o, "mod", p));
    }

    private static EventCodes codes(Map<String, Object> parent, String path) {
        Map<String, Object> o = optionalObject(parent, "codes", path);
        return o == null ? null : new EventCodes(string(o, "cameo", path + ".codes"), string(o, "plover", path + ".codes"));
    }

    // ---- JSON types ------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v, String path) {
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException(path + ": expected a JSON object, found " + JsonTree.typeName(v));
        }
        return (Map<String, Object>) v;
    }

    private static Map<String, Object> optionalObject(Map<String, Object> o, String field, String path) {
        Object v = o.get(field);
        return v == null ? null : object(v, path + "." + field);
    }

    private static String string(Map<String, Object> o, String field, String path) {
        Object v = o.get(field);
        if (v != null && !(v instanceof String)) {
            throw new IllegalArgumentException(path + "." + field + ": expected a string, found "
                    + JsonTree.typeName(v));
        }
        return (String) v;
    }

    private static int integer(Map<String, Object> o, String field, String path) {
        Integer i = optionalInteger(o, field, path);
        if (i == null) {
            throw new IllegalArgumentException(path + "." + field + ": missing");
        }
        return i;
    }

    private static Integer optionalInteger(Map<String, Object> o, String field, String path) {
        Object v = o.get(field);
        if (v != null && !(v instanceof Integer)) {
            throw new IllegalArgumentException(path + "." + field + ": expected an integer offset, found " + v);
        }
        return (Integer) v;
    }

    private static LocalDate date(String s, String path) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + ".published: not an ISO date: " + s, e);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, Object> o, String field, String path) {
        String s = string(o, field, path);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw new IllegalArgumentException(path + "." + field + ": unknown value \"" + s + "\"");
    }

    private static List<String> strings(Map<String, Object> o, String field, String path) {
        return list(o, field, path, (v, p) -> {
            if (!(v instanceof String)) {
                throw new IllegalArgumentException(p + ": expected a string, found " + JsonTree.typeName(v));
            }
            return (String) v;
        });
    }

    /** The list in {@code o.field}, each item read by {@code item}; null when absent (the records read it as empty). */
    private static <T> List<T> list(Map<String, Object> o, String field, String path,
                                    BiFunction<Object, String, T> item) {
        Object v = o.get(field);
        if (v == null) {
            return null;
        }
        String p = path.isEmpty() ? field : path + "." + field;
        if (!(v instanceof List<?> values)) {
            throw new IllegalArgumentException(p + ": expected a JSON array, found " + JsonTree.typeName(v));
        }
        List<T> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(item.apply(values.get(i), p + "[" + i + "]"));
        }
        return out;
    }
}
