package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.khabar.text.time.ArabicTimeRecognizer;
import io.github.khabar.text.time.PublicationDates;
import io.github.khabar.text.time.TimeDirection;
import io.github.khabar.text.time.TimeMention;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Jazzer fuzz targets for the text layer: the normaliser, the tokenizer and the date recogniser. Under
 * plain {@code mvn verify} each target replays its seed corpus ({@code src/test/resources/io/github/khabar/
 * text/ArabicTextFuzzTestInputs/<method>/}); with {@code JAZZER_FUZZ=1} it fuzzes (see docs/reliability.md).
 * Every target checks the offset contract, not only that nothing throws.
 */
class ArabicTextFuzzTest {
    private static final ArabicTimeRecognizer TIMES = ArabicTimeRecognizer.create();
    private static final LocalDate REFERENCE = LocalDate.of(2025, 2, 26);

    /**
     * The fuzzer's bytes as a String: UTF-8 (so seed files are plain text), or, when the first byte is
     * 0, raw UTF-16 code units (so unpaired surrogates and every control character are reachable).
     */
    static String text(byte[] data) {
        if (data.length > 0 && data[0] == 0) {
            StringBuilder b = new StringBuilder(data.length / 2);
            for (int i = 1; i + 1 < data.length; i += 2) {
                b.append((char) (((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF)));
            }
            return b.toString();
        }
        return new String(data, StandardCharsets.UTF_8);
    }

    @FuzzTest(maxDuration = "5m")
    void normalizer(byte[] data) {
        String s = text(data);
        for (ArabicNormalizer n : List.of(ArabicNormalizer.search(), ArabicNormalizer.display())) {
            NormalizedText t = n.normalize(s);
            assertEquals(s, t.original());
            assertEquals(t.text(), n.normalizeToString(s));
            int len = t.text().length();
            int prev = 0;
            for (int i = 0; i <= len; i++) {
                int o = t.toOriginal(i);
                assertTrue(o >= prev && o <= s.length(), "toOriginal monotone and in range at " + i);
                assertEquals(i, t.toNormalized(o), "left inverse at " + i);
                prev = o;
            }
            // any normalised range maps back to an original range that normalises to it
            int a = len == 0 ? 0 : Math.floorMod(s.hashCode(), len + 1);
            int b = a + (len - a) / 2;
            String back = s.substring(t.toOriginal(a), t.toOriginalEnd(b));
            assertEquals(t.text().substring(a, b), n.normalizeToString(back), "range " + a + ".." + b);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void tokenizer(byte[] data) {
        String s = text(data);
        List<Token> tokens = ArabicTokenizer.create().tokenize(s);
        int last = 0;
        for (Token tok : tokens) {
            assertTrue(tok.start() >= last && tok.end() > tok.start() && tok.end() <= s.length(), tok.toString());
            assertEquals(s.substring(tok.start(), tok.end()), tok.text());
            last = tok.end();
        }
        SentenceSplitter.create().split(s).forEach(r ->
                assertTrue(r.start() >= 0 && r.start() <= r.end() && r.end() <= s.length(), r.toString()));
        QuoteAnalysis q = QuoteFinder.create().find(s);
        for (Quote quote : q.quotes()) {
            assertTrue(quote.start() >= 0 && quote.end() <= s.length(), quote.toString());
        }
        Clitics.analyze(s);
        NameKey.of(s);
    }

    @FuzzTest(maxDuration = "5m")
    void timeRecognizer(byte[] data) {
        String s = text(data);
        LocalDate ref = (data.length & 1) == 0 ? REFERENCE : null;
        List<TimeMention> ms = TIMES.find(s, ref);
        int last = 0;
        for (TimeMention m : ms) {
            assertTrue(m.start() >= last && m.end() <= s.length(), "ordered, in range: " + m);
            assertEquals(s.substring(m.start(), m.end()), m.text());
            assertTrue(m.value() != null && !m.value().isEmpty(), m.toString());
            last = m.end();
        }
        // read in a direction: the same spans, only values may change
        TimeDirection dir = (data.length & 2) == 0 ? TimeDirection.FORWARD : TimeDirection.BACKWARD;
        List<TimeMention> leaned = TIMES.find(s, ref, dir);
        assertEquals(ms.size(), leaned.size(), "same mentions in a direction");
        for (int i = 0; i < ms.size(); i++) {
            assertEquals(ms.get(i).start(), leaned.get(i).start());
            assertEquals(ms.get(i).end(), leaned.get(i).end());
        }
        PublicationDates.infer(s).ifPresent(d ->
                assertTrue(d.start() >= 0 && d.start() <= d.end() && d.end() <= s.length(), d.toString()));
    }
}
