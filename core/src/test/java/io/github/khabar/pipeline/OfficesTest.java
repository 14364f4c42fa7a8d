package io.github.khabar.pipeline;

import static io.github.khabar.pipeline.MentionFixture.scan;
import static io.github.khabar.pipeline.MentionFixture.tok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfficesTest {
    @Test
    void anOfficeWithItsDemonymThenTheName() {
        MentionScan s = scan("وقال وزير الخارجية المصري سامح شكري إن القاهرة ترحب.");
        s.offices.titled(tok(s, "وزير"));
        Mention p = s.out.get(s.out.size() - 1);
        assertEquals(Mention.Kind.PERSON, p.kind);
        assertEquals("سامح شكري", p.name);
        assertEquals("وزير الخارجية", p.roles.get(0).title());
        assertEquals("EG", p.country);
    }

    @Test
    void anOfficeWithoutANameStandsForItsHolder() {
        MentionScan s = scan("وأكد الرئيس الفرنسي أن بلاده تدعم الاتفاق.");
        s.offices.titled(tok(s, "الرئيس"));
        Mention m = s.out.get(0);
        assertEquals(Mention.Kind.TITLE_ONLY, m.kind);
        assertEquals("FR", m.country);
    }

    @Test
    void anAppositionTitleAfterAName() {
        MentionScan s = scan("قال عادل الجبير وزير الخارجية السعودي إن المملكة تدعم الحل.");
        s.run();
        Mention p = s.out.get(0);
        assertEquals("عادل الجبير", p.name);
        assertEquals("وزير الخارجية", p.roles.get(0).title());
        assertEquals("SA", p.country);
    }

    @Test
    void thePronounOfAppositionBetweenOfficeAndName() {
        MentionScan s = scan("وقالت وزيرة الخارجية الكورية الجنوبية، هي كانغ كيونغ-وا، إن المحادثات مثمرة.");
        s.run();
        Mention p = s.out.stream().filter(m -> m.kind == Mention.Kind.PERSON).findFirst().orElseThrow();
        assertEquals("كانغ كيونغ-وا", p.name);
        assertEquals("وزيرة الخارجية", p.roles.get(0).title());
    }

    @Test
    void anOfficeBeforeAVerbStandsAlone() {
        MentionScan s = scan("وزير الخارجية الكويتي يرحب بالاتفاق.");
        s.run();
        assertTrue(s.out.stream().noneMatch(m -> m.kind == Mention.Kind.PERSON), s.out.toString());
    }
}
