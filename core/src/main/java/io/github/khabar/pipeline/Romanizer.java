package io.github.khabar.pipeline;

import io.github.khabar.text.ArabicRomanizer;

/**
 * A readable Latin form for names the knowledge base does not know: each word the name-token list knows
 * takes its usual Latin spelling ("بيورن" → Björn, "ماكرون" → Macron); other words are romanised by rule.
 */
final class Romanizer {
    private Romanizer() {}

    static String romanize(String arabic) {
        return romanize(arabic, Lexicon.get().nameTokens);
    }

    static String romanize(String arabic, WordList nameTokens) {
        StringBuilder b = new StringBuilder(arabic.length());
        int i = 0;
        while (i < arabic.length()) {
            int j = i;
            while (j < arabic.length() && !Character.isWhitespace(arabic.charAt(j)) && arabic.charAt(j) != '-') j++;
            if (j > i) {
                String word = arabic.substring(i, j);
                String latin = nameTokens.attr(Keys.of(word), "LATIN");
                String r = latin != null ? capitalised(latin) : ArabicRomanizer.romanize(word);
                if (r != null && !r.isBlank()) {
                    b.append(r);
                } else {
                    b.append(word);
                }
            }
            if (j < arabic.length()) b.append(arabic.charAt(j) == '-' ? '-' : ' ');
            i = j + 1;
        }
        String r = b.toString().trim().replaceAll(" +", " ");
        return r.isBlank() ? null : r;
    }

    private static String capitalised(String latin) {
        StringBuilder b = new StringBuilder(latin.length());
        boolean start = true;
        for (char c : latin.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'';
        }
        return b.toString();
    }
}
