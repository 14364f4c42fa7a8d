package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The phrase syntax and folding. */
class PagePhrasesTest {
    @Test
    void entrySyntax() {
        assertNull(PagePhrases.parse("# a comment"));
        assertNull(PagePhrases.parse("   "));
        assertNull(PagePhrases.parse("-- // --"));
        assertNull(PagePhrases.parse(null));
        PagePhrases.Phrase p = PagePhrases.parse("اضغط للمزيد");
        assertEquals(List.of("اضغط", "للمزيد"), p.tokens());
        assertEquals("UI_PHRASE", p.reason());
        assertFalse(p.prefix());
        PagePhrases.Phrase q = PagePhrases.parse("SOURCE_LINE  نقلا عن :  ...");
        assertEquals(List.of("نقلا", "عن", ":"), q.tokens());
        assertEquals("SOURCE_LINE", q.reason());
        assertTrue(q.prefix());
        assertTrue(PagePhrases.parse("طالع كذلك…").prefix());
    }

    @Test
    void foldingIgnoresDiacriticsHamzaTatweelAndCase() {
        assertEquals(PageText.tokens("اقرا ايضا"), PageText.tokens("إقـــرأ أيضاً"));
        assertEquals(PageText.tokens("مكتبه علي"), PageText.tokens("مكتبة على"));
        assertEquals(List.of("share", "3"), PageText.tokens("SHARE ٣"));
        assertEquals(List.of("camera", "icon", "النص"), PageText.tokens("camera iconالنص"));
    }

    @Test
    void bundledListLoadsAndHasNoDuplicates() {
        List<PagePhrases.Phrase> all = PagePhrases.bundled();
        assertTrue(all.size() > 100, "size " + all.size());
        assertEquals(all.size(), all.stream().map(p -> p.tokens() + "" + p.prefix()).distinct().count());
        for (PagePhrases.Phrase p : all) {
            assertTrue(p.reason().matches("[A-Z][A-Z_]*"), p.toString());
        }
    }
}
