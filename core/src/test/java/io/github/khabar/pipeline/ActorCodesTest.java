package io.github.khabar.pipeline;

import io.github.khabar.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * CAMEO actor codes from office words and countries (CAMEO 1.1b3, chapter 3): the country's alpha-3 code,
 * then the role; a defence office is GOVMIL (3.2.5); a former official is ELI; a UN official is IGOUNO.
 */
class ActorCodesTest {
    private static final ActorCodes CODES = new ActorCodes(Lexicon.get(), KnowledgeBase.defaults());

    @Test
    void executiveOfficesAreGovernment() {
        assertEquals("SYRGOV", CODES.code("وزير الخارجية", "SY"));
        assertEquals("CHNGOV", CODES.code("المتحدثة باسم الخارجية", "CN"));
        assertEquals("NGAGOV", CODES.code("الرئيس", "NG"));
        assertEquals("MYSGOV", CODES.code("رئيس الوزراء", "MY"));
        assertEquals("BRAGOV", CODES.code("سفير", "BR"));
    }

    @Test
    void theLongestPhraseDecides() {
        assertEquals("JORGOVMIL", CODES.code("وزير الدفاع", "JO"));
        assertEquals("PAKMIL", CODES.code("رئيس هيئة الأركان", "PK"));
        assertEquals("LBNLEG", CODES.code("رئيس مجلس النواب", "LB"));
        assertEquals("MARPTY", CODES.code("رئيس حزب", "MA"));
        assertEquals("TURSPY", CODES.code("رئيس المخابرات", "TR"));
    }

    @Test
    void aFormerOfficialIsAnElite() {
        assertEquals("EGYELI", CODES.code("وزير الخارجية السابق", "EG"));
        assertEquals("DZAELI", CODES.code("رئيس الوزراء الأسبق", "DZ"));
    }

    @Test
    void internationalBodiesHaveCodesOfTheirOwn() {
        assertEquals("IGOUNO", CODES.code("الأمين العام للأمم المتحدة", null));
        assertEquals("IGOUNO", CODES.code("المبعوث الخاص للأمم المتحدة", "YE"));
        assertEquals("IGOEUREEC", CODES.code("الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي", null));
        assertEquals("IGO", CODES.code("الأمين العام لجامعة الدول العربية", null));
    }

    @Test
    void noRoleWordsOrNoCountryGiveNoCode() {
        assertNull(CODES.code("عضو", "FR"));
        assertNull(CODES.code("وزير الخارجية", null));
        assertNull(CODES.code("وزير الخارجية", "ZZ"));
    }

    @Test
    void alpha3FromAlpha2() {
        assertEquals("SAU", ActorCodes.iso3("SA"));
        assertEquals("PSE", ActorCodes.iso3("PS"));
        assertNull(ActorCodes.iso3("SAU"));
        assertNull(ActorCodes.iso3(null));
    }
}
