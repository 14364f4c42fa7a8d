package io.github.khabar;

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
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KhabarJsonTest {
    private static final String TEXT = "استقبل أمير قطر وزير الخارجية المصري في الدوحة أمس، وقال الوزير إن المباحثات بناءة.";

    static Extraction sample() {
        Span ev = Span.of(TEXT, 0, 52);
        Actor emir = Actor.builder("a1", ActorType.PERSON, "أمير قطر").nameLatin("Emir of Qatar").country("QA")
                .role(Role.of("أمير", "QA")).mention(Span.of(TEXT, 7, 15)).build();
        Actor minister = Actor.builder("a2", ActorType.PERSON, "وزير الخارجية المصري").country("EG")
                .alias("الوزير").role(new Role("وزير الخارجية", "EG", "a4")).mention(Span.of(TEXT, 16, 36)).build();
        Actor group = Actor.builder("a3", ActorType.GROUP, "الجانبان").member("a1").member("a2").build();
        Actor ministry = Actor.builder("a4", ActorType.ORGANIZATION, "وزارة الخارجية المصرية").country("EG").build();
        Meeting m = Meeting.builder().participants(List.of("a1", "a2")).place(Place.of("الدوحة", "QA"))
                .time(new TimeExpression("أمس", "2025-03-03", 47, 50)).mode(Mode.IN_PERSON).status(Status.OCCURRED)
                .topic("العلاقات الثنائية").codes(EventCodes.of("043", "CONSULT")).evidence(ev).build();
        Visit v = Visit.builder().visitor("a2").destination(Place.of("الدوحة", "QA")).origin(Place.of("القاهرة", "EG"))
                .status(Status.OCCURRED).invitedBy("a1").evidence(ev).build();
        Statement s = Statement.builder().speaker("a2").content("المباحثات بناءة").kind(StatementKind.REPORTED)
                .cue("قال").time(TimeExpression.of("أمس", "2025-03-03")).evidence(Span.of(TEXT, 53, TEXT.length())).build();
        DocumentInfo info = new DocumentInfo("doc-1", LocalDate.of(2025, 3, 4), TEXT.length(), CharRange.of(0, TEXT.length()));
        return new Extraction(info, List.of(emir, minister, group, ministry), List.of(m), List.of(v), List.of(s),
                List.of(Diagnostic.at("UNBALANCED_QUOTE", 3, 4, "a quote mark that never closes")));
    }

    @Test
    void everyRecordRoundTrips() throws KhabarException {
        Extraction x = sample();
        String json = KhabarJson.toJson(x);
        assertEquals(x, KhabarJson.fromJson(json));
        assertEquals(x, KhabarJson.fromJson(KhabarJson.toPrettyJson(x)));
    }

    @Test
    void followsTheContract() {
        String json = KhabarJson.toJson(sample());
        assertTrue(json.startsWith("{\"document\":{\"id\":\"doc-1\",\"published\":\"2025-03-04\""), json);
        assertTrue(json.contains("\"contentSpan\":{\"start\":0,\"end\":"), json);
        assertTrue(json.contains("\"mode\":\"IN_PERSON\""), json);
        assertTrue(json.contains("\"codes\":{\"cameo\":\"043\",\"plover\":\"CONSULT\"}"), json);
        assertFalse(json.contains("\"members\":[]"), "empty lists are omitted: " + json);
        assertFalse(json.contains("null"), "absent values are omitted: " + json);
        assertFalse(json.contains("\"\""), "never empty strings: " + json);
        assertFalse(json.contains("\n"), "one line per document");
    }

    @Test
    void topLevelListsAreAlwaysWritten() {
        Extraction empty = Extraction.empty(new DocumentInfo("e", null, 0, null), List.of());
        String json = KhabarJson.toJson(empty);
        assertEquals("{\"document\":{\"id\":\"e\",\"chars\":0},\"actors\":[],\"meetings\":[],\"visits\":[],"
                + "\"statements\":[],\"diagnostics\":[]}", json);
    }

    @Test
    void invalidJsonIsACheckedError() {
        assertThrows(KhabarException.class, () -> KhabarJson.fromJson("{\"document\": 3}"));
        assertThrows(KhabarException.class, () -> KhabarJson.fromJson("not json"));
        KhabarException e = assertThrows(KhabarException.class, () -> KhabarJson.fromJson(
                "{\"document\":{\"id\":\"d\",\"chars\":3},\"meetings\":[{\"participants\":[],\"mode\":\"PHONE\","
                        + "\"status\":\"OCCURRED\",\"codes\":{\"cameo\":\"041\",\"plover\":\"CONSULT\"},"
                        + "\"evidence\":[{\"start\":0,\"end\":1,\"text\":\"x\"}]}]}"));
        assertTrue(e.getMessage().contains("participants"), e.getMessage());
    }
}
