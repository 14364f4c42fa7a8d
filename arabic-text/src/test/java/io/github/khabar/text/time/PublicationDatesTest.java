package io.github.khabar.text.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

    @Test
    void hijriGregorianDateline() {
        String text = "عنوان الخبر\n\nالرياض 3 رمضان 1446هـ الموافق 3 مارس 2025م واس\nاستقبل الأمير وفدا.";
        InferredDate d = PublicationDates.infer(text).orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 3), d.date());
        assertEquals("dateline", d.cue());
        assertEquals(0.95, d.confidence(), 1e-9);
        assertTrue(text.substring(d.start(), d.end()).startsWith("3 رمضان"));
    }

    @Test
    void gregorianDateline() {
        String text = "بيروت، 12 أيلول 2024 (وكالة)\nقال الوزير إن المفاوضات مستمرة.";
        InferredDate d = PublicationDates.infer(text).orElseThrow();
        assertEquals(LocalDate.of(2024, 9, 12), d.date());
        assertEquals("dateline", d.cue());
    }

    @Test
    void todayWithFullDate() {
        String text = "قال المتحدث في مؤتمر صحفي عقده في العاصمة اليوم الاثنين 24 شباط 2025 إن الجولة انتهت.";
        InferredDate d = PublicationDates.infer(text).orElseThrow();
        assertEquals(LocalDate.of(2025, 2, 24), d.date());
        assertEquals("today", d.cue());
    }

    @Test
    void todayWithYearElsewhere() {
        String text = "وصل الوزير اليوم 31 من تموز إلى العاصمة.\nصورة: الوزير في المطار 31 من تموز 2025";
        InferredDate d = PublicationDates.infer(text).orElseThrow();
        assertEquals(LocalDate.of(2025, 7, 31), d.date());
        assertEquals("today+year", d.cue());
        assertTrue(d.confidence() < 0.9);
    }

    @Test
    void neverInvents() {
        assertEquals(Optional.empty(), PublicationDates.infer("وصل الوزير اليوم الإثنين إلى أنقرة."));
        assertEquals(Optional.empty(), PublicationDates.infer("وصل الوزير أمس إلى أنقرة."));
        assertEquals(Optional.empty(), PublicationDates.infer("وصل الوزير اليوم 31 من تموز إلى العاصمة."));
        // a full date deep inside the body is not a dateline
        String body = "سطر أول\nسطر ثان\nسطر ثالث\nسطر رابع\nسطر خامس\nوكان قد زار المدينة في 3 مارس 2020 مع وفد.";
        assertEquals(Optional.empty(), PublicationDates.infer(body));
        assertEquals(Optional.empty(), PublicationDates.infer(""));
    }
}
