package io.github.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-written cases of the scorer's small rules; every expected value was checked against the Python code. */
class EvalRulesTest {

    @ParameterizedTest(name = "norm({0})")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "مُحَمَّد | محمد",                                // harakat
        "محـــمد | محمد",                                  // tatweel
        "أحمد إبراهيم آل ٱلله | احمد ابراهيم ال الله",      // alef variants, alef wasla
        "القاهرة موسى مسؤول رئيس | القاهره موسي مسوول رييس", // teh marbuta, alef maqsura, hamza carriers
        "٢٠٢٥ | 2025",                                     // Arabic-Indic digits
        "«نص» “آخر” | `\"نص\" \"اخر\"`",                    // typographic quotes
        "ﻻ | لا",                                          // NFKC: lam-alef ligature
        "ﺃحمد | احمد",                                     // NFKC: presentation form, then the map
        "ﷲ | الله",                                        // NFKC: a word ligature
    })
    void normalises(String in, String expected) {
        assertEquals(expected, EvalNorm.norm(in));
    }

    @Test
    void normRemovesInvisiblesAndHashAndTurnsUnderscoreIntoSpace() {
        assertEquals("abc d", EvalNorm.norm("a\u200Cb#c_d"));
        assertEquals("xyz", EvalNorm.norm("x\u200Fy\u2067z"));
        assertEquals("ا", EvalNorm.norm("\u0627\u0654"), "NFKC composes alef + hamza above, then the map");
    }

    @Test
    void normUsesPythonWhitespace() {
        // U+001C and U+0085 are whitespace to Python's \s and str.strip, not to Java's \s
        assertEquals("a b", EvalNorm.norm("\u001C a \u2003 b\u0085"));
        assertEquals("x", EvalNorm.norm("\u3000 x\t\n"));
        assertEquals("", EvalNorm.norm("  "));
        assertEquals("", EvalNorm.norm(null));
        assertEquals("a\u200Bb", EvalPy.strip("\u001F a\u200Bb\u00A0"), "U+200B is not whitespace");
    }

    @Test
    void containsMatchesWholeWordsOnly() {
        assertTrue(EvalNorm.containsWords("محمد بن سلمان", "سلمان"));
        assertTrue(EvalNorm.containsWords("محمد بن سلمان", "محمد بن سلمان"));
        assertFalse(EvalNorm.containsWords("سلمانى", "سلمان"));
        assertFalse(EvalNorm.containsWords("عبدالسلمان", "سلمان"));
        assertFalse(EvalNorm.containsWords("x", ""));
    }

    @ParameterizedTest(name = "date_ok({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', nullValues = "None", value = {
        "2025-02-24 | 2025-02-24 | true",
        "XXXX-02-24 | 2025-02-24 | true",
        "XXXX-02-24 | 202-02-24 | false",
        "XXXX-02-23/XXXX-02-24 | 2025-02-23/2025-02-24 | true",
        "XXXX-02-23/XXXX-02-24 | 2025-02-23 | false",
        "XXXX-02-24 | ٢٠٢٥-02-24 | true",   // str.isdigit accepts any decimal digit
        "XXXX | ²⁰²⁵ | true",               // and digits of numeric type Digit
        "XXXX-02-24 | None | false",
        "2025-02 | 2025-02-24 | false",
        "XXXX | 2025 | true",
        "XXXX-02 | XXXX-02 | true",
        "XXXX-02 | YYYY-02 | false",
        "2025-02-24 | XXXX-02-24 | false",
    })
    void dateOk(String gold, String sys, boolean expected) {
        assertEquals(expected, Evaluator.dateOk(gold, sys));
    }

    @Test
    void timeValueTakesAStringOrTheValueField() {
        assertEquals("2025", Evaluator.timeValue("2025"));
        assertEquals("2025", Evaluator.timeValue(Map.of("value", "2025")));
        assertEquals(null, Evaluator.timeValue(Map.of("text", "x")));
        assertEquals(null, Evaluator.timeValue(""));
        assertEquals(null, Evaluator.timeValue(Map.of()));
    }

    private static Map<String, Object> ev(Object start, Object end, Object text) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (start != null) m.put("start", start instanceof Integer i ? BigInteger.valueOf(i) : start);
        if (end != null) m.put("end", end instanceof Integer i ? BigInteger.valueOf(i) : end);
        if (text != null) m.put("text", text);
        return m;
    }

    @Test
    void evidenceOffsetsAreUtf16AndSliceLikePython() {
        String t = "ab\uD83D\uDE00cd"; // a, b, one emoji (two UTF-16 units), c, d
        assertTrue(Evaluator.evidenceOk(t, ev(2, 4, "\uD83D\uDE00")));
        assertTrue(Evaluator.evidenceOk(t, ev(0, 2, null)), "no text: only the offsets are checked");
        assertFalse(Evaluator.evidenceOk(t, ev(2, 3, null)), "cuts a surrogate pair");
        assertFalse(Evaluator.evidenceOk(t, ev(3, 5, null)), "starts inside a surrogate pair");
        assertFalse(Evaluator.evidenceOk(t, ev(0, 2, "ax")));
        assertTrue(Evaluator.evidenceOk(t, ev(4, 999, "cd")), "end clamps to the length");
        assertTrue(Evaluator.evidenceOk(t, ev(100, 200, "")), "both clamp: empty");
        assertTrue(Evaluator.evidenceOk(t, ev(-2, 999, "cd")), "negative counts from the end");
        assertTrue(Evaluator.evidenceOk(t, ev(-99, 1, "a")), "too negative clamps to 0");
        assertTrue(Evaluator.evidenceOk(t, ev(3, 1, "")), "end before start: empty");
        assertTrue(Evaluator.evidenceOk(t, ev(true, 2, "b")), "a bool is an int in Python");
        assertTrue(Evaluator.evidenceOk(t, ev(new BigInteger("100000000000000000000"), 1, "")));
        assertFalse(Evaluator.evidenceOk(t, ev(1.0, 2, "b")), "a float is not a slice index");
        assertFalse(Evaluator.evidenceOk(t, ev(0, null, null)), "no end");
        assertFalse(Evaluator.evidenceOk(t, ev(null, 2, null)), "no start");
        Map<String, Object> nullText = ev(0, 2, null);
        nullText.put("text", null);
        assertFalse(Evaluator.evidenceOk(t, nullText), "text null is not the fragment");
        assertFalse(Evaluator.evidenceOk(t, "start"));
        assertFalse(Evaluator.evidenceOk(t, List.of(0, 2)));
        assertFalse(Evaluator.evidenceOk(t, null));
    }

    @Test
    void floatsPrintAsPythonPrintsThem() {
        assertEquals("0.3333333333333333", EvalPy.floatRepr(1.0 / 3));
        assertEquals("0.6666666666666666", EvalPy.floatRepr(2.0 / 3));
        assertEquals("1e-05", EvalPy.floatRepr(1e-05));
        assertEquals("1e+16", EvalPy.floatRepr(1e16));
        assertEquals("1000000000000000.0", EvalPy.floatRepr(1e15));
        assertEquals("9.999000099990002e-05", EvalPy.floatRepr(1.0 / 10001));
        assertEquals("0.1", EvalPy.floatRepr(0.1));
        assertEquals("1.0", EvalPy.floatRepr(1.0));
        assertEquals("0.0", EvalPy.floatRepr(0.0));
        // %.2f rounds the exact binary value half to even, unlike java.util.Formatter
        assertEquals("0.12", EvalPy.format2f(0.125));
        assertEquals("0.38", EvalPy.format2f(0.375));
        assertEquals("0.28", EvalPy.format2f(0.285));
        assertEquals("0.67", EvalPy.format2f(2.0 / 3));
        assertEquals("1.00", EvalPy.format2f(1.0));
        assertEquals("0.01", EvalPy.format2f(0.005));
        assertEquals("0.01", EvalPy.format2f(0.015));
    }

    @Test
    void jsonDumpsEscapesAsPythonDoes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", List.of("\"x\"\n\t\\ \u0001 عربي"));
        m.put("b", null);
        m.put("c", List.of());
        assertEquals("{\"a\": [\"\\\"x\\\"\\n\\t\\\\ \\u0001 عربي\"], \"b\": null, \"c\": []}", EvalPy.dumps(m));
        assertEquals("{\n \"a\": [\n  \"\\\"x\\\"\\n\\t\\\\ \\u0001 عربي\"\n ],\n \"b\": null,\n \"c\": []\n}", EvalPy.dumps(m, 1));
    }

    @Test
    void documentIdIsTheBasenameWithoutExtension() {
        assertEquals("d1", Evaluator.stem("texts/d1.txt"));
        assertEquals("d1", Evaluator.stem("d1"));
        assertEquals("a.b", Evaluator.stem("a.b.c"));
        assertEquals(".hidden", Evaluator.stem(".hidden"));
        assertEquals("..x", Evaluator.stem("..x"));
        assertEquals("..x", Evaluator.stem("..x.y"));
        assertEquals("x", Evaluator.stem("x."));
        assertEquals("", Evaluator.stem("dir/"));
    }

    @Test
    void pythonStringHelpers() {
        assertEquals(List.of("a", "", "b", "c", "d"), EvalPy.splitLines("a\n\nb\r\nc\u2028d"));
        assertEquals("a\nb\nc", EvalPy.universalNewlines("a\r\nb\rc"));
        assertEquals("None", EvalPy.str(null));
        assertEquals("12", EvalPy.str(BigInteger.valueOf(12)));
        assertEquals("True", EvalPy.str(true));
        assertEquals("['a', 1]", EvalPy.str(List.of("a", BigInteger.ONE)));
        assertEquals(List.of("ع", "\uD83D\uDE00"), EvalPy.iter("ع\uD83D\uDE00", EvalPy.Src.OUTPUT));
        assertThrows(EvalPy.PyError.class, () -> EvalPy.iter(BigInteger.ONE, EvalPy.Src.OUTPUT));
        assertTrue(EvalPy.eq(BigInteger.ONE, 1.0));
        assertTrue(EvalPy.eq(true, BigInteger.ONE));
        assertFalse(EvalPy.eq("1", BigInteger.ONE));
    }
}
