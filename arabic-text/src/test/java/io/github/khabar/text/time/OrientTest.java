package io.github.khabar.text.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ArabicTimeRecognizer#orient}: a direction known from the event's tense settles open expressions. */
class OrientTest {
    private static final ArabicTimeRecognizer R = ArabicTimeRecognizer.create();
    /** A Monday. */
    private static final LocalDate MON = LocalDate.of(2024, 2, 26);

    private static TimeMention only(String text, LocalDate ref) {
        List<TimeMention> ms = R.find(text, ref);
        assertEquals(1, ms.size(), ms.toString());
        return ms.get(0);
    }

    private static String orient(String sentence, LocalDate ref, TimeDirection d) {
        return R.orient(only(sentence, ref), ref, d).value();
    }

    @Test
    void weekdayInAPlanIsTheComingOne() {
        String s = "ويعقد الرئيسان محادثات في نيروبي يوم الخميس.";
        assertEquals("2024-02-22", only(s, MON).value()); // no cue within reach: on or before
        assertEquals("2024-02-29", orient(s, MON, TimeDirection.FORWARD));
        assertEquals("2024-02-22", orient(s, MON, TimeDirection.BACKWARD));
        // the day of publication itself stays that day either way
        assertEquals("2024-02-26", orient("الاجتماع يوم الاثنين.", MON, TimeDirection.FORWARD));
    }

    @Test
    void weekdayAfterAFutureCueTurnsBackForAPastEvent() {
        String s = "سيواصل الوزير جولته التي بدأها الأحد.";
        assertEquals("2024-03-03", only(s, MON).value());
        assertEquals("2024-02-25", orient(s, MON, TimeDirection.BACKWARD));
    }

    @Test
    void wordsThatFixTheDirectionWin() {
        assertEquals("2024-02-22", orient("التقيا الخميس الماضي.", MON, TimeDirection.FORWARD));
        assertEquals("2024-02-29", orient("يلتقيان الخميس المقبل.", MON, TimeDirection.BACKWARD));
        assertEquals("2024-02-25", orient("التقيا أمس الأحد.", MON, TimeDirection.FORWARD));
        assertEquals("2024-02-27", orient("يلتقيان غدا.", MON, TimeDirection.BACKWARD));
        assertEquals("2023-12-15", orient("يلتقيان في 15 ديسمبر 2023.", MON, TimeDirection.FORWARD));
    }

    @Test
    void dayAndMonthWithoutYearMoveOnlyWhenFarOnTheWrongSide() {
        LocalDate june = LocalDate.of(2024, 6, 1);
        // nearest 15 December is 2023-12-15 (169 days back); a plan means the coming one
        assertEquals("2023-12-15", only("القمة في 15 ديسمبر.", june).value());
        assertEquals("2024-12-15", orient("القمة في 15 ديسمبر.", june, TimeDirection.FORWARD));
        // nearest 10 July is ahead; an event that took place was the year before
        assertEquals("2023-07-10", orient("التقيا في 10 يوليو.", june, TimeDirection.BACKWARD));
        // a plan told a few days late keeps its date
        assertEquals("2024-05-28", orient("القمة في 28 مايو.", june, TimeDirection.FORWARD));
        // weekday + date without year: the date decides, the direction picks its year
        assertEquals("2024-12-15", orient("القمة يوم الأحد 15 ديسمبر.", june, TimeDirection.FORWARD));
    }

    @Test
    void absoluteAndUnresolvableMentionsAreUntouched() {
        TimeMention abs = only("في 3 مارس 2011.", MON);
        assertSame(abs, R.orient(abs, MON, TimeDirection.FORWARD));
        TimeMention open = only("يوم الخميس.", null);
        assertSame(open, R.orient(open, null, TimeDirection.FORWARD));
        TimeMention w = only("يوم الخميس.", MON);
        assertSame(w, R.orient(w, MON, null));
    }
}
