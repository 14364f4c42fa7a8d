package io.github.khabar.corpus;

import io.github.khabar.kb.KnowledgeBase;
import io.github.khabar.model.Actor;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.DocumentInfo;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Which document actors are one person: Arabic naming (given name, father's name, family), on names of no knowledge-base entry. */
class ActorLinkerTest {
    private final ActorLinker linker = new ActorLinker(new Identity(KnowledgeBase.builder().build()));
    private int doc;

    private String link(String name, String country, Role... roles) {
        Actor.Builder b = Actor.builder("a1", ActorType.PERSON, name).country(country);
        for (Role r : roles) b.role(r);
        String id = "d" + (++doc);
        Extraction x = new Extraction(new DocumentInfo(id, null, 100, null), List.of(b.build()), List.of(), List.of(),
                List.of(), List.of());
        return linker.link(x, LocalDate.of(2024, 1, doc)).get("a1");
    }

    @Test
    void shorterFormsOfOneNameAreOnePerson() {
        String full = link("عادل بن أحمد الفلاني", "SA");
        assertEquals(full, link("عادل الفلاني", "SA"), "given and family name, father dropped");
        assertEquals(full, link("الفلاني", null), "family name alone, one bearer");
        assertEquals(full, link("عادل بن احمد الفلانى", "SA"), "hamza and final yeh spelled otherwise");
    }

    @Test
    void aDifferentGivenNameOrFatherIsAnotherPerson() {
        String father = link("علي عبدالله الفلاني", "YE");
        assertNotEquals(father, link("أحمد علي عبدالله الفلاني", "YE"), "the son carries his father's name");
        String a = link("عبدالله بن عبدالعزيز", "SA");
        assertNotEquals(a, link("عبدالله بن مساعد بن عبدالعزيز", "SA"), "a father's name cannot be skipped");
        assertEquals(a, link("عبدالله بن عبدالعزيز آل سعود", "SA"), "a family name may follow");
    }

    @Test
    void namesakesOfDifferentCountriesOrGivenNamesStayApart() {
        String ahmad = link("أحمد السامرائي", "IQ");
        String khalid = link("خالد السامرائي", "IQ");
        assertNotEquals(ahmad, khalid);
        assertNotEquals(link("يوسف العلوي", "OM"), link("يوسف العلوي", "MA"), "same name, two countries");
        // a family name alone with two bearers: the one holding the same office
        String minister = link("سالم المنصوري", "AE", Role.of("وزير الاقتصاد", "AE"));
        link("راشد المنصوري", "AE", Role.of("سفير", "AE"));
        assertEquals(minister, link("المنصوري", "AE", Role.of("وزير الاقتصاد", "AE")));
    }

    @Test
    void aLongForeignNameMaySpellItsVowelsAndLettersOtherwise() {
        String full = link("ميخائيل بوغدانوف", "RU");
        assertEquals(full, link("ميخائيل بوجدانوف", "RU"));
        assertEquals(full, link("بوغدانوف", null));
    }
}
