package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ApiSmokeTest {
    @Test
    void everyEntryPointAnswers() {
        String text = "قال وزيرُ الخارجية: «سنواصل الحوار». ثم غادر.";
        NormalizedText n = ArabicNormalizer.search().normalize(text);
        assertEquals("قال وزير الخارجيه: \"سنواصل الحوار\". ثم غادر.", n.text());
        assertFalse(ArabicTokenizer.create().tokenize(text).isEmpty());
        assertEquals(2, SentenceSplitter.create().split(text).size());
        assertEquals(1, QuoteFinder.create().find(text).quotes().size());
        assertEquals(new CliticAnalysis("و", "بحث", ""), Clitics.analyze("وبحث").get(0));
        assertEquals(NameKey.of("جون كيري"), NameKey.of("جون كيرى"));
    }
}
