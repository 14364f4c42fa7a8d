package io.github.khabar.pipeline;

import static io.github.khabar.pipeline.MentionFixture.scan;
import static io.github.khabar.pipeline.MentionFixture.tok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlacesTest {
    @Test
    void theCapitalOfACountryNamedByItsDemonym() {
        MentionScan s = scan("وصل الوفد إلى العاصمة الكينية أمس.");
        int a = tok(s, "العاصمة");
        assertEquals(a + 2, s.places.capital(a));
        assertEquals(Mention.Kind.PLACE, s.out.get(0).kind);
        assertEquals("KE", s.out.get(0).country);
    }

    @Test
    void theCapitalNamedAfterItsDemonymIsThatCity() {
        MentionScan s = scan("وصل الوفد إلى العاصمة التركية أنقرة أمس.");
        s.places.capital(tok(s, "العاصمة"));
        assertEquals("أنقرة", s.out.get(0).name);
        assertEquals("TR", s.out.get(0).country);
    }

    @Test
    void aCapitalAfterASpeechVerbIsItsCountrysGovernment() {
        MentionScan s = scan("وتؤكد الرباط أن الحل سياسي.");
        int a = tok(s, "الرباط");
        assertEquals(a + 1, s.places.metonym(a, s.gaz(a)));
        assertEquals(Mention.Kind.COUNTRY, s.out.get(0).kind);
        assertEquals("MA", s.out.get(0).country);
    }

    @Test
    void aCapitalAsAPlaceStaysAPlace() {
        MentionScan s = scan("وصل الوزير إلى الرباط أمس.");
        int a = tok(s, "الرباط");
        assertEquals(a, s.places.metonym(a, s.gaz(a)));
    }
}
