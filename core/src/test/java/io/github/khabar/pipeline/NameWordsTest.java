package io.github.khabar.pipeline;

import static io.github.khabar.pipeline.MentionFixture.scan;
import static io.github.khabar.pipeline.MentionFixture.surface;
import static io.github.khabar.pipeline.MentionFixture.tok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameWordsTest {
    @Test
    void aNameEndsAfterItsFamilyName() {
        MentionScan s = scan("قال الرئيس عبد الفتاح السيسي إن مصر تدعم الحل.");
        int a = tok(s, "عبد");
        assertEquals("عبد الفتاح السيسي", surface(s, a, s.words.nameExtent(a, true)));
    }

    @Test
    void aChainWithBinGoesOn() {
        MentionScan s = scan("استقبل الملك سلمان بن عبد العزيز آل سعود الوفد.");
        int a = tok(s, "سلمان");
        assertEquals("سلمان بن عبد العزيز آل سعود", surface(s, a, s.words.nameExtent(a, true)));
    }

    @Test
    void functionWordsAndVerbsAreNoNames() {
        MentionScan s = scan("وصل إلى المدينة في الصباح.");
        assertFalse(s.words.nameLike(tok(s, "في"), false));
        assertFalse(s.words.nameLike(tok(s, "إلى"), false));
    }

    @Test
    void slavicSurnameEndingsButNotMasdars() {
        MentionScan s = scan("قال ريابكوف إن تكثيف الجهود ضروري.");
        assertTrue(s.words.isForeignSurname(s.t.norm(tok(s, "ريابكوف"))));
        assertFalse(s.words.isForeignSurname(s.t.norm(tok(s, "تكثيف"))));
    }

    @Test
    void aNameAfterAnOfficeNeedsNoKnownGivenNameAndStopsBeforeAPrepositionsNoun() {
        MentionScan s = scan("ورحب وزير الدفاع النرويجي بيورن أريلد غرام بالاتفاق.");
        int a = tok(s, "بيورن");
        assertEquals("بيورن أريلد غرام", surface(s, a, s.words.nameExtent(a, true)));
        s = scan("وقال رئيس وزراء كينيا موساليا مودافادي للبلاد إن الإصلاح مستمر.");
        a = tok(s, "موساليا");
        assertEquals("موساليا مودافادي", surface(s, a, s.words.nameExtent(a, true)));
    }

    @Test
    void aVerbRightAfterAnOfficeIsNoName() {
        MentionScan s = scan("وزير الخارجية الكويتي يرحب بالاتفاق.");
        int a = tok(s, "يرحب");
        assertEquals(a, s.words.nameExtent(a, true));
    }

    @Test
    void aFeminineAdjectiveEndsAFullNameButAFamilyNameInTaMarbutaAfterAGivenNameStays() {
        MentionScan s = scan("وأثارت زيارة رئيسة الوزراء بيتونغتارن شيناواترا المفاجئة جدلا.");
        int a = tok(s, "بيتونغتارن");
        assertEquals("بيتونغتارن شيناواترا", surface(s, a, s.words.nameExtent(a, true)));
        s = scan("التقى الوزير خالد العطية الوفد.");
        a = tok(s, "خالد");
        assertEquals("خالد العطية", surface(s, a, s.words.nameExtent(a, true)));
    }

    @Test
    void aHyphenatedNameStaysWholeAndAParagraphBreakEndsAName() {
        MentionScan s = scan("وقالت الوزيرة كانغ كيونغ-وا إن المحادثات مثمرة.");
        int a = tok(s, "كانغ");
        assertEquals("كانغ كيونغ-وا", surface(s, a, s.words.nameExtent(a, true)));
        s = scan("أنصار الرئيس هادي\n\nانتزعت القوات المدينة.");
        a = tok(s, "هادي");
        assertEquals(a + 1, s.words.nameExtent(a, true));
    }

    @Test
    void aBrokenPluralInAwfIsNoSlavicSurname() {
        MentionScan s = scan("أعرب عن قلقه بمخاوف كثيرة.");
        assertFalse(s.words.isForeignSurname(s.t.norm(tok(s, "بمخاوف"))));
    }

    @Test
    void aPresentVerbAfterAFullNameEndsIt() {
        MentionScan s = scan("وكانت الناشطة إيزابيل بريم تعمل في المخيمات.");
        int a = tok(s, "إيزابيل");
        assertEquals("إيزابيل بريم", surface(s, a, s.words.nameExtent(a, true)));
        s = scan("وقال الوزير ياسر عرمان يوسف إن الحوار مستمر.");
        a = tok(s, "ياسر");
        assertEquals("ياسر عرمان يوسف", surface(s, a, s.words.nameExtent(a, true)));
    }
}
