package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Our SEARCH preset against Lucene's ArabicNormalizer on whitespace tokens. Lucene folds آ أ إ → ا, ى → ي,
 * ة → ه and removes tatweel and U+064B–U+0652; we do all of that too. Deliberate differences, which only ever
 * add folding on top of Lucene's:
 * <ul>
 *   <li>ٱ ٲ ٳ → ا (alef forms Lucene misses);</li>
 *   <li>U+0653–U+065F, U+0670 and Quranic marks removed (Lucene keeps marks outside U+064B–U+0652);</li>
 *   <li>ؤ → و, ئ → ي (hamza seats are spelled inconsistently in news);</li>
 *   <li>digits, quotes, dashes, spaces folded and format controls removed (running text, not tokens);</li>
 *   <li>Persian letter shapes folded.</li>
 * </ul>
 * So the checks are: (1) applying ours after Lucene gives the same as ours alone — Lucene never does anything we
 * undo or do differently; (2) on tokens without any character of the differences, the outputs are identical.
 */
class LuceneDifferentialTest {
    private final org.apache.lucene.analysis.ar.ArabicNormalizer lucene =
            new org.apache.lucene.analysis.ar.ArabicNormalizer();
    private final ArabicNormalizer ours = ArabicNormalizer.search();
    private final ArabicNormalizer onlyLuceneRules = ArabicNormalizer.builder()
            .enable(NormalizationRule.FOLD_ALEF).enable(NormalizationRule.FOLD_ALEF_MAKSURA)
            .enable(NormalizationRule.FOLD_TEH_MARBUTA).enable(NormalizationRule.REMOVE_TATWEEL)
            .enable(NormalizationRule.REMOVE_DIACRITICS).build();

    private String lucene(String token) {
        char[] buffer = token.toCharArray();
        int length = lucene.normalize(buffer, buffer.length);
        return new String(buffer, 0, length);
    }

    /** True when the token has a character on which the rule sets deliberately differ. */
    private boolean touchesDifference(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean luceneMark = c >= '\u064B' && c <= '\u0652';
            boolean ourExtraMark = ArabicChars.isDiacritic(c) && !luceneMark;
            if (ourExtraMark || c == ArabicChars.ALEF_WASLA || c == ArabicChars.ALEF_WAVY_HAMZA_ABOVE
                    || c == ArabicChars.ALEF_WAVY_HAMZA_BELOW || c == ArabicChars.WAW_HAMZA
                    || c == ArabicChars.YEH_HAMZA || !ours.normalizeToString(String.valueOf(c)).equals(
                            onlyLuceneRules.normalizeToString(String.valueOf(c)))) {
                return true;
            }
        }
        return false;
    }

    private int compare(List<String> tokens) {
        int identical = 0;
        for (String token : tokens) {
            String luceneOut = lucene(token);
            assertEquals(ours.normalizeToString(token), ours.normalizeToString(luceneOut),
                    () -> "ours after Lucene differs for " + token);
            if (!touchesDifference(token)) {
                assertEquals(luceneOut, ours.normalizeToString(token), () -> "outside the differences: " + token);
                identical++;
            }
        }
        return identical;
    }

    private static List<String> whitespaceTokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void seedArticlesAgreeWithLucene() {
        List<String> seeds = Seeds.texts();
        assumeFalse(seeds.isEmpty(), "shared/seeds not found");
        List<String> tokens = new ArrayList<>();
        seeds.forEach(text -> tokens.addAll(whitespaceTokens(text)));
        int identical = compare(tokens);
        assertTrue(identical > tokens.size() / 2, identical + " of " + tokens.size());
    }

    @Test
    void generatedCorpusAgreesWithLucene() {
        String pool = TextSamples.POOL.replace(" ", "").replace("\n", "").replace("\t", "").replace("\r", "");
        Random random = new Random(20250224L);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                b.append(pool.charAt(random.nextInt(pool.length())));
            }
            tokens.add(b.toString());
        }
        tokens.addAll(List.of("أَحْمَدُ", "إِلى", "آمال", "مصطفى", "الدوحة", "اتّفاقيّة", "الرئيـــس", "مسؤول",
                "هيئة", "ٱلله", "هٰذا", "کتاب"));
        compare(tokens);
    }
}
