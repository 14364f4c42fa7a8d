package io.github.khabar.text.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A prepared text ({@link ArabicTimeRecognizer#prepare}) shares one tokenisation between publication-date
 * inference and {@link TimeText#find}: its answers must be those of the calls on the plain text, in the
 * order the pipeline asks them (inference first, then find with the inferred date, or none).
 */
class TimeTextTest {
    static final ArabicTimeRecognizer R = ArabicTimeRecognizer.create();
    static final LocalDate REF = LocalDate.of(2025, 2, 26);

    static void same(String s) {
        TimeText p = R.prepare(s);
        assertEquals(PublicationDates.infer(s), PublicationDates.inferPrepared(p), s);
        assertEquals(R.find(s, null), p.find(null), s);
        assertEquals(R.find(s, REF), p.find(REF), s);
        // asked again after another reference: the answer of that reference, not a stale one
        assertEquals(R.find(s, null), p.find(null), s);
        assertEquals(R.find(s, LocalDate.of(2024, 12, 31)), p.find(LocalDate.of(2024, 12, 31)), s);
    }

    @Test
    void datesWithCliticsAndRelativeWords() {
        String s = "الرياض - الاثنين 24 فبراير 2025: وصل الوزير أمس، وفي الخامس من مارس المقبل يزور القاهرة"
                + " بعد اجتماع الأحد الماضي، وللمرة الثانية منذ 1445 هـ.";
        same(s);
        List<TimeMention> ms = R.prepare(s).find(REF);
        assertTrue(ms.size() >= 4, ms.toString()); // the dateline, أمس, the fifth of March, last Sunday
        assertEquals(s.substring(ms.get(0).start(), ms.get(0).end()), ms.get(0).text());
    }

    @Test
    void randomStrings() {
        Random rnd = new Random(7);
        String alphabet = "اليومأمسالاثنينشباط٢٤/-:() ،هـم1234567890\nوبلكف\uD800ـًٌَُ";
        for (int n = 0; n < 1000; n++) {
            StringBuilder b = new StringBuilder();
            int len = rnd.nextInt(80);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            same(b.toString());
        }
        same("");
    }

    @Test
    void sharedArticles() throws IOException {
        Path dir = SharedCorpusTest.shared().resolve("dev/texts");
        assumeTrue(Files.isDirectory(dir), "no ../shared/dev/texts");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                same(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
    }
}
