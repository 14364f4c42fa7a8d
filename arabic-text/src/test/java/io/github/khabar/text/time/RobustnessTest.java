package io.github.khabar.text.time;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Any string is accepted; offsets are exact; the scan is linear; instances are shareable. */
class RobustnessTest {
    static final ArabicTimeRecognizer R = ArabicTimeRecognizer.create();

    static void check(String s, LocalDate ref) {
        List<TimeMention> ms = assertDoesNotThrow(() -> R.find(s, ref));
        int last = 0;
        for (TimeMention m : ms) {
            assertTrue(m.start() >= last, "overlap or disorder");
            assertEquals(s.substring(m.start(), m.end()), m.text());
            last = m.end();
        }
        assertDoesNotThrow(() -> PublicationDates.infer(s));
    }

    @Test
    void oddInputs() {
        String[] odd = {"", " ", "\n\n", "\uD800", "\uDC00abc\uD800", "هـ", "ـ", "١٤٣٦هـ", "/", "24/", "24/2/", "2025-",
            "الساعة", "الساعة 99:99", "99/99/9999", "0/0/0000", "31 شباط 2025", "30 صفر 1446", "الحادي", "اليوم،",
            "من إلى", "بين و", "\u0000\u0001\u0002", "يوم يوم يوم", "قبل 999999999999 أيام", "٠٠/٠٠/٠٠٠٠",
            "\uFEFFاليوم", "اليوم\u200Fالاثنين", "أغسطس (آب", "شباط/", "ذو", "ذي الحجة ١٤٤٥ هـ الموافق"};
        for (String s : odd) {
            check(s, null);
            check(s, LocalDate.of(2025, 2, 26));
            check(s, LocalDate.MIN);
            check(s, LocalDate.MAX);
        }
        assertTrue(R.find(null, null).isEmpty());
        assertTrue(PublicationDates.infer(null).isEmpty());
    }

    @Test
    void randomStrings() {
        Random rnd = new Random(42);
        String alphabet = "اليومأمسالاثنينشباط٢٤/-:() ،هـم1234567890\n\uD800\uDC00ـًٌَُ";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            int len = rnd.nextInt(60);
            for (int i = 0; i < len; i++) {
                b.append(rnd.nextInt(10) == 0 ? (char) rnd.nextInt(0x10000) : alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            check(b.toString(), rnd.nextBoolean() ? null : LocalDate.of(2025, 2, 26));
        }
    }

    @Test
    void invalidDatesAreNotValued() {
        assertTrue(R.find("في 31 شباط 2025", null).stream().noneMatch(m -> m.value().startsWith("2025-02-31")));
        assertTrue(R.find("في 30/2/2025", null).isEmpty());
    }

    /** The same adversarial pattern at 10 KB and 1 MB: rule attempts grow in proportion. */
    @Test
    void linearTime() {
        String unit = "اليوم الاثنين 24 شباط الماضي من 5 إلى 7 مارس 19 / 10 / 1436هـ الموافق 4 / 8 / الساعة العاشرة والنصف الثاني والثالث من ";
        String small = repeat(unit, 10_000);
        String big = repeat(unit, 1_000_000);
        long a = R.scan(small, LocalDate.of(2025, 2, 26)).countOps();
        long b = R.scan(big, LocalDate.of(2025, 2, 26)).countOps();
        double ratio = (double) b / a;
        assertTrue(ratio > 80 && ratio < 125, "ops " + a + " → " + b + " ratio " + ratio);
        String digits = repeat("1/", 1_000_000);
        long c = R.scan(digits, null).countOps();
        long d = R.scan(repeat("1/", 10_000), null).countOps();
        assertTrue((double) c / d < 125, "digit ratio " + (double) c / d);
    }

    static String repeat(String unit, int chars) {
        StringBuilder b = new StringBuilder(chars + unit.length());
        while (b.length() < chars) {
            b.append(unit);
        }
        return b.substring(0, chars);
    }

    @Test
    void sharedAcrossThreads() throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> fs = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                fs.add(ex.submit(() -> R.find("وصل أمس الأربعاء في 24 شباط 2025", LocalDate.of(2025, 2, 13)).toString()));
            }
            String first = fs.get(0).get();
            for (Future<String> f : fs) {
                assertEquals(first, f.get());
            }
        } finally {
            ex.shutdown();
        }
    }
}
