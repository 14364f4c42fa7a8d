package io.github.khabar.pipeline;

import io.github.khabar.text.ArabicRomanizer;

/** A readable Latin form for names the knowledge base does not know. */
final class Romanizer {
    private Romanizer() {}

    static String romanize(String arabic) {
        String r = ArabicRomanizer.romanize(arabic);
        return r == null || r.isBlank() ? null : r;
    }
}
