package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    /** rule, input, expected with only that rule enabled. */
    static Stream<Arguments> oneRule() {
        return Stream.of(
                Arguments.of(NormalizationRule.FOLD_ALEF, "أحمد إيران آل ٱلله", "احمد ايران ال الله"),
                Arguments.of(NormalizationRule.FOLD_ALEF_MAKSURA, "مصطفى على", "مصطفي علي"),
                Arguments.of(NormalizationRule.FOLD_TEH_MARBUTA, "القاهرة الدوحة", "القاهره الدوحه"),
                Arguments.of(NormalizationRule.FOLD_HAMZA_CARRIERS, "مسؤول رئيس هيئة ماء", "مسوول رييس هيية ماء"),
                Arguments.of(NormalizationRule.REMOVE_DIACRITICS, "كَتَبَ الرَّئِيسُ كِتَابًا هٰذا", "كتب الرئيس كتابا هذا"),
                Arguments.of(NormalizationRule.REMOVE_DIACRITICS, "صَلَّىٰ ٱللَّهُ عَلَيْهِ ۖ", "صلى ٱلله عليه "),
                Arguments.of(NormalizationRule.REMOVE_TATWEEL, "لـ”دعم الرئـيس", "ل”دعم الرئيس"),
                Arguments.of(NormalizationRule.FOLD_DIGITS, "٢٠٢٥ و۱۴۰۳ و٢٫٧ و١٬٠٠٠ و٥٪", "2025 و1403 و2.7 و1,000 و5%"),
                Arguments.of(NormalizationRule.FOLD_QUOTES, "«أ» “ب” „ج‟ ‘د’ ‹ه› ″", "\"أ\" \"ب\" \"ج\" 'د' 'ه' \""),
                Arguments.of(NormalizationRule.FOLD_DASHES, "أ‐ب‑ج‒د–ه—و―ز−ح", "أ-ب-ج-د-ه-و-ز-ح"),
                Arguments.of(NormalizationRule.FOLD_SPACES, "أ\u00A0ب\u2009ج\u202Fد\u3000ه\tو\n", "أ ب ج د ه\tو\n"),
                Arguments.of(NormalizationRule.REMOVE_FORMAT_CONTROLS,
                        "\uFEFFأ\u200Fب\u200Eج\u061Cد\u202Bه\u202Cو\u2067ز\u2069ح\u200Cط\u200Dي\u200B", "أبجدهوزحطي"),
                Arguments.of(NormalizationRule.FOLD_PERSIAN_LETTERS, "کتاب ایران نامە", "كتاب ايران نامه"));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("oneRule")
    void eachRuleAlone(NormalizationRule rule, String input, String expected) {
        ArabicNormalizer normalizer = ArabicNormalizer.builder().enable(rule).build();
        assertEquals(expected, normalizer.normalizeToString(input));
        assertEquals(expected, normalizer.normalize(input).text());
    }

    @Test
    void searchPresetHasEveryRule() {
        assertEquals(EnumSet.allOf(NormalizationRule.class), ArabicNormalizer.search().rules());
        assertEquals("احمد الي الرييس في الدوحه: \"2025\" - اتفاق",
                ArabicNormalizer.search().normalizeToString("أَحْمَد إلى الرئيس في الدوحة: «٢٠٢٥» — اتّفاق"));
    }

    @Test
    void displayPresetKeepsLetters() {
        assertEquals(EnumSet.of(NormalizationRule.FOLD_SPACES, NormalizationRule.REMOVE_FORMAT_CONTROLS,
                NormalizationRule.FOLD_DIGITS), ArabicNormalizer.display().rules());
        assertEquals("أَحْمَد في الدوحة «2025»",
                ArabicNormalizer.display().normalizeToString("أَحْمَد\u00A0في\u200F الدوحة «٢٠٢٥»".replace("\u200F ", " ")));
    }

    @Test
    void builderPresetsAndOptions() {
        assertSame(ArabicNormalizer.search(), ArabicNormalizer.builder().preset("search").build());
        ArabicNormalizer custom = ArabicNormalizer.builder().preset("DISPLAY").option("fold-alef", true)
                .option("FOLD_DIGITS", false).build();
        assertEquals(EnumSet.of(NormalizationRule.FOLD_SPACES, NormalizationRule.REMOVE_FORMAT_CONTROLS,
                NormalizationRule.FOLD_ALEF), custom.rules());
        assertEquals(EnumSet.noneOf(NormalizationRule.class), ArabicNormalizer.builder().build().rules());
    }

    @Test
    void unknownOptionIsRejectedWithTheValidNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArabicNormalizer.builder().option("FOLD_HAMZA", true));
        assertTrue(e.getMessage().contains("FOLD_HAMZA"), e.getMessage());
        assertTrue(e.getMessage().contains("FOLD_HAMZA_CARRIERS") && e.getMessage().contains("FOLD_PERSIAN_LETTERS"),
                e.getMessage());
        IllegalArgumentException preset = assertThrows(IllegalArgumentException.class,
                () -> ArabicNormalizer.builder().preset("INDEX"));
        assertTrue(preset.getMessage().contains("SEARCH") && preset.getMessage().contains("DISPLAY"));
    }

    @Test
    void offsetsMapBackToTheOriginalLetters() {
        String original = "قالَ \u200Fالرئيـسُ";
        NormalizedText n = ArabicNormalizer.search().normalize(original);
        assertEquals("قال الرييس", n.text());
        int s = n.text().indexOf("الرييس");
        assertEquals("الرئيـسُ", original.substring(n.toOriginal(s), n.toOriginalEnd(s + 6)));
        assertEquals("قالَ", original.substring(n.toOriginal(0), n.toOriginalEnd(3)));
        assertEquals(original.length(), n.toOriginal(n.text().length()));
        assertEquals(s, n.toNormalized(original.indexOf("الرئ")));
        assertEquals(3, n.toNormalized(3)); // the removed fatha maps to the next kept character
    }

    @Test
    void unchangedTextIsReturnedAsIs() {
        String plain = "hello world";
        assertSame(plain, ArabicNormalizer.search().normalizeToString(plain));
        assertSame(plain, ArabicNormalizer.search().normalize(plain).text());
    }

    @Test
    void outOfRangeIndexesThrowIndexOutOfBounds() {
        NormalizedText n = ArabicNormalizer.search().normalize("أبَ");
        assertThrows(IndexOutOfBoundsException.class, () -> n.toOriginal(3));
        assertThrows(IndexOutOfBoundsException.class, () -> n.toNormalized(-1));
    }
}
