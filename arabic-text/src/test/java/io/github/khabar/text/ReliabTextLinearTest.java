package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The normaliser, tokenizer, sentence splitter and quote finder on adversarial inputs of the same shape at
 * 10 KB and 1 MB, compared in one run by this thread's CPU time per character: the 1 MB input may cost at
 * most {@link #MAX_GROWTH} times as much per character (quadratic work would give about 100). The date
 * recogniser and the page cleaner count their own operations (time.RobustnessTest, PageLinearTimeTest).
 */
class ReliabTextLinearTest {
    static final int SMALL = 10_000;
    static final int LARGE = 1_000_000;
    static final double MAX_GROWTH = 4.0;

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
    }

    static long threadCpuNanos() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            return (long) Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime")
                    .invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String repeat(String unit, int chars) {
        StringBuilder b = new StringBuilder(chars + unit.length());
        while (b.length() < chars) {
            b.append(unit);
        }
        b.setLength(chars);
        return b.toString();
    }

    private static long cpu(Consumer<String> work, String s) {
        long t0 = threadCpuNanos();
        work.accept(s);
        return threadCpuNanos() - t0;
    }

    @Test
    void textLayerWorkGrowsLinearly() {
        Map<String, Consumer<String>> steps = new LinkedHashMap<>();
        steps.put("normalizer", s -> ArabicNormalizer.search().normalize(s));
        steps.put("tokenizer", s -> ArabicTokenizer.create().tokenize(s));
        steps.put("sentences", s -> SentenceSplitter.create().split(s));
        steps.put("quotes", s -> QuoteFinder.create().find(s));
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, String> shape : SHAPES.entrySet()) {
            String small = repeat(shape.getValue(), SMALL);
            String large = repeat(shape.getValue(), LARGE);
            for (Map.Entry<String, Consumer<String>> step : steps.entrySet()) {
                for (int i = 0; i < 10; i++) cpu(step.getValue(), small);
                long s = Long.MAX_VALUE;
                for (int i = 0; i < 10; i++) s = Math.min(s, cpu(step.getValue(), small));
                long l = Math.min(cpu(step.getValue(), large), cpu(step.getValue(), large));
                // below 0.2 ms the 10 KB figure is timer noise: compare against at least that
                double growth = ((double) l / LARGE) / ((double) Math.max(s, 200_000) / SMALL);
                String line = String.format("%-16s %-11s growth %.2f%n", shape.getKey(), step.getKey(), growth);
                report.append(line);
                if (growth > MAX_GROWTH) failures.add(line.strip());
            }
        }
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }
}
