package io.github.khabar.text.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the table cannot show: TIMEX3 modifiers, the inference note when a weekday overrides a relative
 * day, which earlier time "نفسه" points back to, and reading a clause in a known direction.
 */
class TimeFormsTest {
    private static final ArabicTimeRecognizer R = ArabicTimeRecognizer.create();
    /** A Saturday (ISO week 2016-W10). */
    private static final LocalDate SAT = LocalDate.of(2016, 3, 12);
    /** A Monday. */
    private static final LocalDate MON = LocalDate.of(2024, 2, 26);

    private static TimeMention find(String sentence, LocalDate ref, String text) {
        List<TimeMention> ms = R.find(sentence, ref);
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no [" + text + "] in " + ms));
    }

    @Test
    void phasesAreModifiersOfThePeriod() {
        TimeMention m = find("يصل المبعوث مطلع الشهر المقبل", SAT, "مطلع الشهر المقبل");
        assertEquals("2016-04", m.value());
        assertEquals("START", m.mod());
        m = find("تراجعت الأسعار أواخر العام الماضي", SAT, "أواخر العام الماضي");
        assertEquals("2015", m.value());
        assertEquals("END", m.mod());
        assertEquals("MID", find("في منتصف تشرين الأول 2019", null, "منتصف تشرين الأول 2019").mod());
        assertEquals("START", find("بدأ البناء مطلع عام 2026", null, "مطلع عام 2026").mod());
        assertEquals("END", find("في 3 يونيو 2015، وانتهت في نهاية الشهر نفسه", null, "نهاية الشهر نفسه").mod());
        assertNull(find("يصل المبعوث الشهر المقبل", SAT, "الشهر المقبل").mod());
    }

    @Test
    void theEndOfAWeekIsItsWeekendNotAModifier() {
        TimeMention m = find("تجري الانتخابات نهاية الأسبوع المقبل", SAT, "نهاية الأسبوع المقبل");
        assertEquals("2016-W11-WE", m.value());
        assertNull(m.mod());
        // أواخر is not the weekend: the week with END
        m = find("تجري الانتخابات أواخر الأسبوع المقبل", SAT, "أواخر الأسبوع المقبل");
        assertEquals("2016-W11", m.value());
        assertEquals("END", m.mod());
        assertEquals("XXXX-WXX-WE", find("تجري الانتخابات نهاية الأسبوع المقبل", null, "نهاية الأسبوع المقبل").value());
    }

    @Test
    void aWeekdayOverARelativeDayIsNoted() {
        TimeMention m = find("قال الرئيس اليوم الجمعة إن", SAT, "اليوم الجمعة");
        assertEquals("2016-03-11", m.value());
        assertNotNull(m.inference());
        assertTrue(m.inference().contains("الجمعة"), m.inference());
        assertNull(find("قال الرئيس اليوم السبت إن", SAT, "اليوم السبت").inference());
        // four days apart: not a day's delay, the words are left as they are and nothing is inferred
        TimeMention far = find("قال الرئيس اليوم الثلاثاء إن", SAT, "اليوم الثلاثاء");
        assertEquals("2016-03-12", far.value());
        assertNull(far.inference());
    }

    @Test
    void sameAsPointsToTheLastTimeThatNamesThePeriod() {
        // مؤخرا (PAST_REF) names no month: الشهر نفسه is still May 2015
        String s = "وصل في 5 مايو 2015، وقال مؤخرا إنه غادر في الشهر نفسه";
        assertEquals("2015-05", find(s, null, "الشهر نفسه").value());
        // the nearest earlier time wins
        s = "ولد في 2 شباط 1950، وتخرج في حزيران 1972، وتزوج في العام نفسه";
        assertEquals("1972", find(s, null, "العام نفسه").value());
        // a year alone gives no month or day
        s = "في عام 2010، وفي اليوم نفسه";
        assertTrue(R.find(s, null).stream().noneMatch(m -> m.text().equals("اليوم نفسه")));
        // "that day of another year" is not the day told before
        s = "توفيت في 5 أغسطس 1962، وفي اليوم ذاته من سنة 1963 أقيم لها تأبين";
        assertTrue(R.find(s, null).stream().noneMatch(m -> m.text().contains("ذاته")), R.find(s, null).toString());
        // a Hijri month: the day is counted in it (20 Ramadan 1436 = 7 July 2015, Umm al-Qura)
        s = "بدأ الصيام في شهر رمضان 1436هـ، وفي 20 من الشهر نفسه صدر البيان";
        assertEquals("2015-07-07", find(s, null, "20 من الشهر نفسه").value());
        // told from the time before, not from the reference: orient leaves it alone
        TimeMention m = find("وصل الوزير أمس، وفي اليوم نفسه التقى الرئيس", SAT, "اليوم نفسه");
        assertEquals("2016-03-11", m.value());
        assertEquals(m, R.orient(m, SAT, TimeDirection.FORWARD));
    }

    private static String inClause(String clause, LocalDate ref, TimeDirection d, String text) {
        return R.find(clause, ref, d).stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no [" + text + "] in " + R.find(clause, ref, d))).value();
    }

    @Test
    void aClauseReadInItsTenseSettlesItsBareWeekday() {
        String plan = "وأعلنت الرئاسة أن الرئيس يزور القاهرة الخميس";
        assertEquals("2024-02-22", inClause(plan, MON, null, "الخميس")); // the words alone: on or before
        assertEquals("2024-02-29", inClause(plan, MON, TimeDirection.FORWARD, "الخميس"));
        assertEquals("2024-02-22", inClause(plan, MON, TimeDirection.BACKWARD, "الخميس"));
        // a future verb points forward on its own; a caller who knows the clause is past turns it back
        String cue = "سيواصل الوزير جولته التي بدأها الأحد";
        assertEquals("2024-03-03", inClause(cue, MON, null, "الأحد"));
        assertEquals("2024-02-25", inClause(cue, MON, TimeDirection.BACKWARD, "الأحد"));
        // the day of publication is itself either way
        assertEquals("2024-02-26", inClause("تعقد القمة الاثنين", MON, TimeDirection.FORWARD, "الاثنين"));
        // a day and month without a year, far on the wrong side, move a year
        LocalDate june = LocalDate.of(2024, 6, 1);
        assertEquals("2024-12-15", inClause("تعقد القمة في 15 ديسمبر", june, TimeDirection.FORWARD, "15 ديسمبر"));
        // words that fix the direction, and the time before, still win
        assertEquals("2024-02-22", inClause("التقيا الخميس الماضي", MON, TimeDirection.FORWARD, "الخميس الماضي"));
        String same = "التقيا في 3 آب 2023، ثم في العاشر من الشهر نفسه";
        assertEquals("2023-08-10", inClause(same, MON, TimeDirection.FORWARD, "العاشر من الشهر نفسه"));
        // no reference: the direction has nothing to act on
        assertEquals("XXXX-WXX-4", inClause(plan, null, TimeDirection.FORWARD, "الخميس"));
    }
}
