package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

/** Shared helpers for the page clean-up tests. */
final class PageTesting {
    private PageTesting() {}

    static final String TITLE = "الحكومة تقر خطة جديدة لدعم المزارعين في المناطق الشمالية";
    static final String BODY1 = "وقالت وزارة الزراعة في بيان إن الخطة تشمل قروضا ميسرة وبذورا محسنة للموسم المقبل.";
    static final String BODY2 = "وأوضح الوزير أن التمويل سيصرف على ثلاث دفعات تبدأ مطلع الشهر القادم، بحسب البيان.";

    static boolean isTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** Every dropped line is a whole line of {@code text}; ranges in order, disjoint; the span is valid. */
    static void assertValid(String text, PageContent pc) {
        int n = text.length();
        assertTrue(pc.start() >= 0 && pc.start() <= pc.end() && pc.end() <= n, "span " + pc);
        int last = -1;
        for (DroppedLine d : pc.dropped()) {
            assertTrue(d.start() >= 0 && d.start() <= d.end() && d.end() <= n, "range " + d);
            assertTrue(d.start() > last, "order " + d);
            last = d.end();
            assertTrue(d.start() == 0 || isTerminator(text.charAt(d.start() - 1)), "line start " + d);
            assertTrue(d.end() == n || isTerminator(text.charAt(d.end())), "line end " + d);
            String line = text.substring(d.start(), d.end());
            for (int i = 0; i < line.length(); i++) {
                assertFalse(isTerminator(line.charAt(i)), "terminator inside " + d);
            }
            assertFalse(d.reason().isEmpty());
        }
    }

    /** Dropped lines of {@code text} as line text → reason, after checking validity. */
    static Map<String, String> dropped(PageCleaner cleaner, String text) {
        PageContent pc = cleaner.clean(text);
        assertValid(text, pc);
        Map<String, String> out = new LinkedHashMap<>();
        for (DroppedLine d : pc.dropped()) {
            out.put(text.substring(d.start(), d.end()), d.reason());
        }
        return out;
    }

    /** The reason {@code line} is dropped with when it sits in the middle of an article; null when kept. */
    static String reasonInMiddle(PageCleaner cleaner, String line) {
        String text = TITLE + "\n" + BODY1 + "\n" + line + "\n" + BODY2 + "\n";
        PageContent pc = cleaner.clean(text);
        assertValid(text, pc);
        int at = TITLE.length() + 1 + BODY1.length() + 1;
        assertEquals(0, pc.start(), "title starts the span");
        assertEquals(text.length() - 1, pc.end(), "last body line ends the span");
        for (DroppedLine d : pc.dropped()) {
            if (d.start() == at) {
                assertEquals(line, text.substring(d.start(), d.end()));
                return d.reason();
            }
            assertTrue(false, "unexpected drop " + text.substring(d.start(), d.end()));
        }
        return null;
    }
}
