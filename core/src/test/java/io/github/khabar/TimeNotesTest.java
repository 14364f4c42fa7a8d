package io.github.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.khabar.model.Diagnostic;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;
import io.github.khabar.model.TimeExpression;
import io.github.khabar.model.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the time recognizer infers reaches the extraction: a weekday that overrides "اليوم" is a
 * {@code TIME_INFERRED} diagnostic at the words; a phase (مطلع، أواخر) is the time's {@code mod}.
 */
class TimeNotesTest {
    private static final Khabar KHABAR = Khabar.builder().build();
    /** A Saturday. */
    private static final LocalDate SAT = LocalDate.of(2016, 3, 12);

    @Test
    void aWeekdayThatOverridesTodayIsReported() throws KhabarException {
        String text = "عمان - استقبل العاهل الأردني الملك عبدالله الثاني اليوم الجمعة وزير الخارجية التونسي خميس "
                + "الجهيناوي، وبحث معه العلاقات الثنائية.";
        Extraction x = KHABAR.extract(Document.of("t1", text, SAT));
        List<Diagnostic> notes = x.diagnostics().stream().filter(d -> d.code().equals("TIME_INFERRED")).toList();
        assertEquals(1, notes.size(), x.diagnostics().toString());
        Diagnostic d = notes.get(0);
        assertEquals("اليوم الجمعة", text.substring(d.start(), d.end()));
        List<Meeting> meetings = x.meetings();
        assertTrue(meetings.stream().anyMatch(m -> m.time() != null && m.time().value().equals("2016-03-11")),
                meetings.toString());
    }

    @Test
    void aPhaseIsTheTimesModifierInTheJson() throws KhabarException {
        String text = "الجزائر - يزور الرئيس الفرنسي الجزائر مطلع الشهر المقبل، حسبما أعلنت الرئاسة الجزائرية.";
        Extraction x = KHABAR.extract(Document.of("t2", text, SAT));
        TimeExpression time = x.visits().stream().map(Visit::time).filter(t -> t != null).findFirst()
                .orElseThrow(() -> new AssertionError(x.visits().toString()));
        assertEquals("2016-04", time.value());
        assertEquals("START", time.mod());
        assertTrue(KhabarJson.toJson(x).contains("\"mod\":\"START\""));
        assertEquals(x, KhabarJson.fromJson(KhabarJson.toJson(x)));
    }
}
