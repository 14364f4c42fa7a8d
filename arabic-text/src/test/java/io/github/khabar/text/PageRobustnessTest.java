package io.github.khabar.text;

import static io.github.khabar.text.PageCleanerTest.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd inputs: never throws, offsets always valid. */
class PageRobustnessTest {
    private final PageCleaner cleaner = PageCleaner.create();

    private PageContent check(String text) {
        PageContent pc = cleaner.clean(text);
        assertValid(text, pc);
        return pc;
    }

    @Test
    void emptyAndNull() {
        assertEquals(new PageContent(0, 0, List.of()), cleaner.clean(""));
        assertEquals(new PageContent(0, 0, List.of()), cleaner.clean(null));
    }

    @Test
    void whitespaceOnly() {
        PageContent pc = check(" \n\t\u00A0\r\n\u200F\u2028\u3000\r");
        assertTrue(pc.isEmpty());
        assertEquals(List.of(), pc.dropped());
    }

    @Test
    void oneMegabyteSingleLine() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 1_000_000) {
            b.append(PageCleanerTest.BODY1).append(' ');
        }
        String text = b.toString();
        PageContent pc = check(text);
        assertEquals(0, pc.start());
        assertEquals(text.length(), pc.end());
        assertEquals(List.of(), pc.dropped());
    }

    @Test
    void oneMegabyteOfBoilerplateLines() {
        StringBuilder b = new StringBuilder(PageCleanerTest.TITLE).append('\n');
        while (b.length() < 1_000_000) {
            b.append("شارك\nتويتر\n×\n");
        }
        PageContent pc = check(b.toString());
        assertEquals(0, pc.start());
        assertEquals(PageCleanerTest.TITLE.length(), pc.end());
    }

    @Test
    void binaryJunk() {
        Random r = new Random(42);
        byte[] bytes = new byte[200_000];
        r.nextBytes(bytes);
        check(new String(bytes, StandardCharsets.ISO_8859_1));
        check(new String(bytes, StandardCharsets.UTF_8));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            b.append((char) r.nextInt(0x10000)); // lone surrogates, controls, anything
        }
        check(b.toString());
    }

    @Test
    void binaryJunkLineBetweenProseIsDroppedProseKept() {
        String junk = new String(new byte[] {0, 1, 2, 3, (byte) 0xff, 5, 6, 7, 8, 9}, StandardCharsets.ISO_8859_1);
        String text = PageCleanerTest.TITLE + "\n" + junk + "\n" + PageCleanerTest.BODY1;
        PageContent pc = check(text);
        assertEquals(1, pc.dropped().size());
        assertEquals("NON_TEXT", pc.dropped().get(0).reason());
        assertEquals(text.length(), pc.end());
    }

    @Test
    void crlfAndOtherTerminators() {
        String text = PageCleanerTest.TITLE + "\r\n" + PageCleanerTest.BODY1 + "\r\nشارك\r\n"
                + PageCleanerTest.BODY2 + "\u2028تويتر\u2029واتساب\r\r\n";
        PageContent pc = check(text);
        assertEquals(3, pc.dropped().size());
        DroppedLine share = pc.dropped().get(0);
        assertEquals("شارك", text.substring(share.start(), share.end()));
        assertEquals("واتساب", text.substring(pc.dropped().get(2).start(), pc.dropped().get(2).end()));
        assertEquals(text.indexOf(PageCleanerTest.BODY2) + PageCleanerTest.BODY2.length(), pc.end());
    }

    @Test
    void randomMixturesKeepOffsetsValid() {
        String[] parts = {PageCleanerTest.TITLE, PageCleanerTest.BODY1, "شارك", "×", "\r\n", "\n", "\r", "\u2028",
            "", " ", "اقرأ أيضاً:", "19:05 ت م", "ع ع ع", "(أ ف ب)", "http://x.y/z", "\u0000", "\uD800", "a | b | c",
            "مقالات ذات صلة", "camera icon", "الحقول الإلزامية", "ـــــ", "\u064B\u0651", "© ", "....."};
        Random r = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(30);
            for (int i = 0; i < n; i++) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            check(b.toString());
        }
    }

    @Test
    void customCharSequence() {
        StringBuilder b = new StringBuilder(PageCleanerTest.TITLE).append("\nشارك");
        PageContent pc = cleaner.clean(b);
        assertEquals(1, pc.dropped().size());
    }
}
