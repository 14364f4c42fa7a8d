package io.github.khabar;

import io.github.khabar.model.Diagnostic;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bad-input class of docs/reliability.md through the public API: each gives a valid (possibly empty)
 * extraction with diagnostics, or a typed {@link KhabarException} whose message says what and where —
 * never an unchecked exception.
 */
class ReliabilityBadInputTest {
    private static final Khabar KHABAR = Khabar.builder().build();
    private static final String ARTICLE = SeedTexts.text("000_609a4f19a1811546");

    private static Extraction extract(String text) {
        Extraction x;
        try {
            x = KHABAR.extract(Document.of("bad", text));
        } catch (KhabarException e) {
            throw new AssertionError("expected an extraction, got " + e, e);
        }
        ReliabDocs.assertValid(text, x);
        return x;
    }

    private static boolean hasDiagnostic(Extraction x, String code) {
        return x.diagnostics().stream().anyMatch(d -> d.code().equals(code));
    }

    private static int events(Extraction x) {
        return x.meetings().size() + x.visits().size() + x.statements().size();
    }

    /** The classes that must read as valid extractions (the binary, HTML-refused and over-long ones are below). */
    static Map<String, String> validInputs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("empty", "");
        m.put("whitespace", " \n\t\r\n \u00A0\u2003\u3000 ");
        m.put("bidi flood", "\u200F\u202B\u2067\u202E\u2069\u200E".repeat(20_000));
        m.put("bidi around words", "قال\u200F\u202B الوزير\u202C\u2067 إن\u2069 " + "\u202E".repeat(5_000) + " المباحثات بناءة.");
        m.put("100k quote marks", "\"".repeat(100_000));
        m.put("100k guillemets", "«".repeat(50_000) + "»".repeat(50_000));
        m.put("mixed quotes", "“”«»\"'".repeat(20_000));
        m.put("latin only", "The Saudi foreign minister met his Russian counterpart in Riyadh on Monday. ".repeat(200));
        m.put("mixed script", "التقى Emmanuel Macron نظيره Xi Jinping في Paris، وقال Macron إن \"talks were good\". G20 COP28 ١٢:٣٠");
        m.put("unpaired surrogates", "قال الوزير \uD800 إن \uDC00المباحثات\uD83D بناءة \uDE00.");
        m.put("few controls", "قال\u0000 الوزير\u0007 إن\u001B المباحثات بناءة.");
        m.put("noncharacters", "قال الوزير \uFFFE\uFFFF إن المباحثات بناءة.");
        m.put("replacement chars", "قال الوزير \uFFFD إن المباحثات \uFFFD\uFFFD بناءة.");
        m.put("diacritic flood", "و" + "\u064E\u0651\u0652".repeat(10_000) + "قال");
        m.put("tatweel flood", "قـ" + "ـ".repeat(50_000) + "ال الوزير");
        m.put("zero-width flood", "قال" + "\u200C\u200D\uFEFF".repeat(10_000) + " الوزير");
        m.put("one long line", ARTICLE.replace('\n', ' ').repeat(50));
        m.put("no spaces", "التقىالوزيرنظيرهفيالرياض".repeat(4_000));
        m.put("repeated cue", "التقى ".repeat(2_000));
        m.put("repeated title", "وزير الخارجية ".repeat(1_000));
        m.put("repeated name", "فلاديمير بوتين ".repeat(2_000));
        m.put("repeated said", "قال إن ".repeat(2_000));
        m.put("repeated dates", "24 فبراير 2025 ".repeat(2_000));
        m.put("digit separators", "1/".repeat(20_000));
        m.put("dots and abbreviations", "د. م. أ. ".repeat(5_000));
        m.put("newlines only", "\n".repeat(50_000));
        m.put("unicode line separators", "قال الوزير\u2028إن\u2029المباحثات\u0085بناءة");
        m.put("emoji and symbols", "🇸🇦🤝🇷🇺 قال الوزير 👍 إن المباحثات بناءة ✔ ×".repeat(100));
        m.put("arabic presentation forms", "ﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ ﺇﻥ ﺍﻟﻤﺒﺎﺣﺜﺎﺕ ﺑﻨﺎءﺓ");
        m.put("persian and urdu letters", "گفت وزیر امور خارجه ایران کہ مذاکرات اچھے تھے");
        m.put("lone less-than signs", "قال الوزير إن 3 < 5 و 7 > 2 و <<<< >>>>".repeat(100));
        m.put("html-like prose", "قال الوزير إن <العلاقات> جيدة");
        m.put("brackets flood", "(((((((((([[[[[[{{{{{".repeat(5_000));
        return m;
    }

    @Test
    void everyValidClassGivesAValidExtraction() {
        for (Map.Entry<String, String> e : validInputs().entrySet()) {
            try {
                extract(e.getValue());
            } catch (AssertionError | RuntimeException err) {
                throw new AssertionError(e.getKey() + ": " + err, err);
            }
        }
    }

    @Test
    void libraryCodeNeverPrints() throws Exception {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        java.io.PrintStream capture = new java.io.PrintStream(sink, true, StandardCharsets.UTF_8);
        try {
            System.setOut(capture);
            System.setErr(capture);
            for (String s : validInputs().values()) {
                KHABAR.extract(Document.of("quiet", s));
            }
            try {
                KHABAR.extract(Document.of("quiet", "\u0000".repeat(100)));
            } catch (UnsupportedInputException expected) {
                // refused, quietly
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", sink.toString(StandardCharsets.UTF_8), "the library wrote to stdout/stderr");
    }

    @Test
    void emptyAndBlankTextsGiveEmptyExtractions() {
        for (String s : new String[] {"", " ", "\n\n\t", "\u200F\u200E"}) {
            Extraction x = extract(s);
            assertEquals(0, events(x) + x.actors().size(), "'" + s + "'");
        }
    }

    @Test
    void controlCharactersAndSurrogatesAreReportedAndTheArticleIsStillRead() {
        Extraction clean = extract(ARTICLE);
        String dirty = ARTICLE.substring(0, 200) + "\u0000\u0007" + ARTICLE.substring(200, 400) + "\uD800"
                + ARTICLE.substring(400);
        Extraction x = extract(dirty);
        assertTrue(hasDiagnostic(x, "CONTROL_CHARACTERS"), x.diagnostics().toString());
        assertTrue(hasDiagnostic(x, "UNPAIRED_SURROGATE"), x.diagnostics().toString());
        Diagnostic d = x.diagnostics().stream().filter(g -> g.code().equals("CONTROL_CHARACTERS")).findFirst().orElseThrow();
        assertEquals(200, d.start());
        assertTrue(events(x) >= events(clean) - 1, events(x) + " vs " + events(clean));
    }

    @Test
    void binaryDataIsATypedError() {
        SplittableRandom r = new SplittableRandom(7);
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) r.nextInt(256);
        String decoded = new String(bytes, StandardCharsets.ISO_8859_1); // raw bytes as chars: controls galore
        String utf8 = new String(bytes, StandardCharsets.UTF_8);         // lenient decoding: U+FFFD galore
        String utf16le = new String("قال الوزير إن المباحثات بناءة".getBytes(StandardCharsets.UTF_16LE),
                StandardCharsets.ISO_8859_1);                               // UTF-16 read as bytes: NULs
        for (String s : new String[] {decoded, utf8, utf16le, "\u0000".repeat(100)}) {
            UnsupportedInputException e = assertThrows(UnsupportedInputException.class,
                    () -> KHABAR.extract(Document.of("blob", s)));
            assertEquals(UnsupportedInputException.Reason.BINARY, e.reason());
            assertTrue(e.getMessage().contains("blob") && e.getMessage().contains("binary"), e.getMessage());
        }
    }

    @Test
    void overLongDocumentIsATypedErrorWithTheLimit() {
        String fifty = ReliabDocs.repeat("قال الوزير إن المباحثات بناءة ", 50_000_000); // a 50 M-char single line
        LimitExceededException e = assertThrows(LimitExceededException.class,
                () -> KHABAR.extract(Document.of("huge", fifty)));
        assertEquals(Khabar.DEFAULT_MAX_DOCUMENT_CHARS, e.limit());
        assertEquals(50_000_000, e.actual());
        assertTrue(e.getMessage().contains(String.valueOf(Khabar.DEFAULT_MAX_DOCUMENT_CHARS))
                && e.getMessage().contains("huge"), e.getMessage());
        Khabar small = Khabar.builder().maxDocumentChars(1_000).build();
        assertEquals(1_000, assertThrows(LimitExceededException.class,
                () -> small.extract(Document.of("a", ARTICLE))).limit());
    }

    @Test
    void htmlIsReadWithTheMarkupBlankedOutAndOffsetsIntoTheOriginal() {
        String body = "قال وزير الخارجية الروسي سيرغي لافروف إن &quot;المباحثات مع نظيره السوري كانت بناءة&quot;.";
        String html = "<!DOCTYPE html><html><head><title>خبر</title><style>p{color:red}</style>"
                + "<script>var s = \"<p>قال الرئيس</p>\";</script></head><body><div class=\"article\">"
                + "<p>" + body.replace("الروسي", "<b>الروسي</b>") + "</p>\n<!-- تعليق: قال المحرر إن -->"
                + "<p>والتقى <a href=\"/x\">لافروف</a> في <span>أنقرة</span> وزير الخارجية التركي.</p></div></body></html>";
        Extraction x = extract(html);
        assertTrue(hasDiagnostic(x, "HTML_STRIPPED"), x.diagnostics().toString());
        assertTrue(x.statements().stream().anyMatch(s -> s.content().contains("المباحثات")), x.toString());
        // nothing inside the script or the comment was read
        assertFalse(x.statements().stream().anyMatch(s -> s.content().contains("الرئيس") || s.content().contains("المحرر")));
        // evidence may span tags: its text is the original markup
        assertTrue(ReliabDocs.spans(x).stream().allMatch(s -> html.substring(s.start(), s.end()).equals(s.text())));
    }

    @Test
    void htmlCanBeRefusedWithAClearMessage() {
        Khabar strict = Khabar.builder().htmlPolicy(HtmlPolicy.REJECT).build();
        String html = "<html><body><p>قال الوزير إن المباحثات بناءة</p></body></html>";
        UnsupportedInputException e = assertThrows(UnsupportedInputException.class,
                () -> strict.extract(Document.of("page", html)));
        assertEquals(UnsupportedInputException.Reason.HTML, e.reason());
        assertTrue(e.getMessage().contains("page") && e.getMessage().contains("HTML")
                && e.getMessage().contains("offset 0"), e.getMessage());
        // plain text with a stray angle bracket is not HTML, under either policy
        assertDoesNotRefuse(strict, "قال الوزير إن 3 < 5 وإن <العلاقات> جيدة <b>");
    }

    private static void assertDoesNotRefuse(Khabar k, String text) {
        try {
            Extraction x = k.extract(Document.of("t", text));
            ReliabDocs.assertValid(text, x);
            assertFalse(hasDiagnostic(x, "HTML_STRIPPED"));
        } catch (KhabarException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void htmlScreenBlanksByEqualLengthAndDecodesReferences() throws UnsupportedInputException {
        String html = "<p>a&amp;b &#1605;&#x0645; &nosuch; &#xD800;</p><br/><SCRIPT>x<y</SCRIPT>z";
        InputScreen.Screened s = InputScreen.screen("h", html, HtmlPolicy.STRIP);
        String t = s.text();
        assertEquals(html.length(), t.length());
        assertEquals('\n', t.charAt(0), "a block tag becomes a line break");
        assertEquals("a&    b", t.substring(3, 10), "&amp; is '&' and spaces");
        assertEquals('م', t.charAt(html.indexOf("&#1605;")));
        assertEquals('م', t.charAt(html.indexOf("&#x0645;")));
        assertTrue(t.contains("&nosuch;"), "an unknown reference is left as it is");
        assertEquals(' ', t.charAt(html.indexOf("&#xD800;")), "a surrogate reference becomes a space");
        assertEquals(" ".repeat("x<y</SCRIPT>".length()), t.substring(html.indexOf("x<y"), html.length() - 1));
        assertTrue(t.endsWith("z"));
        assertFalse(t.contains("<") || t.contains(">"), t);
    }

    @Test
    void aNullDocumentIsTheOnlyUncheckedError() {
        assertThrows(NullPointerException.class, () -> KHABAR.extract(null));
        assertThrows(NullPointerException.class, () -> Khabar.builder().htmlPolicy(null));
    }
}
