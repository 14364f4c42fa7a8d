package io.github.khabar.pipeline;

import static io.github.khabar.pipeline.MentionFixture.scan;
import static io.github.khabar.pipeline.MentionFixture.tok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GroupsTest {
    @Test
    void theCounterpartOfThePersonBefore() {
        MentionScan s = scan("التقى وزير الخارجية الكيني موساليا مودافادي نظيره الياباني يوكو كاميكاوا في نيروبي.");
        s.run();
        Mention c = s.out.stream().filter(m -> m.counterpart).findFirst().orElseThrow();
        assertEquals("JP", c.counterpartCountry);
        assertEquals("JP", c.country);
        assertTrue(c.counterpartOf != null && c.counterpartOf.name.contains("مودافادي"), String.valueOf(c.counterpartOf));
    }

    @Test
    void bothSidesIsAGroupWord() {
        MentionScan s = scan("وبحث الجانبان العلاقات الثنائية.");
        assertTrue(s.groups.isGroupWord(tok(s, "الجانبان")));
    }

    @Test
    void theSidesNamedByDemonymsAreCountries() {
        MentionScan s = scan("وتواصلت المباحثات بين الطرفين الصيني والبرازيلي أمس.");
        s.run();
        java.util.List<Mention> sides = s.out.stream().filter(m -> m.side).toList();
        assertEquals(2, sides.size());
        assertEquals("CN", sides.get(0).country);
        assertEquals("BR", sides.get(1).country);
        assertEquals(Mention.Kind.COUNTRY, sides.get(1).kind);
        assertEquals("والبرازيلي", s.t.text.substring(sides.get(1).start - 1, sides.get(1).end));
    }

    @Test
    void ministersNamedByDemonymsAreNoSides() {
        MentionScan s = scan("والتقى الوزيران الصيني والبرازيلي أمس.");
        s.run();
        assertTrue(s.out.stream().noneMatch(m -> m.side));
    }
}
