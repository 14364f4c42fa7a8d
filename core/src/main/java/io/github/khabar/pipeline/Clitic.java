package io.github.khabar.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Proclitic readings of a normalised word, for matching names and cue words that carry و ف ب ل ك or
 * لل (ل + ال): {@code والرئيس} → الرئيس, {@code للصفدي} → الصفدي, {@code بالرياض} → الرياض.
 * The unsegmented word always comes first. {@code prefixChars} is how many letters of the word a span
 * of the stem may skip.
 */
record Clitic(int prefixChars, String stem) {
    private static final int MIN_STEM = 2;

    static List<Clitic> variants(String word) {
        List<Clitic> out = new ArrayList<>(4);
        out.add(new Clitic(0, word));
        addPrepositional(out, 0, word);
        if (word.length() - 1 >= MIN_STEM && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
            String rest = word.substring(1);
            out.add(new Clitic(1, rest));
            addPrepositional(out, 1, rest);
        }
        return out;
    }

    private static void addPrepositional(List<Clitic> out, int before, String w) {
        if (w.length() >= 4 && w.startsWith("لل")) {
            // ل + ال with the alef elided: the stem is rebuilt and the span keeps the whole word, since
            // the article's letters are not all written (prefixChars counts what a span may skip)
            out.add(new Clitic(before, "ا" + w.substring(1)));
        }
        if (w.length() - 1 >= MIN_STEM) {
            char c = w.charAt(0);
            if (c == 'ب' || c == 'ل' || c == 'ك') {
                out.add(new Clitic(before + 1, w.substring(1)));
            }
        }
    }
}
