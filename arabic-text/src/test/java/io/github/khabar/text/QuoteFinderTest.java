package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteFinderTest {
    private final QuoteFinder finder = QuoteFinder.create();

    private List<String> contents(String text) {
        return finder.find(text).quotes().stream().map(q -> q.content(text)).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قال: «نرفض التصعيد» ثم غادر|نرفض التصعيد",
        "قال: “نرفض التصعيد” ثم غادر|نرفض التصعيد",
        "قال: ”نرفض التصعيد“ ثم غادر|نرفض التصعيد",
        "قال: ”نرفض التصعيد” ثم غادر|نرفض التصعيد",
        "قال: “نرفض التصعيد“ ثم غادر|نرفض التصعيد",
        "قال: „نرفض التصعيد“ ثم غادر|نرفض التصعيد",
        "قال: ‘نرفض التصعيد’ ثم غادر|نرفض التصعيد",
        "قال: »نرفض التصعيد« ثم غادر|نرفض التصعيد",
        "دعا لـ”دعم الحوار“ بين الطرفين|دعم الحوار",
        "ندد بـ”الحملات” الإعلامية|الحملات",
        "وصف و\"الاتفاق\" بأنه تاريخي|الاتفاق",
    })
    void pairingStyles(String text, String content) {
        QuoteAnalysis analysis = finder.find(text);
        assertEquals(List.of(content), contents(text), analysis::toString);
        assertEquals(List.of(), analysis.issues());
    }

    @Test
    void quoteOffsetsIncludeTheMarks() {
        String text = "قال «نعم» فقط";
        Quote q = finder.find(text).quotes().get(0);
        assertEquals(new Quote(4, 9, 5, 8, '«', '»'), q);
        assertEquals("«نعم»", text.substring(q.start(), q.end()));
    }

    @Test
    void nestedQuotes() {
        String text = "قال: «وصف الاتفاق بأنه “تاريخي” أمس»";
        assertEquals(List.of("وصف الاتفاق بأنه “تاريخي” أمس", "تاريخي"), contents(text));
    }

    @Test
    void severalStraightQuotesInOneParagraph() {
        assertEquals(List.of("أ", "ب"), contents("قال: \"أ\" و\"ب\" فقط"));
        assertEquals(List.of("شيء"), contents("قال \"كذا وأضاف \"شيء\" ثم"));
    }

    @Test
    void unbalancedMarksAreIssuesNotExceptions() {
        QuoteAnalysis a = finder.find("قال: «سنواصل الحوار ثم غادر");
        assertEquals(List.of(), a.quotes());
        assertEquals(1, a.issues().size());
        TextIssue issue = a.issues().get(0);
        assertEquals(TextIssue.UNBALANCED_QUOTE, issue.code());
        assertEquals(5, issue.start());
        assertEquals(List.of(TextIssue.UNBALANCED_QUOTE),
                finder.find("انتهى» هنا").issues().stream().map(TextIssue::code).toList());
    }

    @Test
    void quotesDoNotCrossLineBreaks() {
        QuoteAnalysis a = finder.find("قال: «بداية\nنهاية» ثم");
        assertEquals(List.of(), a.quotes());
        assertEquals(2, a.issues().size());
    }

    @Test
    void apostrophesAreNotQuotes() {
        QuoteAnalysis a = finder.find("O’Brien’s plan and ‘peace’");
        assertEquals(1, a.quotes().size());
        assertEquals(List.of(), a.issues());
    }

    @Test
    void hundredThousandQuoteMarksTakeLinearTime() {
        long small = operations("\"".repeat(10_000));
        long large = operations("\"".repeat(1_000_000));
        assertTrue(large <= 100 * small + 100, small + " vs " + large);
        assertEquals(50_000, finder.find("\"".repeat(100_000)).quotes().size());
        long mixed = operations("«“\"‘»”\"’ ".repeat(100_000));
        assertTrue(mixed <= 20L * 900_000, String.valueOf(mixed));
    }

    private long operations(String text) {
        TextWork work = new TextWork();
        finder.find(text, work);
        return work.steps();
    }
}
