package io.github.khabar;

import io.github.khabar.model.Actor;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties every extraction must have, checked on the seeds through the public API. */
class ExtractionIntegrityTest {
    private static final Khabar KHABAR = Khabar.builder().build();

    @Test
    void everyEvidenceSpanIsTheOriginalText() throws KhabarException {
        for (Map.Entry<String, Document> e : SeedTexts.documents().entrySet()) {
            Extraction x = KHABAR.extract(e.getValue());
            String text = e.getValue().text();
            List<Span> spans = new ArrayList<>();
            x.meetings().forEach(m -> spans.addAll(m.evidence()));
            x.visits().forEach(v -> spans.addAll(v.evidence()));
            x.statements().forEach(s -> spans.addAll(s.evidence()));
            x.actors().forEach(a -> spans.addAll(a.mentions()));
            assertFalse(spans.isEmpty(), e.getKey());
            for (Span s : spans) {
                assertEquals(text.substring(s.start(), s.end()), s.text(), e.getKey() + " " + s);
            }
            x.meetings().forEach(m -> assertFalse(m.evidence().isEmpty()));
            // content is the speaker's words as written: a stretch of the original, quote marks trimmed
            x.statements().forEach(s -> assertTrue(text.contains(s.content()), e.getKey() + ": " + s.content()));
        }
    }

    @Test
    void extractionIsDeterministic() throws KhabarException {
        for (Document d : SeedTexts.documents().values()) {
            String a = KhabarJson.toJson(KHABAR.extract(d));
            String b = KhabarJson.toJson(Khabar.builder().build().extract(d));
            assertEquals(a, b, d.id());
        }
    }

    @Test
    void seedsYieldEventsAndPeople() throws KhabarException {
        int meetings = 0;
        int visits = 0;
        int statements = 0;
        for (Document d : SeedTexts.documents().values()) {
            Extraction x = KHABAR.extract(d);
            meetings += x.meetings().size();
            visits += x.visits().size();
            statements += x.statements().size();
            assertTrue(x.actors().stream().anyMatch(a -> a.type().name().equals("PERSON")), d.id());
            for (Actor a : x.actors()) {
                assertFalse(a.name().isBlank());
            }
        }
        assertTrue(meetings >= 5, "meetings " + meetings);
        assertTrue(visits >= 5, "visits " + visits);
        assertTrue(statements >= 20, "statements " + statements);
    }

    @Test
    void emptyAndWhitespaceDocumentsGiveEmptyExtractions() throws KhabarException {
        for (String text : new String[] {"", "   \n\t ", "\u200f\u200e", "«««", "...."}) {
            Extraction x = KHABAR.extract(Document.of("e", text));
            assertTrue(x.meetings().isEmpty() && x.visits().isEmpty() && x.statements().isEmpty(), text);
            assertEquals(text.length(), x.document().chars());
        }
    }

    @Test
    void documentLimitIsATypedError() {
        Khabar small = Khabar.builder().maxDocumentChars(10).build();
        LimitExceededException e = assertThrows(LimitExceededException.class,
                () -> small.extract(Document.of("big", "قال الوزير إن المباحثات بناءة")));
        assertEquals(10, e.limit());
        assertTrue(e.getMessage().contains("10"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Khabar.builder().maxDocumentChars(0));
    }
}
