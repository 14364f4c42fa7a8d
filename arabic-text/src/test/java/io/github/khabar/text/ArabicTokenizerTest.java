package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.khabar.text.TextSamples.Sample;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ArabicTokenizerTest {
    private final ArabicTokenizer tokenizer = ArabicTokenizer.create();

    /** "text|TYPE" per token, for compact expectations. */
    private String describe(String text) {
        return tokenizer.tokenize(text).stream().map(t -> t.text() + "|" + t.type().name().charAt(0))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "وصل الرئيسُ إلى الرياض;وصل|A الرئيسُ|A إلى|A الرياض|A",
        "قمة G20 في الرياض;قمة|A G20|L في|A الرياض|A",
        "التقى بـ“الحملات” اليوم;التقى|A بـ|A “|Q الحملات|A ”|Q اليوم|A",
        "لـ”دعم غزة;لـ|A ”|Q دعم|A غزة|A",
        "في ٢٠٢٥ بلغ النمو 2.7% عند 10:30 يوم 24/2/2025;في|A ٢٠٢٥|N بلغ|A النمو|A 2.7|N %|P عند|A 10:30|N يوم|A 24/2/2025|N",
        "(الأمم المتحدة)، ؟!;(|P الأمم|A المتحدة|A )|P ،|P ؟|P !|P",
        "كوفيد-19 وOPEC+;كوفيد|A -|P 19|N و|A OPEC|L +|S",
        "O'Brien قال;O'Brien|L قال|A",
        "عام 2024. ثم;عام|A 2024|N .|P ثم|A",
        "من 2024-2025;من|A 2024|N -|P 2025|N",
    })
    void tokensAndTypes(String text, String expected) {
        assertEquals(expected, describe(text));
    }

    @Test
    void formatControlsSeparateOrJoin() {
        assertEquals("قال|A الرئيس|A", describe("\uFEFFقال\u200F الرئيس\u200E"));
        assertEquals("می\u200Cخواهم|A", describe("می\u200Cخواهم"));
    }

    @Test
    void unpairedSurrogatesAndEmojiAreSymbols() {
        assertEquals("\uD800|S أ|A \uD83D\uDE00|S \uDC00|S", describe("\uD800أ \uD83D\uDE00\uDC00"));
        assertEquals("", describe(""));
    }

    @Test
    void everyTokenTextIsItsOriginalSubstring() {
        String text = "وقال وزيرُ الخارجيّة الإيرانيّ، عباس عراقجي: «نرحّب بـ”الوساطة“ العُمانية» (١٢/٣/٢٠٢٥) — AFP.";
        List<Token> tokens = tokenizer.tokenize(text);
        int previousEnd = 0;
        for (Token t : tokens) {
            assertEquals(text.substring(t.start(), t.end()), t.text());
            assertEquals(true, t.start() >= previousEnd);
            previousEnd = t.end();
        }
    }

    static Stream<Sample> texts() {
        return TextSamples.arabicTexts(0x544F4BL, 2_000);
    }

    @PropertyTest
    @MethodSource("texts")
    void offsetsAreExactOrderedAndCoverEveryVisibleCharacter(Sample sample) {
        String text = sample.text();
        List<Token> tokens = tokenizer.tokenize(text);
        int previousEnd = 0;
        StringBuilder covered = new StringBuilder();
        for (Token t : tokens) {
            assertEquals(text.substring(t.start(), t.end()), t.text());
            assertEquals(true, t.start() >= previousEnd && t.end() > t.start());
            covered.append(text, previousEnd, t.start());
            previousEnd = t.end();
        }
        covered.append(text.substring(previousEnd));
        // Everything between tokens is white space, control or format characters.
        for (int i = 0; i < covered.length(); i++) {
            byte cls = CharClass.of(covered.charAt(i));
            assertEquals(true, cls == CharClass.SPACE || cls == CharClass.CONTROL || cls == CharClass.FORMAT,
                    () -> "uncovered " + covered);
        }
    }
}
