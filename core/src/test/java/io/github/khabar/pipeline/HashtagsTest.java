package io.github.khabar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(persons.stream().anyMatch(m -> text.substring(m.start, m.end).equals("وليام_روتو")), persons.toString());
        List<Mention> places = mentions(text, Mention.Kind.COUNTRY);
        assertTrue(places.stream().anyMatch(m -> text.substring(m.start, m.end).equals("كينيا")), places.toString());
    }
}
