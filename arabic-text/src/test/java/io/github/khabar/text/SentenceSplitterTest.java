package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.khabar.text.TextSamples.Sample;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = SentenceSplitter.create();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(r -> r.of(text)).collect(Collectors.toList());
    }

    @Test
    void fullStopsQuestionMarksAndSemicolonsEndSentences() {
        assertEquals(List.of("وصل الوزير إلى القاهرة.", "هل سيلتقي الرئيس؟", "قال ذلك؛", "ثم غادر!"),
                sentences("وصل الوزير إلى القاهرة. هل سيلتقي الرئيس؟ قال ذلك؛ ثم غادر!"));
        assertEquals(List.of("Did he go?", "Yes."), sentences("Did he go? Yes."));
    }

    @Test
    void decimalsDoNotEndSentences() {
        assertEquals(List.of("بلغ النمو 2.7 في المئة و3.5 العام الماضي.", "وتراجع التضخم."),
                sentences("بلغ النمو 2.7 في المئة و3.5 العام الماضي. وتراجع التضخم."));
    }

    @Test
    void singleLetterAbbreviationsDoNotEndSentences() {
        assertEquals(List.of("قال د. محمد البرادعي إن م. أحمد وأ.د. سعاد حضروا.", "وانتهى اللقاء."),
                sentences("قال د. محمد البرادعي إن م. أحمد وأ.د. سعاد حضروا. وانتهى اللقاء."));
        assertEquals(List.of("The U.S. envoy arrived."), sentences("The U.S. envoy arrived."));
    }

    @Test
    void shortQuotesKeepTheirInnerStops() {
        assertEquals(List.of("قال غوتيريش: «الوضع خطير. يجب وقف النار» ثم غادر.", "وصل الوفد."),
                sentences("قال غوتيريش: «الوضع خطير. يجب وقف النار» ثم غادر. وصل الوفد."));
    }

    @Test
    void unclosedQuotesDoNotSwallowTheText() {
        assertEquals(List.of("قال الوزير: «سنواصل الحوار.", "وأضاف أن اللقاء مثمر.", "وغادر."),
                sentences("قال الوزير: «سنواصل الحوار. وأضاف أن اللقاء مثمر. وغادر."));
    }

    @Test
    void longQuotesAreSplitInside() {
        String longQuote = "«" + "كلام طويل جدا. ".repeat(40) + "»";
        assertTrue(sentences("قال: " + longQuote).size() > 30);
    }

    @Test
    void linesAndParagraphsEndSentences() {
        assertEquals(List.of("عنوان الخبر", "الفقرة الأولى بلا نقطة", "الفقرة الثانية."),
                sentences("  عنوان الخبر\nالفقرة الأولى بلا نقطة\n\n  الفقرة الثانية.  \n"));
        assertEquals(List.of("قال: «بداية", "نهاية» ثم مضى."), sentences("قال: «بداية\nنهاية» ثم مضى."));
    }

    @Test
    void terminatorRunsAndClosingMarksStayWithTheSentence() {
        assertEquals(List.of("ماذا؟!", "(انتهى.)", "ثم قال \"نعم.\"", "حسنا..."),
                sentences("ماذا؟! (انتهى.) ثم قال \"نعم.\" حسنا..."));
    }

    static Stream<Sample> texts() {
        return TextSamples.arabicTexts(0x53454E54L, 2_000);
    }

    @PropertyTest
    @MethodSource("texts")
    void rangesAreTrimmedOrderedDisjointAndCoverAllNonSpace(Sample sample) {
        String text = sample.text();
        List<TextRange> ranges = splitter.split(text);
        int previousEnd = 0;
        StringBuilder outside = new StringBuilder();
        for (TextRange r : ranges) {
            assertTrue(r.start() >= previousEnd && r.end() > r.start() && r.end() <= text.length());
            assertTrue(!ArabicChars.isSpace(text.charAt(r.start())) && !ArabicChars.isSpace(text.charAt(r.end() - 1)));
            outside.append(text, previousEnd, r.start());
            previousEnd = r.end();
        }
        outside.append(text.substring(previousEnd));
        assertTrue(outside.chars().allMatch(c -> ArabicChars.isSpace((char) c)), () -> "uncovered: " + outside);
    }
}
