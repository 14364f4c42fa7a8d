package io.github.khabar.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelInvariantsTest {
    private static final String TEXT = "التقى الوزير نظيره في الرياض";

    @Test
    void spanTextMustMatchItsRange() {
        Span s = Span.of(TEXT, 0, 5);
        assertEquals("التقى", s.text());
        assertThrows(IllegalArgumentException.class, () -> new Span(0, 5, "abc"));
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 2, ""));
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2, "ab"));
        assertThrows(IllegalArgumentException.class, () -> Span.of(TEXT, 0, TEXT.length() + 1));
        assertThrows(NullPointerException.class, () -> new Span(0, 0, null));
    }

    @Test
    void spanRelations() {
        Span a = Span.of(TEXT, 0, 10);
        Span b = Span.of(TEXT, 6, 12);
        assertTrue(a.overlaps(b));
        assertTrue(Span.of(TEXT, 2, 4).within(a));
        assertEquals(10, a.length());
    }

    @Test
    void blankOptionalStringsBecomeAbsent() {
        Role r = new Role("وزير الخارجية", " ", "");
        assertNull(r.country());
        assertNull(r.organization());
        assertThrows(IllegalArgumentException.class, () -> Role.of(" ", "SA"));
    }

    @Test
    void meetingNeedsParticipantsAndEvidence() {
        Span ev = Span.of(TEXT, 0, 5);
        assertThrows(IllegalArgumentException.class, () -> Meeting.builder().evidence(ev).build());
        assertThrows(IllegalArgumentException.class, () -> Meeting.builder().participant("a1").build());
        Meeting m = Meeting.builder().participant("a1").participant("a2").mode(Mode.PHONE).evidence(ev).build();
        assertEquals("041", m.codes().cameo(), "a phone call defaults to CAMEO 041");
        assertEquals(Status.OCCURRED, m.status());
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<String> ids = new ArrayList<>(List.of("a1", "a2"));
        Meeting m = Meeting.builder().participants(ids).evidence(Span.of(TEXT, 0, 5)).build();
        ids.add("a3");
        assertEquals(2, m.participants().size());
        assertThrows(UnsupportedOperationException.class, () -> m.participants().add("a4"));
        assertThrows(NullPointerException.class, () -> new Meeting(java.util.Arrays.asList("a1", null), null, null,
                Mode.UNKNOWN, Status.OCCURRED, null, EventCodes.of("040", "CONSULT"), List.of(Span.of(TEXT, 0, 1))));
    }

    @Test
    void onlyGroupsHaveMembers() {
        assertThrows(IllegalArgumentException.class,
                () -> Actor.builder("a1", ActorType.PERSON, "س").member("a2").build());
        Actor g = Actor.builder("a3", ActorType.GROUP, "الجانبان").member("a1").member("a2").build();
        assertEquals(List.of("a1", "a2"), g.members());
    }

    @Test
    void extractionRejectsDanglingActorIds() {
        DocumentInfo info = new DocumentInfo("d", LocalDate.of(2025, 2, 24), TEXT.length(), CharRange.of(0, TEXT.length()));
        Actor a1 = Actor.builder("a1", ActorType.PERSON, "الوزير").build();
        Meeting m = Meeting.builder().participant("a1").participant("a9").evidence(Span.of(TEXT, 0, 5)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Extraction(info, List.of(a1), List.of(m), List.of(), List.of(), List.of()));
        assertTrue(e.getMessage().contains("a9"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Extraction(info, List.of(a1, a1), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void documentInfoContentSpanWithinText() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentInfo("d", null, 5, CharRange.of(0, 6)));
        assertThrows(IllegalArgumentException.class, () -> new DocumentInfo("d", null, -1, null));
        assertThrows(IllegalArgumentException.class, () -> CharRange.of(3, 2));
    }

    @Test
    void timeAndDiagnosticOffsetsComeInPairs() {
        assertThrows(IllegalArgumentException.class, () -> new TimeExpression("أمس", "2025-02-23", 3, null));
        assertThrows(IllegalArgumentException.class, () -> new Diagnostic("X", null, 4, "m"));
        TimeExpression t = TimeExpression.of(Span.of(TEXT, 0, 5), "2025-02-24");
        assertEquals(0, t.start());
        assertEquals(5, t.end());
        assertThrows(IllegalArgumentException.class, () -> TimeExpression.of("x", " "));
    }

    @Test
    void statementAndVisitRequireTheirCoreFields() {
        Span ev = Span.of(TEXT, 0, 5);
        assertThrows(NullPointerException.class, () -> Statement.builder().content("x").evidence(ev).build());
        assertThrows(IllegalArgumentException.class, () -> Statement.builder().speaker("a1").content(" ").evidence(ev).build());
        assertThrows(NullPointerException.class, () -> Visit.builder().visitor("a1").evidence(ev).build());
        Visit v = Visit.builder().visitor("a1").destination(Place.of("الرياض", "SA")).evidence(ev).build();
        assertEquals("042", v.codes().cameo());
        Statement s = Statement.builder().speaker("a1").content("نص").evidence(ev).build();
        assertEquals(StatementKind.REPORTED, s.kind());
        assertEquals("010", s.codes().cameo());
    }
}
