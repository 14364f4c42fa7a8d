package io.github.khabar.spark;

import io.github.khabar.model.Actor;
import io.github.khabar.model.EventCodes;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;
import io.github.khabar.model.Place;
import io.github.khabar.model.Role;
import io.github.khabar.model.Span;
import io.github.khabar.model.Statement;
import io.github.khabar.model.TimeExpression;
import io.github.khabar.model.Visit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The flat tables the job writes, one row per actor, meeting, visit or statement of a document, with fixed
 * schemas (so a table's columns do not depend on what a batch happened to contain). Actor columns of events
 * name the document's actor ids and their names; evidence is the first span (start, end, text: UTF-16
 * offsets into the document's original text).
 */
enum Tables {
    ACTORS("actors", schema(
            field("doc_id", DataTypes.StringType), field("actor_id", DataTypes.StringType),
            field("type", DataTypes.StringType), field("name", DataTypes.StringType),
            field("name_latin", DataTypes.StringType), field("country", DataTypes.StringType),
            field("titles", strings()), field("mentions", DataTypes.IntegerType)),
            Tables::actors),
    MEETINGS("meetings", schema(eventFields(
            field("participant_ids", strings()), field("participants", strings()),
            field("place", DataTypes.StringType), field("place_country", DataTypes.StringType),
            field("mode", DataTypes.StringType), field("topic", DataTypes.StringType))),
            Tables::meetings),
    VISITS("visits", schema(eventFields(
            field("visitor_ids", strings()), field("visitors", strings()),
            field("destination", DataTypes.StringType), field("destination_country", DataTypes.StringType),
            field("origin", DataTypes.StringType), field("invited_by", DataTypes.StringType))),
            Tables::visits),
    STATEMENTS("statements", schema(eventFields(
            field("speaker_id", DataTypes.StringType), field("speaker", DataTypes.StringType),
            field("via", DataTypes.StringType), field("kind", DataTypes.StringType),
            field("cue", DataTypes.StringType), field("content", DataTypes.StringType))),
            Tables::statements);

    final String table;
    final StructType schema;
    private final Function<Extraction, List<Row>> rows;

    Tables(String table, StructType schema, Function<Extraction, List<Row>> rows) {
        this.table = table;
        this.schema = schema;
        this.rows = rows;
    }

    /** This table's rows for one document's extraction. */
    List<Row> rows(Extraction x) {
        return rows.apply(x);
    }

    private static List<Row> actors(Extraction x) {
        List<Row> out = new ArrayList<>();
        for (Actor a : x.actors()) {
            out.add(RowFactory.create(x.document().id(), a.id(), a.type().name(), a.name(), a.nameLatin(),
                    a.country(), a.roles().stream().map(Role::title).toArray(String[]::new), a.mentions().size()));
        }
        return out;
    }

    private static List<Row> meetings(Extraction x) {
        Map<String, String> names = names(x);
        List<Row> out = new ArrayList<>();
        int i = 0;
        for (Meeting m : x.meetings()) {
            out.add(event(x, i++, m.status().name(), m.time(), m.codes(), m.evidence(),
                    m.participants().toArray(String[]::new), names(names, m.participants()),
                    placeName(m.place()), placeCountry(m.place()), m.mode().name(), m.topic()));
        }
        return out;
    }

    private static List<Row> visits(Extraction x) {
        Map<String, String> names = names(x);
        List<Row> out = new ArrayList<>();
        int i = 0;
        for (Visit v : x.visits()) {
            out.add(event(x, i++, v.status().name(), v.time(), v.codes(), v.evidence(),
                    v.visitors().toArray(String[]::new), names(names, v.visitors()),
                    placeName(v.destination()), placeCountry(v.destination()), placeName(v.origin()),
                    v.invitedBy() == null ? null : names.get(v.invitedBy())));
        }
        return out;
    }

    private static List<Row> statements(Extraction x) {
        Map<String, String> names = names(x);
        List<Row> out = new ArrayList<>();
        int i = 0;
        for (Statement s : x.statements()) {
            out.add(event(x, i++, null, s.time(), s.codes(), s.evidence(), s.speaker(), names.get(s.speaker()),
                    s.via() == null ? null : names.get(s.via()), s.kind().name(), s.cue(), s.content()));
        }
        return out;
    }

    /** The columns every event table starts with, then its own. */
    private static StructField[] eventFields(StructField... own) {
        List<StructField> f = new ArrayList<>(List.of(
                field("doc_id", DataTypes.StringType), field("index", DataTypes.IntegerType),
                field("status", DataTypes.StringType), field("time_text", DataTypes.StringType),
                field("time_value", DataTypes.StringType), field("cameo", DataTypes.StringType),
                field("plover", DataTypes.StringType), field("evidence_start", DataTypes.IntegerType),
                field("evidence_end", DataTypes.IntegerType), field("evidence", DataTypes.StringType)));
        f.addAll(List.of(own));
        return f.toArray(StructField[]::new);
    }

    private static Row event(Extraction x, int index, String status, TimeExpression time, EventCodes codes,
                             List<Span> evidence, Object... own) {
        Span first = evidence.isEmpty() ? null : evidence.get(0);
        List<Object> values = new ArrayList<>(List.of(x.document().id(), index));
        values.add(status);
        values.add(time == null ? null : time.text());
        values.add(time == null ? null : time.value());
        values.add(codes == null ? null : codes.cameo());
        values.add(codes == null ? null : codes.plover());
        values.add(first == null ? null : first.start());
        values.add(first == null ? null : first.end());
        values.add(first == null ? null : first.text());
        values.addAll(java.util.Arrays.asList(own));
        return RowFactory.create(values.toArray());
    }

    private static Map<String, String> names(Extraction x) {
        return x.actors().stream().collect(Collectors.toMap(Actor::id, Actor::name));
    }

    private static String[] names(Map<String, String> names, List<String> ids) {
        return ids.stream().map(names::get).toArray(String[]::new);
    }

    private static String placeName(Place p) {
        return p == null ? null : p.name();
    }

    private static String placeCountry(Place p) {
        return p == null ? null : p.country();
    }

    private static StructType schema(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static DataType strings() {
        return DataTypes.createArrayType(DataTypes.StringType, true);
    }
}
