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
}
