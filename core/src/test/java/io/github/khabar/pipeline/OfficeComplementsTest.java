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

    @Test
    void theFieldOfAnOfficeIsTwoWordsAtLeast() {
        MentionScan s = scan("وقال المدير العام للعلاقات الخارجية خالد العنزي إن الوفد وصل.");
        int k = tok(s, "للعلاقات");
        assertEquals(k + 2, s.complements.field(k));
        MentionScan t = scan("وقال وزير الخارجية للصحفيين إن المحادثات مستمرة.");
        assertEquals(-1, t.complements.field(tok(t, "للصحفيين")));
    }

    @Test
    void theRegionAnOfficeServes() {
        MentionScan s = scan("وقال مدير الفرع بمحافظة المفرق سليم العبادي إن الطريق فتح.");
        int k = tok(s, "بمحافظة");
        assertEquals(k + 2, s.complements.region(k));
    }

    @Test
    void aRankTakesNoBodyOrField() {
        MentionScan s = scan("وأبعدوه عن تدريب الفريق الأول لكرة القدم بنادي الوداد؟");
        s.run();
        assertTrue(s.out.stream().noneMatch(m -> m.kind == Mention.Kind.PERSON), s.out.toString());
    }
}
