package io.github.khabar;

import io.github.khabar.model.Actor;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actors carry CAMEO codes through the public API and the JSON contract. */
class ActorCodesApiTest {
    private static final Khabar KHABAR = Khabar.builder().build();

    private static Extraction read(String text) throws KhabarException {
        return KHABAR.extract(Document.of("codes", text, LocalDate.of(2025, 3, 4)));
    }

    private static List<String> codesOf(Extraction x, String nameContains) {
        return x.actors().stream().filter(a -> a.name().contains(nameContains)).findFirst()
                .map(Actor::codes).orElseThrow(() -> new AssertionError(nameContains + " not in " + x.actors()));
    }

    @Test
    void officesCountriesAndBodiesAreCoded() throws KhabarException {
        Extraction x = read("التقى وزير الخارجية السوري أسعد الشيباني في أنقرة نظيره التركي هاكان فيدان، "
                + "وقالت وزارة الخارجية الروسية إن روسيا تدعم الحوار.");
        assertEquals(List.of("SYRGOV"), codesOf(x, "الشيباني"));
        assertEquals(List.of("TURGOV"), codesOf(x, "فيدان"));
        assertEquals(List.of("RUSGOV"), codesOf(x, "وزارة الخارجية"));
        assertEquals(List.of("RUS"), codesOf(x, "روسيا"));
    }

    @Test
    void codesSurviveTheJsonContract() throws KhabarException {
        Extraction x = read("قال وزير الدفاع السوري مرهف أبو قصرة إن الجيش سيعيد تنظيم صفوفه.");
        assertEquals(List.of("SYRGOVMIL"), codesOf(x, "أبو قصرة"));
        String json = KhabarJson.toJson(x);
        assertTrue(json.contains("\"codes\":[\"SYRGOVMIL\"]"), json);
        assertEquals(x, KhabarJson.fromJson(json));
    }
}
