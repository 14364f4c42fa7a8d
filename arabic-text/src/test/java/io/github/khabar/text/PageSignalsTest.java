package io.github.khabar.text;

import static io.github.khabar.text.PageCleanerTest.reasonInMiddle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One signal per case: the line, placed inside an article, and the reason it is dropped with. */
class PageSignalsTest {
    private final PageCleaner cleaner = PageCleaner.create();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ↑ العودة إلى الأعلى                                      | UI_PHRASE
            الذهاب إلى الأعلى ▲                                      | UI_PHRASE
            مشاركة: فيسبوك  تويتر  واتساب                            | SHARE_BUTTONS
            تابعونا على تيليجرام                                     | SUBSCRIBE
            اشترك في النشرة الأسبوعية لتصلك آخر الأخبار              | SUBSCRIBE
            (وكالة الأنباء الأردنية)                                 | IMAGE_CREDIT
            تصوير: سامر خليل                                        | IMAGE_CREDIT
            بقلم: ليلى الحسن                                        | BYLINE
            الوسوم: الزراعة، المياه، الشمال                          | TAGS
            كلمات مفتاحية القمح الري                                 | TAGS
            تبرّع الآن                                                | DONATION
            ادعم الصحافة المستقلة                                    | DONATION
            اقرأ أيضاً: ارتفاع أسعار القمح في الأسواق المحلية        | RELATED
            أخبار ذات صلة                                            | RELATED
            أضف تعليقك                                               | COMMENT_PROMPT
            © 2024 جميع الحقوق محفوظة لشبكة الأفق الإخبارية          | COPYRIGHT
            -- انتهى --                                              | END_MARKER
            الرابط المختصر: https://t.example/a1b2                    | LINK_LINE
            https://example.org/news/2024/03/farmers                 | LINK_LINE
            المصدر: وكالات                                           | LINK_LINE
            الرئيسية » أخبار محلية » زراعة                           | NAV
            08:45 ص                                                  | TIMESTAMP
            2024/03/11                                               | TIMESTAMP
            ✕                                                        | SYMBOLS
            * * *                                                    | SYMBOLS
            ق ق ق ق                                                  | REPEATED_TOKENS
            Loading                                                  | SHORT_NON_SENTENCE
            """)
    void dropsBoilerplateLine(String line, String reason) {
        assertEquals(reason, reasonInMiddle(cleaner, line.strip()), line);
    }

    @ParameterizedTest(name = "kept: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقال الوزير: لن نتراجع.
            الرئيس يستقبل السفير
            أزمة المياه
            شارك الوزير في افتتاح المعرض الزراعي
            تبرع رجل أعمال بمليون دينار للمستشفى
            المصدر أكد أن الاجتماع سيعقد غدا
            أدعم هذا القرار بقوة، قال النائب
            المزيد من الأمطار متوقع غدا في الشمال
            عاجل: الحكومة تعلن حالة الطوارئ في الشمال
            (وقال الوزير إن الخطة ستنفذ)
            """)
    void keepsShortProse(String line) {
        assertNull(reasonInMiddle(cleaner, line.strip()), line);
    }

    @Test
    void dropsCaptionRepeatedWithIconPrefix() {
        String caption = "المزارعون يحصدون القمح في سهل حوران";
        String text = PageCleanerTest.TITLE + "\n" + caption + "\nphoto icon" + caption + "\n" + PageCleanerTest.BODY1;
        Map<String, String> d = PageCleanerTest.dropped(cleaner, text);
        assertEquals(Map.of("photo icon" + caption, "DUPLICATE"), d);
    }

    @Test
    void dropsBinaryJunkLine() {
        String junk = "\u0001\u0002\u0003ab\u0004\uFFFD\uFFFD";
        assertEquals("NON_TEXT", reasonInMiddle(cleaner, junk));
    }

    @Test
    void dropsLatinCodeLine() {
        String css = "{display:none;} .x{color:#fff;} @media(max-width:600px){.y{margin:0 auto;}} //]]>";
        assertEquals("NON_TEXT", reasonInMiddle(cleaner, css));
    }

    @Test
    void titleIsKeptEvenWhenItLooksLikeANonSentence() {
        String text = "BREAKING\n" + PageCleanerTest.BODY1;
        PageContent pc = cleaner.clean(text);
        assertEquals(0, pc.start());
        assertEquals(Map.of(), PageCleanerTest.dropped(cleaner, text));
    }
}
