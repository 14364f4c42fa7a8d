package io.github.khabar.pipeline;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grammar the lexicon keeps on generated forms, and the agreement the clause stage checks with it. */
class PredicatesTest {
    private static final Lexicon LEX = Lexicon.get();

    @Test
    void generatedFormsCarryLemmaAspectAndCell() {
        Map<String, String> dual = LEX.meetingCues.get(Keys.of("يلتقيان"));
        assertEquals("التقى", dual.get("LEMMA"));
        assertEquals("IMPERFECT", dual.get("ASPECT"));
        assertEquals("D3M", dual.get("CELL"));
        Map<String, String> she = LEX.visitCues.get(Keys.of("توجهت"));
        assertEquals("PERFECT", she.get("ASPECT"));
        assertEquals("S3F", she.get("CELL"));
        // a form also listed on a line of its own keeps that line's attributes and learns its grammar
        Map<String, String> cancelled = LEX.statusCues.get(Keys.of("ألغى"));
        assertEquals("CANCELLED", cancelled.get("STATUS"));
        assertEquals("PERFECT", cancelled.get("ASPECT"));
    }

    @Test
    void firstPersonFormsAreKeptApart() {
        assertNull(LEX.meetingCues.get(Keys.of("التقيت")), "no third-person cue");
        assertEquals("S1", LEX.meetingCues.firstPerson(Keys.of("التقيت")).get("CELL"));
        assertEquals("P1", LEX.meetingCues.firstPerson(Keys.of("التقينا")).get("CELL"));
        assertEquals("P1", LEX.visitCues.firstPerson(Keys.of("نزور")).get("CELL"));
        assertNotNull(LEX.visitCues.firstPerson(Keys.of("زرنا")));
        assertNull(LEX.visitCues.firstPerson(Keys.of("زرت")), "three letters are too many other words");
    }

    @Test
    void agreement() {
        Agreement he = Agreement.ofCell("S3M");
        Agreement she = Agreement.ofCell("S3F");
        Agreement theyTwo = Agreement.ofCell("D3M");
        assertTrue(he.fits(Agreement.HE, false));
        assertFalse(he.fits(Agreement.SHE, false));
        assertFalse(she.fits(Agreement.HE, true));
        assertTrue(she.fits(new Agreement(3, null, 'S'), false), "a name alone has no known gender");
        // the verb before its subject is singular whatever the subject's number
        assertTrue(he.fits(new Agreement(3, 'M', 'D'), true));
        assertFalse(theyTwo.fits(Agreement.HE, false));
        assertEquals(Agreement.SHE, Agreement.ofSuffix(Keys.of("زيارتها")));
        assertEquals(Character.valueOf('D'), Agreement.ofSuffix(Keys.of("لقائهما")).number());
        assertEquals(1, Agreement.ofCell("S1").person());
    }

    @Test
    void lettersOfAHandListedForm() {
        assertEquals(Agreement.SHE, Predicates.fromLetters(Keys.of("قالت")));
        assertEquals(Character.valueOf('P'), Predicates.fromLetters(Keys.of("يقولون")).number());
        assertEquals(Agreement.HE, Predicates.fromLetters(Keys.of("أكد")));
    }
}
