package io.github.khabar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cue files list lemmas; the forms news prints must be found with their attributes. */
class LemmaLexiconTest {
    private static final Lexicon LEX = Lexicon.get();

    private static String k(String s) {
        return Keys.of(s);
    }

    @Test
    void meetingVerbFormsInEveryThirdPersonAndMood() {
        for (String f : new String[] {"التقى", "التقت", "يلتقي", "تلتقي", "التقيا", "التقتا", "التقوا", "يلتقيان",
                "تلتقيان", "يلتقون", "يلتقوا", "اجتمعوا", "يجتمعان", "تباحثا", "يتباحثون", "يستقبل", "استقبلت"}) {
            assertTrue(LEX.meetingCues.contains(k(f)), f);
        }
        // the jussive "لم يلتق" has its own spelling and is a cue only after لم
        assertEquals("JUSSIVE", LEX.meetingCues.attr(k("يلتق"), "MOOD"));
        assertNull(LEX.meetingCues.attr(k("يلتقي"), "MOOD"));
    }

    @Test
    void singularReciprocalVerbNeedsMaButItsDualDoesNot() {
        assertEquals(k("مع"), LEX.meetingCues.attr(k("بحث"), "NEEDS"));
        assertEquals(k("مع"), LEX.meetingCues.attr(k("يناقش"), "NEEDS"));
        assertNull(LEX.meetingCues.attr(k("بحثا"), "NEEDS"));
        assertNull(LEX.meetingCues.attr(k("يناقشون"), "NEEDS"));
    }

    @Test
    void verbHostsTakeAnObjectPronounAndNounHostsAPossessor() {
        assertEquals("PRONOUN", LEX.meetingCues.host(k("التقا")).get("OBJ")); // التقاه
        assertEquals("1", LEX.meetingCues.host(k("استقبل")).get("HOST")); // استقبله
        assertEquals("NOUN", LEX.meetingCues.host(k("استقبال")).get("KIND")); // استقباله
        assertEquals("NOUN", LEX.meetingCues.host(k("لقائ")).get("KIND")); // لقائه
        assertEquals("NOUN", LEX.visitCues.host(k("زيارت")).get("KIND")); // زيارته
        assertEquals("NOUN", LEX.visitCues.host(k("وصول")).get("KIND")); // وصوله
        // a bare reception is no meeting ("حفل استقبال"); the masdar counts only with its pronoun
        assertFalse(LEX.meetingCues.contains(k("استقبال")));
    }

    @Test
    void speechParticiplesAreCircumstantialAndKeepTheirParticle() {
        assertEquals("PARTICIPLE", LEX.reportingCues.attr(k("مؤكدا"), "TYPE"));
        assertEquals("PARTICIPLE", LEX.reportingCues.attr(k("مشيدة"), "TYPE"));
        assertEquals(k("ب"), LEX.reportingCues.attr(k("مشيدا"), "PREP"));
        assertEquals("PARTICIPLE", LEX.reportingCues.attr(k("نافيا"), "TYPE"));
        assertEquals("VERB", LEX.reportingCues.attr(k("يؤكدون"), "TYPE"));
        assertEquals(k("على"), LEX.reportingCues.attr(k("أثنت"), "PREP"));
        assertEquals("NP", LEX.reportingCues.attr(k("أعلنت"), "FRAME"));
        assertFalse(LEX.reportingCues.contains(k("مؤكد")), "a bare participle is an adjective, not a حال");
    }

    @Test
    void firstPersonAndNameLikeFormsAreNotCues() {
        assertFalse(LEX.reportingCues.contains(k("أشد")), "elative of شديد, not 'I stress'");
        assertFalse(LEX.reportingCues.contains(k("أقول")));
        assertFalse(LEX.reportingCues.contains(k("اثنين")), "two, not 'they (f.) praised'");
        // عبر is kept by its own line, with the particle it needs
        assertEquals(k("عن"), LEX.reportingCues.attr(k("عبر"), "PREP"));
    }

    @Test
    void travelAheadOnlyInTheImperfect() {
        assertEquals("1", LEX.visitCues.attr(k("يتوجه"), "AHEAD"));
        assertEquals("1", LEX.visitCues.attr(k("يسافرون"), "AHEAD"));
        assertNull(LEX.visitCues.attr(k("توجه"), "AHEAD"));
        assertNull(LEX.visitCues.attr(k("سافرت"), "AHEAD"));
        assertTrue(LEX.visitCues.contains(k("زيارات")));
        assertTrue(LEX.visitCues.contains(k("الزيارة")));
        assertEquals("VERB", LEX.visitCues.attr(k("متوجهين"), "KIND"));
    }

    @Test
    void statusVerbsWithTheirPassive() {
        for (String f : new String[] {"ألغى", "ألغت", "ألغيت", "يلغي", "إلغاء", "أجلت", "يؤجل", "تأجيل", "تأجلت"}) {
            assertEquals("CANCELLED", LEX.statusCues.attr(k(f), "STATUS"), f);
        }
    }
}
