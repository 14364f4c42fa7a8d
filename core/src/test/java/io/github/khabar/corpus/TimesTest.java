package io.github.khabar.corpus;

import io.github.khabar.model.Status;
import io.github.khabar.model.TimeExpression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The window of days a report allows. */
class TimesTest {
    private static final LocalDate P = LocalDate.of(2015, 8, 4);

    @Test
    void aDayARangeAndAMonthAreRead() {
        assertEquals(Times.Window.ofDay(LocalDate.of(2015, 8, 3)), Times.parse("2015-08-03"));
        assertEquals(new Times.Window(LocalDate.of(2015, 8, 2), LocalDate.of(2015, 8, 3), null),
                Times.parse("2015-08-02/2015-08-03"));
        assertEquals(new Times.Window(LocalDate.of(2015, 8, 1), LocalDate.of(2015, 8, 31), null), Times.parse("2015-08"));
        assertNull(Times.parse("XXXX-08-03"), "no year: no window");
        assertNull(Times.parse("PAST_REF"));
        assertNull(Times.parse("2015-02-30"), "not a date");
    }

    @Test
    void withoutATimeThePublicationDateAndTheStatusDecide() {
        assertEquals(new Times.Window(P.minusDays(Times.PAST_DAYS), P, null), Times.window(null, P, Status.OCCURRED));
        assertEquals(new Times.Window(P, P.plusDays(Times.FUTURE_DAYS), null), Times.window(null, P, Status.PLANNED));
        assertEquals(Times.Window.ofDay(LocalDate.of(2015, 8, 3)),
                Times.window(TimeExpression.of("أمس", "2015-08-03"), P, Status.OCCURRED));
        assertNull(Times.window(null, null, Status.OCCURRED), "nothing dates it");
    }

    @Test
    void twoVagueWindowsMeetingOnOneDayDoNotNameThatDay() {
        Times.Window month = Times.parse("2015-08");
        Times.Window reported = Times.window(null, LocalDate.of(2015, 8, 1), Status.OCCURRED);
        Times.Window both = month.intersect(reported);
        assertEquals(LocalDate.of(2015, 8, 1), both.from());
        assertEquals(LocalDate.of(2015, 8, 1), both.to());
        assertNull(both.day());
    }
}
