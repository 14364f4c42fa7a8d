package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NormalizerPropertiesTest {
    private static final ArabicNormalizer[] NORMALIZERS = {
        ArabicNormalizer.search(), ArabicNormalizer.display(),
        ArabicNormalizer.builder().enable(NormalizationRule.REMOVE_DIACRITICS).build()
    };

    @Provide
    Arbitrary<String> text() {
        return TextArbitraries.arabicText();
    }

    @Property(tries = 600)
    void mapsAreTotalAndMonotone(@ForAll("text") String original) {
        for (ArabicNormalizer normalizer : NORMALIZERS) {
            NormalizedText n = normalizer.normalize(original);
            assertEquals(original, n.original());
            int previous = 0;
            for (int s = 0; s <= n.text().length(); s++) {
                int o = n.toOriginal(s);
                assertTrue(o >= previous && o <= original.length());
                assertTrue(n.toOriginalEnd(s) >= o);
                assertEquals(s, n.toNormalized(o), "left inverse");
                previous = o;
            }
            assertEquals(original.length(), n.toOriginal(n.text().length()));
            int previousNormalized = 0;
            for (int o = 0; o <= original.length(); o++) {
                int s = n.toNormalized(o);
                assertTrue(s >= previousNormalized && s <= n.text().length());
                previousNormalized = s;
            }
            assertEquals(n.text().length(), n.toNormalized(original.length()));
        }
    }

    @Property(tries = 600)
    void anyRangeMapsBackToTextThatNormalisesToIt(@ForAll("text") String original,
            @ForAll @IntRange(min = 0, max = 100) int a, @ForAll @IntRange(min = 0, max = 100) int b) {
        for (ArabicNormalizer normalizer : NORMALIZERS) {
            NormalizedText n = normalizer.normalize(original);
            int length = n.text().length();
            int s = Math.min(a, b) % (length + 1);
            int e = s + (Math.max(a, b) - Math.min(a, b)) % (length - s + 1);
            String source = original.substring(n.toOriginal(s), n.toOriginalEnd(e));
            assertEquals(n.text().substring(s, e), normalizer.normalizeToString(source));
        }
    }

    @Property(tries = 300)
    void wordRangesMapBackToTheirWords(@ForAll("text") String original) {
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

    @Property(tries = 600)
    void idempotentAndConsistentWithFastPath(@ForAll("text") String original) {
        for (ArabicNormalizer normalizer : NORMALIZERS) {
            String once = normalizer.normalizeToString(original);
            assertEquals(once, normalizer.normalize(original).text());
            assertEquals(once, normalizer.normalizeToString(once));
        }
    }

    @Property(tries = 1000)
    void neverThrowsOnAnyString(@ForAll String anything) {
        for (ArabicNormalizer normalizer : NORMALIZERS) {
            normalizer.normalize(anything);
            normalizer.normalizeToString(anything);
        }
    }
}
