package io.github.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.khabar.model.Actor;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A counterpart ("نظيره الغاني X") holds the office of the person it mirrors, not that country's name for it. */
class CounterpartOfficeTest {
    private static final Khabar KHABAR = Khabar.builder().build();

    @Test
    void aCounterpartTakesTheKnownTitleNotTheHostsLongPortfolio() throws KhabarException {
        String text = "تونس - استقبل وزير الشؤون الخارجية والتعاون الدولي التونسي سليم بن عمر، اليوم الثلاثاء، نظيره "
                + "الغاني كوفي منساه في مقر الوزارة.";
        Extraction x = KHABAR.extract(Document.of("cp", text, LocalDate.of(2023, 5, 16)));
        Actor guest = x.actors().stream().filter(a -> a.name().contains("منساه")).findFirst().orElseThrow();
        List<String> titles = guest.roles().stream().map(Role::title).toList();
        assertTrue(titles.contains("وزير الشؤون الخارجية"), titles.toString());
        assertTrue(titles.stream().noneMatch(t -> t.contains("التعاون")), titles.toString());
        assertEquals("GH", guest.roles().get(0).country());
    }
}
