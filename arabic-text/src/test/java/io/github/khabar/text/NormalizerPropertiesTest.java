package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.khabar.text.TextSamples.Sample;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the offset map and of the fast path, over 2,000 generated inputs per property (fixed seeds;
 * each invocation's name is the seed and the escaped input, see {@link TextSamples}).
 */
class NormalizerPropertiesTest {
    private static final int SAMPLES = 2_000;
    private static final ArabicNormalizer[] NORMALIZERS = {
        ArabicNormalizer.search(), ArabicNormalizer.display(),
        ArabicNormalizer.builder().enable(NormalizationRule.REMOVE_DIACRITICS).build(),
        ArabicNormalizer.builder().enable(NormalizationRule.REMOVE_TATWEEL)
                .enable(NormalizationRule.REMOVE_FORMAT_CONTROLS).enable(NormalizationRule.FOLD_QUOTES).build()
    };

    static Stream<Sample> texts() {
        return TextSamples.arabicTexts(0x4B4841424152L, SAMPLES);
    }

    static Stream<Sample> anything() {
        return TextSamples.anyStrings(0x414E59L, SAMPLES);
    }

    @PropertyTest
    @MethodSource("texts")
    void mapsAreTotalAndMonotone(Sample sample) {
        String original = sample.text();
        for (ArabicNormalizer normalizer : NORMALIZERS) {
            NormalizedText n = normalizer.normalize(original);
            assertEquals(original, n.original());
            int previous = 0;
            for (int s = 0; s <= n.text().length(); s++) {
                int o = n.toOriginal(s);
                int at = s;
                assertTrue(o >= previous && o <= original.length(), () -> "toOriginal(" + at + ") = " + o);
                assertTrue(n.toOriginalEnd(s) >= o, () -> "toOriginalEnd(" + at + ") < toOriginal");
                assertEquals(s, n.toNormalized(o), "left inverse");
                previous = o;
            }
            assertEquals(original.length(), n.toOriginal(n.text().length()));
            int previousNormalized = 0;
            for (int o = 0; o <= original.length(); o++) {
                int s = n.toNormalized(o);
                int at = o;
                assertTrue(s >= previousNormalized && s <= n.text().length(), () -> "toNormalized(" + at + ") = " + s);
                previousNormalized = s;
            }
            assertEquals(n.text().length(), n.toNormalized(original.length()));
        }
    }

    @PropertyTest
    @MethodSource("texts")
    void anyRangeMapsBackToTextThatNormalisesToIt(Sample sample) {
        String original = sample.text();
        SplittableRandom random = sample.random();
        for (ArabicNormalizer normalizer : NORMALIZERS) {
            NormalizedText n = normalizer.normalize(original);
            int length = n.text().length();
            // Every range of short texts; 64 random ranges of longer ones.
            if (length <= 12) {
                for (int s = 0; s <= length; s++) {
                    for (int e = s; e <= length; e++) {
                        assertRangeMapsBack(normalizer, n, s, e);
                    }
                }
            } else {
                for (int k = 0; k < 64; k++) {
                    int a = random.nextInt(length + 1);
                    int b = random.nextInt(length + 1);
                    assertRangeMapsBack(normalizer, n, Math.min(a, b), Math.max(a, b));
                }
                assertRangeMapsBack(normalizer, n, 0, length);
            }
        }
    }

    private static void assertRangeMapsBack(ArabicNormalizer normalizer, NormalizedText n, int s, int e) {
        String source = n.original().substring(n.toOriginal(s), n.toOriginalEnd(e));
        assertEquals(n.text().substring(s, e), normalizer.normalizeToString(source), () -> "range " + s + ".." + e);
    }

    @PropertyTest
    @MethodSource("texts")
    void wordRangesMapBackToTheirWords(Sample sample) {
        String original = sample.text();
        NormalizedText n = ArabicNormalizer.search().normalize(original);
        String text = n.text();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                String source = original.substring(n.toOriginal(start), n.toOriginalEnd(i));
                assertEquals(text.substring(start, i), ArabicNormalizer.search().normalizeToString(source));
                start = -1;
            }
        }
    }

    @PropertyTest
    @MethodSource("texts")
    void idempotentAndConsistentWithFastPath(Sample sample) {
        String original = sample.text();
        for (ArabicNormalizer normalizer : NORMALIZERS) {
            String once = normalizer.normalizeToString(original);
            assertEquals(once, normalizer.normalize(original).text());
            assertEquals(once, normalizer.normalizeToString(once));
            assertEquals(once, normalizer.normalize(new StringBuilder(original)).text(), "CharSequence input");
            char[] buffer = original.toCharArray();
            int length = normalizer.normalize(buffer, buffer.length);
            assertEquals(once, new String(buffer, 0, length), "in-place path");
        }
    }

    @PropertyTest
    @MethodSource("anything")
    void neverThrowsOnAnyString(Sample sample) {
        String anything = sample.text();
        for (ArabicNormalizer normalizer : NORMALIZERS) {
            NormalizedText n = normalizer.normalize(anything);
            assertEquals(normalizer.normalizeToString(anything), n.text());
            assertEquals(anything.length(), n.toOriginal(n.text().length()));
        }
    }
}
