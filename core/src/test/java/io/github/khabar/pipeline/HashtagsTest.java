package io.github.khabar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.khabar.Khabar;
import io.github.khabar.model.Actor;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Span;
import io.github.khabar.text.ArabicTokenizer;
import io.github.khabar.text.Token;

import java.util.List;

import org.junit.jupiter.api.Test;

class HashtagsTest {
    private static List<String> tokens(String text) {
        return Hashtags.strip(ArabicTokenizer.create().tokenize(text)).stream().map(Token::text).toList();
    }

    private static List<Mention> mentions(String text, Mention.Kind kind) {
        return MentionFixture.mentions(text).stream().filter(m -> m.kind == kind).toList();
    }

    @Test
    void theHashAndTheJoiningUnderscoresAreNoTokens() {
        assertEquals(List.of("الرئيس", "ماكرون", "يصل"), tokens("الرئيس #ماكرون يصل"));
        assertEquals(List.of("عبدالله", "الثاني", "في", "عمان"), tokens("#عبدالله_الثاني في عمان"));
        // not a hashtag: a lone sign, an underscore outside a hashtag, a Latin hashtag
        assertEquals(List.of("#", "5", "من", "_", "القائمة"), tokens("# 5 من _ القائمة"));
        assertEquals(List.of("#", "COP28", "دبي"), tokens("#COP28 دبي"));
    }

    @Test
    void aNameInAHashtagAfterAnOfficeIsAPersonWithExactOffsets() {
        String text = "استقبل الرئيس #ماكرون رئيس الوزراء الهندي في باريس.";
        List<Mention> persons = mentions(text, Mention.Kind.PERSON);
        assertTrue(persons.stream().anyMatch(m -> text.substring(m.start, m.end).equals("ماكرون")), persons.toString());
    }

    @Test
    void anUnderscoredHashtagIsOneNameAndACountryHashtagAPlace() {
        String text = "وقال الرئيس الكيني #وليام_روتو إن #كينيا ستستضيف القمة.";
        List<Mention> persons = mentions(text, Mention.Kind.PERSON);
        assertTrue(persons.stream().anyMatch(m -> text.substring(m.start, m.end).equals("وليام_روتو")
                && m.name.equals("وليام روتو")), persons.toString());
        List<Mention> places = mentions(text, Mention.Kind.COUNTRY);
        assertTrue(places.stream().anyMatch(m -> text.substring(m.start, m.end).equals("كينيا")), places.toString());
    }

    @Test
    void aMeetingBetweenHashtaggedLeadersKeepsExactEvidence() throws Exception {
        String text = "باريس - استقبل الرئيس الفرنسي #ماكرون في قصر الإليزيه اليوم رئيس وزراء #كندا جاستن ترودو، "
                + "وبحث الجانبان التعاون.";
        Extraction x = Khabar.builder().build().extract(Document.of("h", text, java.time.LocalDate.of(2024, 3, 1)));
        assertEquals(1, x.meetings().size(), x.toString());
        assertEquals(2, x.meetings().get(0).participants().size());
        Actor macron = x.actors().stream().filter(a -> a.name().contains("ماكرون")).findFirst().orElseThrow();
        Span m = macron.mentions().get(0);
        assertEquals("ماكرون", m.text());
        assertEquals(text.indexOf("#ماكرون") + 1, m.start());
        for (Actor a : x.actors()) {
            for (Span span : a.mentions()) assertEquals(text.substring(span.start(), span.end()), span.text());
        }
    }
}
