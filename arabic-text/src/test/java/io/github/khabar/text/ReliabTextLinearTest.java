package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The normaliser, tokenizer, sentence splitter and quote finder on adversarial inputs of the same shape at
 * 10 KB and 1 MB, compared by counting, not by clock: each scanner adds its loop iterations to a
 * {@link TextWork} counter, so the same input always gives the same count and a loaded machine cannot turn
 * this test red. The 1 MB input may take at most {@link #MAX_GROWTH} times as many steps per character as
 * the 10 KB one (a re-scan per character would give about 100). The date recogniser and the page cleaner
 * count their own operations (time.RobustnessTest, PageLinearTimeTest). Timings are for JMH (benchmarks/).
 */
class ReliabTextLinearTest {
    static final int SMALL = 10_000;
    static final int LARGE = 1_000_000;
    static final double MAX_GROWTH = 1.5;
    /** Steps per character no linear scanner here needs more than: a bound on the constant, too. */
    static final double MAX_STEPS_PER_CHAR = 12;

    static final Map<String, String> SHAPES = new LinkedHashMap<>();
    static {
        SHAPES.put("quote marks", "\"");
        SHAPES.put("mixed quotes", "«\"“”»'");
        SHAPES.put("bidi controls", "\u200F\u202E\u2066");
        SHAPES.put("diacritics", "\u064E\u0651ب");
        SHAPES.put("tatweel", "ـ");
        SHAPES.put("abbreviations", "د. ");
        SHAPES.put("digit separators", "1/");
        SHAPES.put("lone surrogates", "\uD800a");
        SHAPES.put("one long word", "بب");
        SHAPES.put("prose", "قال الوزير إن «المباحثات كانت بناءة». ");
        SHAPES.put("terminators in a quote", "«قال... نعم!!! لا؟؟ ");
        SHAPES.put("spaces", " \n ");
    }

    static String repeat(String unit, int chars) {
        StringBuilder b = new StringBuilder(chars + unit.length());
        while (b.length() < chars) {
            b.append(unit);
        }
        b.setLength(chars);
        return b.toString();
    }

    private static double stepsPerChar(BiConsumer<String, TextWork> step, String s) {
        TextWork work = new TextWork();
        step.accept(s, work);
        return (double) work.steps() / s.length();
    }

    @Test
    void textLayerWorkGrowsLinearly() {
        Map<String, BiConsumer<String, TextWork>> steps = new LinkedHashMap<>();
        steps.put("normalizer", (s, w) -> ArabicNormalizer.search().normalize(s, w));
        steps.put("tokenizer", (s, w) -> ArabicTokenizer.create().tokenize(s, w));
        steps.put("sentences", (s, w) -> SentenceSplitter.create().split(s, w));
        steps.put("quotes", (s, w) -> QuoteFinder.create().find(s, w));
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, String> shape : SHAPES.entrySet()) {
            String small = repeat(shape.getValue(), SMALL);
            String large = repeat(shape.getValue(), LARGE);
            for (Map.Entry<String, BiConsumer<String, TextWork>> step : steps.entrySet()) {
                double s = stepsPerChar(step.getValue(), small);
                double l = stepsPerChar(step.getValue(), large);
                String line = String.format("%-22s %-11s %6.2f steps/char at 10 KB, %6.2f at 1 MB%n",
                        shape.getKey(), step.getKey(), s, l);
                System.err.print(line);
                report.append(line);
                if (s <= 0 || l > s * MAX_GROWTH || l > MAX_STEPS_PER_CHAR) failures.add(line.strip());
            }
        }
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /** The same input always gives the same count: nothing here depends on the machine or the clock. */
    @Test
    void theCountIsAFunctionOfTheInputAlone() {
        String large = repeat("«قال... نعم ", LARGE / 10);
        TextWork once = new TextWork();
        SentenceSplitter.create().split(large, once);
        TextWork twice = new TextWork();
        SentenceSplitter.create().split(large, twice);
        SentenceSplitter.create().split(large, twice);
        assertTrue(once.steps() > 0 && twice.steps() == 2 * once.steps(), once.steps() + " then " + twice.steps());
    }
}
