package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Linear time by counting, not by clock: the cleaner's own work counter ({@link TextWork}, characters and
 * tokens visited) on 10 KB and 1 MB inputs of the same shape grows with the input, not faster.
 */
class PageLinearTimeTest {
    private static final int SMALL = 10_000;
    private static final int LARGE = 1_000_000;

    private static String repeat(int size, IntFunction<String> piece) {
        StringBuilder b = new StringBuilder(size + 200);
        for (int i = 0; b.length() < size; i++) {
            b.append(piece.apply(i));
        }
        b.setLength(size);
        return b.toString();
    }

    private static double perChar(PageCleaner cleaner, String text) {
        TextWork work = new TextWork();
        cleaner.clean(text, work);
        return (double) work.steps() / text.length();
    }

    private static void assertLinear(String name, IntFunction<String> piece) {
        PageCleaner cleaner = PageCleaner.create();
        double small = perChar(cleaner, repeat(SMALL, piece));
        double large = perChar(cleaner, repeat(LARGE, piece));
        // work per character stays bounded and does not grow with size (100x more input)
        assertTrue(large <= small * 1.5 + 1, name + ": " + small + " vs " + large + " steps/char");
        assertTrue(large <= 20, name + ": " + large + " steps/char");
    }

    @Test
    void singleLongLine() {
        assertLinear("one line", i -> PageCleanerTest.BODY1 + " ");
    }

    @Test
    void normalPages() {
        assertLinear("pages", i -> PageCleanerTest.TITLE + "\n" + PageCleanerTest.BODY1 + "\nشارك\nتويتر\n"
                + PageCleanerTest.BODY2 + "\n\n");
    }

    @Test
    void boilerplateOnlyLines() {
        assertLinear("chrome", i -> "مقالات ذات صلة\nاترك تعليقاً\n×\nالرئيسية » أخبار » محليات\n19:05 ت م\n");
    }

    @Test
    void manyShortTokensAndPhraseStarts() {
        assertLinear("tokens", i -> "ع ع ع شارك شارك اقرأ أيضا الحقول ");
    }

    @Test
    void duplicateLines() {
        assertLinear("duplicates", i -> "icon صورة الوزير خلال زيارته الحقول الزراعية\n");
    }

    @Test
    void relatedHeadersFollowedByHeadlines() {
        assertLinear("related", i -> i % 20 == 0 ? "أخبار ذات صلة\n" : "عنوان خبر قصير رقم " + i + "\n");
    }

    @Test
    void randomText() {
        Random r = new Random(3);
        String alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي  \n.،:|»×";
        assertLinear("random", i -> String.valueOf(alphabet.charAt(r.nextInt(alphabet.length()))));
    }
}
