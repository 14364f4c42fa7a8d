package io.github.khabar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fast reject in front of the word lists never rejects a listed word, and the lists answer as sets do. */
class KeyFilterTest {
    @Test
    void everyEntryOfEveryLexiconListPasses() {
        Lexicon lex = Lexicon.get();
        for (WordList list : List.of(lex.givenNames, lex.functionWords, lex.reportingCues, lex.meetingCues,
                lex.visitCues, lex.statusCues, lex.lightVerbs, lex.commonVerbs, lex.nonNames, lex.groupWords,
                lex.cameoCodes, lex.nameTokens)) {
            Set<String> words = new HashSet<>(list.words());
            for (String w : words) {
                assertTrue(list.contains(w), list + ": " + w);
                // the word with a letter more, a letter less, or another last letter: as a plain set answers
                for (String v : List.of(w + "ي", "و" + w, w.substring(0, w.length() - 1),
                        w.substring(0, w.length() - 1) + "ة")) {
                    assertEquals(words.contains(v), list.contains(v), list + ": " + v);
                }
            }
        }
    }

    @Test
    void keySetsAnswerAsSets() {
        Set<String> plain = new HashSet<>(List.of(Keys.of("الرئيس"), Keys.of("وزير"), Keys.of("في"), ""));
        Set<String> keys = Keys.set("الرئيس", "وزير", "في", "");
        assertEquals(plain, keys);
        assertEquals(plain.hashCode(), keys.hashCode());
        for (String w : List.of("الرئيس", "الرئيسة", "وزير", "وزراء", "في", "فى", "ف", "", "x", "الرئيس الروسي")) {
            assertEquals(plain.contains(Keys.of(w)), keys.contains(Keys.of(w)), w);
        }
        assertTrue(keys.contains(""));
        assertFalse(keys.contains(42));
    }

    @Test
    void filterRejectsWhatNoEntryCouldBe() {
        KeyFilter f = new KeyFilter(List.of("ابc", "دهو"));
        assertTrue(f.mayContain("ابc"));
        assertTrue(f.mayContain("دهو"));
        assertFalse(f.mayContain("ابcد"), "no entry of four letters");
        assertFalse(f.mayContain("زبc"), "no entry starts with ز");
        assertFalse(f.mayContain("ابز"), "no entry starting with ا ends with ز");
        assertFalse(f.mayContain(""), "no empty entry");
    }
}
