package io.github.khabar.pipeline;

import static io.github.khabar.pipeline.MentionFixture.scan;
import static io.github.khabar.pipeline.MentionFixture.tok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutletsTest {
    @Test
    void aGovernmentNounWithADemonym() {
        MentionScan s = scan("وأعلنت الخارجية الروسية أن الوزير سيزور القاهرة.");
        int a = tok(s, "الخارجية");
        assertEquals(a + 2, s.outlets.governmentBody(a));
        assertEquals(Mention.Kind.ORGANIZATION, s.out.get(0).kind);
        assertEquals("RU", s.out.get(0).country);
    }

    @Test
    void aGovernmentNounAloneIsNoBody() {
        MentionScan s = scan("وأعلنت الخارجية أن الوزير سيزور القاهرة.");
        int a = tok(s, "الخارجية");
        assertEquals(a, s.outlets.governmentBody(a));
    }

    @Test
    void anUnknownOutletWithItsCountry() {
        MentionScan s = scan("ونقلت صحيفة إزفيستيا الروسية عن مصدر قوله إن اللقاء مهم.");
        int a = tok(s, "صحيفة");
        s.outlets.media(a);
        Mention m = s.out.get(0);
        assertTrue(m.media);
        assertEquals("RU", m.country);
    }
}
