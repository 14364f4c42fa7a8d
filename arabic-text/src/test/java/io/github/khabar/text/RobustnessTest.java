package io.github.khabar.text;

import io.github.khabar.text.TextSamples.Sample;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

/** No public entry point throws on any String. */
class RobustnessTest {
    private static final List<String> NASTY = List.of("", "\uD800", "\uDC00", "\uDC00\uD800", "\u0000\u0007\u001B",
            "\"".repeat(100_000), "«".repeat(50_000) + "»".repeat(50_000), "”“".repeat(30_000),
            "ـ".repeat(10_000), "\u064E".repeat(10_000), ".".repeat(10_000), "د. ".repeat(10_000),
            "\n".repeat(10_000), "\uFFFF\uFFFE", "و" + "\u200C".repeat(1000) + "ب");

    private static void exercise(String s) {
        ArabicNormalizer.search().normalize(s);
        ArabicNormalizer.display().normalizeToString(s);
        ArabicTokenizer.create().tokenize(s);
        SentenceSplitter.create().split(s);
        QuoteFinder.create().find(s);
        NameKey.of(s);
        NameKey.similarity(s, "أحمد");
        Clitics.analyze(s);
    }

    @Test
    void nastyInputs() {
        NASTY.forEach(RobustnessTest::exercise);
    }

    static Stream<Sample> anyStrings() {
        return TextSamples.anyStrings(0x524F42L, 2_000);
    }

    static Stream<Sample> arabicTexts() {
        return TextSamples.arabicTexts(0x524F4241L, 2_000);
    }

    @PropertyTest
    @MethodSource("anyStrings")
    void anyString(Sample sample) {
        exercise(sample.text());
    }

    @PropertyTest
    @MethodSource("arabicTexts")
    void anyArabicText(Sample sample) {
        exercise(sample.text());
    }
}
