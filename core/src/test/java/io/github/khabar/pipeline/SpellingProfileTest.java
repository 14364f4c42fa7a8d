package io.github.khabar.pipeline;

import static io.github.khabar.pipeline.MentionFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpellingProfileTest {
    /** Token index of the n-th (0-based) token whose text is {@code word}. */
    private static int nth(MentionScan s, String word, int n) {
        for (int i = 0; i < s.t.size(); i++) {
            if (s.t.tokens.get(i).text().equals(word) && n-- == 0) return i;
        }
        throw new AssertionError("no token " + word);
    }

    private static List<String> persons(String text) {
        return MentionFixture.mentions(text).stream().filter(m -> m.kind == Mention.Kind.PERSON).map(m -> m.name).toList();
    }

    @Test
    void aDocumentThatWritesFinalAlefMaqsuraAsYaIsToldApart() {
        MentionScan web = scan("وصل رئيس وزراء ماليزيا إلي طوكيو في زيارة تستمر حتي الخميس، علي رأس وفد رفيع المستوي.");
        assertTrue(web.t.spelling().yaForMaqsura);
        MentionScan standard = scan("وصل رئيس وزراء ماليزيا إلى طوكيو في زيارة تستمر حتى الخميس، على رأس وفد رفيع المستوى.");
        assertFalse(standard.t.spelling().yaForMaqsura);
        // one slip among many standard spellings does not make a profile
        MentionScan slip = scan("وصل الوفد إلى نيروبي حتى يشارك في المؤتمر الذي يعقد على مستوى الوزراء إلي جانب ممثلين آخرين.");
        assertFalse(slip.t.spelling().yaForMaqsura);
        // a name علي in a standard document is no evidence either way
        assertFalse(scan("وقال علي حسن إن الاتفاق مهم.").t.spelling().yaForMaqsura);
    }

    @Test
    void inSuchADocumentAliBeforeADefiniteNounAVerbalNounOrAnIsThePreposition() {
        String text = "وصل وزير خارجية غانا إلي أكرا حتي يشرف علي الاستعدادات، وحرص الجانبان علي تعزيز التعاون، "
                + "وأكد علي أن المحادثات ستستمر علي مستوي الخبراء.";
        MentionScan s = scan(text);
        assertTrue(s.t.spelling().yaForMaqsura);
        assertFalse(s.words.nameLike(nth(s, "علي", 0), false), "علي الاستعدادات");
        assertFalse(s.words.nameLike(nth(s, "علي", 1), false), "علي تعزيز");
        assertFalse(s.words.nameLike(nth(s, "علي", 2), false), "علي أن");
        assertFalse(s.words.nameLike(nth(s, "إلي", 0), false), "إلي is never a name");
        assertFalse(s.words.nameLike(nth(s, "حتي", 0), false), "حتي is never a name");
        assertEquals(List.of(), persons(text));
    }

    @Test
    void inSuchADocumentAliAfterAnOfficeOrBeforeANameIsStillTheName() {
        String text = "وصل الرئيس علي الحسيني إلي تونس حتي يلتقي نظيره، فيما استقبل علي عبد الله صالح الوفد علي هامش القمة.";
        MentionScan s = scan(text);
        assertTrue(s.t.spelling().yaForMaqsura);
        assertTrue(s.words.nameLike(nth(s, "علي", 0), false), "after an office");
        assertTrue(s.words.nameLike(nth(s, "علي", 1), false), "a known name word follows");
        assertFalse(s.words.nameLike(nth(s, "علي", 2), false), "علي هامش القمة: a noun in construct");
    }

    @Test
    void inAStandardDocumentAliWithYaIsAName() {
        MentionScan s = scan("وأكد علي الحسيني على أهمية التعاون بين إندونيسيا والفلبين.");
        assertFalse(s.t.spelling().yaForMaqsura);
        assertTrue(s.words.nameLike(nth(s, "علي", 0), false));
        assertFalse(s.words.nameLike(nth(s, "على", 0), false));
    }

    @Test
    void aDocumentThatDropsTheHamzaOfAnInitialAlefIsToldApart() {
        String web = "قال رئيس وزراء السنغال ان الحكومة ستعلن الاسبوع المقبل عن خطة، واكد ان الوفد سيتوجه الى داكار، "
                + "وقال ان عثمان سونكو احدث تغييرا كبيرا.";
        MentionScan s = scan(web);
        assertTrue(s.t.spelling().bareAlef);
        assertTrue(s.words.verbLike(nth(s, "احدث", 0)), "a form-IV past verb without its hamza");
        MentionScan standard = scan("قال رئيس وزراء السنغال إن الحكومة ستعلن الأسبوع المقبل عن خطة، وأكد أن الوفد سيتوجه إلى داكار.");
        assertFalse(standard.t.spelling().bareAlef);
        assertEquals("عثمان سونكو", s.t.surface(nth(s, "عثمان", 0), s.words.nameExtent(nth(s, "عثمان", 0), false)));
    }

    @Test
    void bareFormsKeepTheLettersAndDropTheMarks() {
        assertEquals("عليّ".substring(0, 3), SpellingProfile.bare("عَلِيّ"));
        assertEquals("مستشفى", SpellingProfile.bare("مُسْتَشْفَى"));
        assertEquals("جدلا", SpellingProfile.bare("جدلًا"));
        assertTrue(SpellingProfile.endsWithYa(SpellingProfile.bare("عَلِيٌّ")));
        assertFalse(SpellingProfile.endsWithYa(SpellingProfile.bare("عَلَى")));
    }
}
