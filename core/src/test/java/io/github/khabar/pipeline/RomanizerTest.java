package io.github.khabar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RomanizerTest {
    @Test
    void aKnownNameTokenTakesItsUsualLatinSpelling() {
        assertEquals("Björn Arild Gram", Romanizer.romanize("بيورن أريلد غرام"));
        assertEquals("Macron", Romanizer.romanize("ماكرون"));
    }

    @Test
    void aHyphenatedNameKeepsItsHyphenAndUnknownWordsAreRomanisedByRule() {
        String r = Romanizer.romanize("كانغ كيونغ-وا");
        assertTrue(r.startsWith("Kang ") && r.contains("-"), r);
    }
}
