package io.github.khabar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.khabar.model.Actor;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "استقبل رئيس الوزراء السيدة X": the man's office is the verb's subject; she does not take it. */
class HonorificAfterOfficeTest {
    private static final Khabar KHABAR = Khabar.builder().build();

    @Test
    void aWomanNamedWithHerHonorificAfterAMansOfficeDoesNotTakeIt() throws KhabarException {
        String text = "الرباط - التقى رئيس الحكومة عزيز أخنوش، اليوم الاثنين بالرباط، المديرة العامة لصندوق النقد "
                + "الدولي كريستالينا جورجيفا. وفي وقت لاحق، استقبل رئيس الوزراء السيدة كريستالينا جورجيفا في مقر الحكومة.";
        Extraction x = KHABAR.extract(Document.of("h", text, LocalDate.of(2024, 5, 13)));
        Actor guest = x.actors().stream().filter(a -> a.name().contains("كريستالينا")).findFirst().orElseThrow();
        List<String> titles = guest.roles().stream().map(Role::title).toList();
        assertTrue(titles.stream().noneMatch(t -> t.contains("رئيس الوزراء")), titles.toString());
    }

    @Test
    void anHonorificAfterTheSameOfficeHoldersTitleStillNamesHim() throws KhabarException {
        String text = "الجزائر - استقبل رئيس الجمهورية السيد عبد المجيد تبون، اليوم، وزير الخارجية الإيطالي.";
        Extraction x = KHABAR.extract(Document.of("h2", text, LocalDate.of(2024, 5, 13)));
        Actor host = x.actors().stream().filter(a -> a.name().contains("تبون")).findFirst().orElseThrow();
        assertTrue(host.roles().stream().anyMatch(r -> r.title().contains("رئيس الجمهورية")), host.roles().toString());
    }
}
