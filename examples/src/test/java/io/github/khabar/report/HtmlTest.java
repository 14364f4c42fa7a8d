package io.github.khabar.report;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's one escaping function, its JSON-in-script embedding and its HTML writer. */
class HtmlTest {
    @Test
    void markupBecomesText() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape("<script>alert(1)</script>"));
        assertEquals("&lt;/textarea&gt;&amp;amp;", Html.escape("</textarea>&amp;"));
        assertEquals("a=&quot;x&quot; b=&#39;y&#39;", Html.escape("a=\"x\" b='y'"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void plainArabicIsReturnedUnchanged() {
        String s = "وزير الخارجية السوري\u200F يتوجه إلى أنقرة\n";   // the RLM mark is harmless and kept
        assertSame(s, Html.escape(s));
    }

    @Test
    void bidiOverridesAndControlsAreShownNotObeyed() {
        assertEquals("abc[U+202E]cba[U+202C]", Html.escape("abc\u202Ecba\u202C"));
        assertEquals("[U+2066]x[U+2069]", Html.escape("\u2066x\u2069"));
        assertEquals("a\uFFFDb\uFFFDc", Html.escape("a\u0000b\u0085c"));
        assertEquals("x\t\ny", Html.escape("x\t\ny"));
    }

    @Test
    void unpairedSurrogatesAreReplacedAndPairsKept() {
        assertEquals("\uD83D\uDE00", Html.escape("\uD83D\uDE00"));
        assertEquals("a\uFFFDb", Html.escape("a\uD83Db"));
        assertEquals("a\uFFFD", Html.escape("a\uDE00"));
        assertEquals("\uFFFD&lt;", Html.escape("\uD83D<"));
    }

    @Test
    void tenThousandQuoteMarksStayInsideTheAttribute() {
        String quotes = "\"".repeat(10_000);
        StringWriter out = new StringWriter();
        new HtmlWriter(out).open("span", "title", quotes).close("span");
        assertEquals("<span title=\"" + "&quot;".repeat(10_000) + "\"></span>", out.toString());
    }

    @Test
    void jsonInScriptCannotEndTheElementAndParsesBack() {
        String hostile = "</script><script>alert(1)</script><!-- \u2028\u2029 & </SCRIPT >";
        String json = ReportData.text(hostile);
        String embedded = JsonScript.embed(json);
        assertFalse(embedded.toLowerCase().contains("</script"), embedded);
        assertFalse(embedded.contains("<!--"), embedded);
        assertFalse(embedded.contains("\u2028") || embedded.contains("\u2029"), embedded);
        assertFalse(embedded.contains("<") || embedded.contains(">") || embedded.contains("&"), embedded);
        assertEquals(hostile, JsonMapper.builder().build().readValue(embedded, String.class));
    }

    @Test
    void writerEscapesAttributesAndTextAndOmitsNullAttributes() {
        StringWriter out = new StringWriter();
        new HtmlWriter(out).element("a", "<b>", "href", "#x\"onclick=\"y", "title", null);
        assertEquals("<a href=\"#x&quot;onclick=&quot;y\">&lt;b&gt;</a>", out.toString());
    }

    @Test
    void trustedCodeThatWouldEndItsElementIsRefused() {
        HtmlWriter w = new HtmlWriter(new StringWriter());
        assertThrows(IllegalArgumentException.class, () -> w.trusted("script", "var s = '</SCRIPT>';"));
        StringWriter out = new StringWriter();
        new HtmlWriter(out).trusted("style", "a { color: red }");
        assertTrue(out.toString().startsWith("<style>a { color: red }</style>"));
    }
}
