package io.github.khabar.pipeline;

import static io.github.khabar.pipeline.MentionFixture.scan;
import static io.github.khabar.pipeline.MentionFixture.tok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfficeComplementsTest {
    @Test
    void theCountryInConstructWithAPortfolio() {
        MentionScan s = scan("التقى وزير خارجية السعودية نظيره.");
        int k = tok(s, "خارجية");
        OfficeComplements.Complement c = s.complements.complement(k, false, false, OfficeComplements.BARE);
        assertEquals("SA", c.country());
        assertEquals(tok(s, "السعودية") + 1, c.end());
    }

    @Test
    void aBodyAfterBismIsAnActorOfItsOwn() {
        MentionScan s = scan("وقالت المتحدثة باسم وزارة الخارجية الأمريكية إن واشنطن تتابع.");
        int k = tok(s, "باسم");
        OfficeComplements.Complement c = s.complements.complement(k, false, false, OfficeComplements.NONE);
        assertEquals("US", c.country());
        assertTrue(s.out.stream().anyMatch(m -> m.kind == Mention.Kind.ORGANIZATION && "US".equals(m.country)),
                s.out.toString());
    }

    @Test
    void aClubTheOfficeHeadsIsNoName() {
        MentionScan s = scan("وأكد رئيس نادي الترجي حمدي المدب أن الفريق جاهز.");
        s.run();
        Mention p = s.out.stream().filter(m -> m.kind == Mention.Kind.PERSON).findFirst().orElseThrow();
        assertEquals("حمدي المدب", p.name);
        assertEquals("رئيس نادي الترجي", p.roles.get(0).title());
    }
}
