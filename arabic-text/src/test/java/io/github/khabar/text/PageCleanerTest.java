package io.github.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole pages: header nav, title, body, share bar, related links, comment prompt, footer. Also holds shared helpers. */
class PageCleanerTest {

    static final String TITLE = "الحكومة تقر خطة جديدة لدعم المزارعين في المناطق الشمالية";
    static final String BODY1 = "وقالت وزارة الزراعة في بيان إن الخطة تشمل قروضا ميسرة وبذورا محسنة للموسم المقبل.";
    static final String BODY2 = "وأوضح الوزير أن التمويل سيصرف على ثلاث دفعات تبدأ مطلع الشهر القادم، بحسب البيان.";

    static boolean isTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** Every dropped line is a whole line of {@code text}; ranges in order, disjoint; the span is valid. */
    static void assertValid(String text, PageContent pc) {
        int n = text.length();
        assertTrue(pc.start() >= 0 && pc.start() <= pc.end() && pc.end() <= n, () -> "span " + pc);
        int last = -1;
        for (DroppedLine d : pc.dropped()) {
            final int previousEnd = last;
            assertTrue(d.start() >= 0 && d.start() <= d.end() && d.end() <= n, () -> "range " + d);
            assertTrue(d.start() > previousEnd, () -> "order " + d);
            last = d.end();
            assertTrue(d.start() == 0 || isTerminator(text.charAt(d.start() - 1)), () -> "line start " + d);
            assertTrue(d.end() == n || isTerminator(text.charAt(d.end())), () -> "line end " + d);
            String line = text.substring(d.start(), d.end());
            for (int i = 0; i < line.length(); i++) {
                assertFalse(isTerminator(line.charAt(i)), () -> "terminator inside " + d);
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

    // ------------------------------------------------------------------ pages

    private final PageCleaner cleaner = PageCleaner.create();

    private static String page(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    void mixedPageKeepsTitleAndBodyAndDropsChrome() {
        String text = page(
                "الرئيسية",
                "أخبار",
                "اقتصاد",
                "اتصل بنا",
                "",
                TITLE,
                "بقلم: ليلى الحسن",
                "11 مارس 2024",
                BODY1,
                "شارك: فيسبوك | تويتر | واتساب",
                "دعم القطاع الزراعي",
                BODY2,
                "",
                "مشاركة",
                "مقالات ذات صلة",
                "ارتفاع أسعار الأسمدة في الأسواق",
                "افتتاح سوق جديد للمنتجات الريفية",
                "اترك تعليقاً",
                "الاسم *",
                "البريد الإلكتروني *",
                "© 2024 جميع الحقوق محفوظة لشبكة الأفق");
        PageContent pc = cleaner.clean(text);
        assertValid(text, pc);
        assertEquals(text.indexOf(TITLE), pc.start());
        assertEquals(text.indexOf(BODY2) + BODY2.length(), pc.end());
        Map<String, String> d = dropped(cleaner, text);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("الرئيسية", "UI_PHRASE");
        expected.put("أخبار", "NAV");
        expected.put("اقتصاد", "NAV");
        expected.put("اتصل بنا", "UI_PHRASE");
        expected.put("بقلم: ليلى الحسن", "BYLINE");
        expected.put("شارك: فيسبوك | تويتر | واتساب", "SHARE_BUTTONS");
        expected.put("مشاركة", "SHARE_BUTTONS");
        expected.put("مقالات ذات صلة", "RELATED");
        expected.put("ارتفاع أسعار الأسمدة في الأسواق", "RELATED");
        expected.put("افتتاح سوق جديد للمنتجات الريفية", "RELATED");
        expected.put("اترك تعليقاً", "COMMENT_PROMPT");
        expected.put("الاسم *", "COMMENT_PROMPT");
        expected.put("البريد الإلكتروني *", "COMMENT_PROMPT");
        expected.put("© 2024 جميع الحقوق محفوظة لشبكة الأفق", "COPYRIGHT");
        assertEquals(expected, d);
    }

    @Test
    void shortProseAndSubheadingsInsideTheBodyAreKept() {
        String text = page(TITLE, BODY1, "مخاوف المزارعين", "وقال: سننتظر.", "الوزير يزور الحقول غدا", BODY2);
        PageContent pc = cleaner.clean(text);
        assertEquals(List.of(), pc.dropped());
        assertEquals(0, pc.start());
        assertEquals(text.length(), pc.end());
    }

    @Test
    void boilerplateInTheMiddleIsInsideTheSpanAndListed() {
        String text = page(TITLE, BODY1, "اقرأ أيضا: أسعار القمح تسجل ارتفاعا جديدا", BODY2);
        PageContent pc = cleaner.clean(text);
        assertEquals(0, pc.start());
        assertEquals(text.length(), pc.end());
        assertEquals(1, pc.dropped().size());
        assertEquals("RELATED", pc.dropped().get(0).reason());
    }

    @Test
    void popupBannerAtTheTailIsDroppedAsABlock() {
        String text = page(TITLE, BODY1, BODY2, "", "✕", "الصحافة الجيدة تحتاج إلى قرائها",
                "ادعم الصحافة المستقلة", "بضعة دنانير تكفي", "تبرع الآن");
        Map<String, String> d = dropped(cleaner, text);
        assertEquals(List.of("✕", "الصحافة الجيدة تحتاج إلى قرائها", "ادعم الصحافة المستقلة", "بضعة دنانير تكفي",
                "تبرع الآن"), List.copyOf(d.keySet()));
        assertEquals("DONATION", d.get("بضعة دنانير تكفي"));
        assertEquals(text.indexOf(BODY2) + BODY2.length(), cleaner.clean(text).end());
    }

    @Test
    void shortLinesAboveTheTrailingBlockAreKept() {
        String text = page(TITLE, BODY1, "الوزير يصل غدا", "(رويترز)", "شارك", "تويتر");
        Map<String, String> d = dropped(cleaner, text);
        assertEquals(List.of("(رويترز)", "شارك", "تويتر"), List.copyOf(d.keySet()));
    }

    @Test
    void reportedSpeechInTheTailIsNeverEatenByTheBlockRule() {
        String text = page(TITLE, BODY1, "شارك", "وقال الوزير: نحن مستعدون", "تويتر", "واتساب");
        Map<String, String> d = dropped(cleaner, text);
        assertFalse(d.containsKey("وقال الوزير: نحن مستعدون"));
    }

    @Test
    void wireAgencyTrailer() {
        String text = page("اقتصادي / الأردن يوقع اتفاقية للطاقة", "", "عمّان 3 رمضان 1445 هـ الموافق 13 مارس 2024 م بترا",
                " " + BODY1, " -- انتهى --", " 14:20 ت غ");
        Map<String, String> d = dropped(cleaner, text);
        assertEquals(Map.of(" -- انتهى --", "END_MARKER", " 14:20 ت غ", "TIMESTAMP"), d);
    }

    @Test
    void userPhrasesExtendTheBundledList() {
        String line = "برعاية شركة المثال للاتصالات";
        String text = page(TITLE, BODY1, line, BODY2);
        assertEquals(Map.of(), dropped(cleaner, text));
        PageCleaner custom = PageCleaner.withPhrases(List.of("# sponsors", "", "SPONSORED برعاية ...", "إعلان ممول"));
        assertEquals(Map.of(line, "SPONSORED"), dropped(custom, text));
        assertEquals(Map.of("إعلان ممول", "UI_PHRASE"), dropped(custom, page(TITLE, BODY1, "إعلان ممول", BODY2)));
        assertEquals(Map.of("شارك", "SHARE_BUTTONS"), dropped(custom, page(TITLE, BODY1, "شارك", BODY2)));
    }
}
