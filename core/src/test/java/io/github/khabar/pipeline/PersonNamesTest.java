package io.github.khabar.pipeline;

import static io.github.khabar.pipeline.MentionFixture.scan;
import static io.github.khabar.pipeline.MentionFixture.tok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonNamesTest {
    @Test
    void plainNameWordsAfterASpeechVerbAreAPerson() {
        MentionScan s = scan("وقال خالد محفوظ بحاح إن الحكومة ستعود إلى عدن.");
        int a = tok(s, "خالد");
        assertEquals(a + 3, s.names.unknownPerson(a));
        Mention m = s.out.get(0);
        assertEquals(Mention.Kind.PERSON, m.kind);
        assertEquals("خالد محفوظ بحاح", m.name);
    }

    @Test
    void aLoneGivenNameIsNoPerson() {
        MentionScan s = scan("زار مسجد محمد في المدينة.");
        int a = tok(s, "محمد");
        assertEquals(a, s.names.unknownPerson(a));
        assertTrue(s.out.isEmpty());
    }

    @Test
    void aSurnameWithAProclitic() {
        MentionScan s = scan("وقالت مصادر مقربة للصفدي إن اللقاء مهم.", Set.of(Keys.of("الصفدي")));
        int a = tok(s, "للصفدي");
        assertEquals(a + 1, s.names.surname(a));
        assertEquals(Keys.of("الصفدي"), s.out.get(0).key);
        assertTrue(s.out.get(0).surnameOnly);
    }

    @Test
    void aCoordinatedListOfPeopleAfterAFirstPerson() {
        MentionScan s = scan("وحضر الاجتماع الوزير أمادو با، وموسى ديوب، ومامادو سال، من الجانب السنغالي.");
        s.run();
        java.util.List<String> names = s.out.stream().filter(m -> m.kind == Mention.Kind.PERSON).map(m -> m.name).toList();
        assertEquals(java.util.List.of("أمادو با", "موسى ديوب", "مامادو سال"), names);
    }

    @Test
    void noListWithoutAPersonBefore() {
        MentionScan s = scan("وناقش الاجتماع التجارة، وموسى ديوب حاضر.");
        int a = tok(s, "وموسى");
        assertEquals(a, s.names.coordinated(a));
    }

    @Test
    void everyWordOfAForeignNameIsAKeyButNotAnArabicGivenName() {
        MentionScan s = scan("وقالت الوزيرة كانغ كيونغ-وا إن سيول ترحب.");
        s.run();
        Mention kang = s.out.stream().filter(m -> m.kind == Mention.Kind.PERSON).findFirst().orElseThrow();
        assertTrue(kang.foreignKeys.contains(Keys.of("كانغ")), kang.foreignKeys.toString());
        s = scan("وقال خالد محفوظ بحاح إن الحكومة ستعود.");
        s.run();
        Mention bahah = s.out.stream().filter(m -> m.kind == Mention.Kind.PERSON).findFirst().orElseThrow();
        assertTrue(bahah.foreignKeys.isEmpty(), bahah.foreignKeys.toString());
    }
}
