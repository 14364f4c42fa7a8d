package io.github.khabar.pipeline;

import static io.github.khabar.pipeline.MentionFixture.scan;
import static io.github.khabar.pipeline.MentionFixture.tok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.khabar.kb.OrganizationEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

class SourcesTest {
    /** The source mentions of a whole scan, in order. */
    private static List<Mention> sources(MentionScan s) {
        s.run();
        return s.out.stream().filter(m -> m.sourceAgreement != null).toList();
    }

    @Test
    void aNisbaOfAPeopleWithNoEntryNamesIt() {
        MentionScan s = scan("قال مصدر كردي مطلع إن المفاوضات مع بغداد وصلت إلى طريق مسدود.");
        int a = tok(s, "مصدر");
        assertEquals(a + 3, s.sources.source(a));
        Mention m = s.out.get(s.out.size() - 1);
        assertEquals(Mention.Kind.ORGANIZATION, m.kind);
        assertEquals("الأكراد", m.name);
        assertEquals("مصدر كردي مطلع", s.t.text.substring(m.start, m.end));
        assertEquals("M", m.sourceAgreement);
    }

    @Test
    void aCountrysDemonymTiesTheSourceToThatCountry() {
        MentionScan s = scan("وصرح دبلوماسي برازيلي رفيع بأن بلاده ستستضيف القمة.");
        List<Mention> src = sources(s);
        assertEquals(1, src.size());
        assertEquals(Mention.Kind.COUNTRY, src.get(0).kind);
        assertEquals("BR", src.get(0).country);
        assertEquals("دبلوماسي برازيلي رفيع", s.t.text.substring(src.get(0).start, src.get(0).end));
    }

    @Test
    void aBodysNisbaComesFromTheLexiconAndNamesTheKnowledgeBaseEntry() {
        MentionScan s = scan("قال مسؤول أممي رفيع المستوى إن المساعدات لم تصل إلى شمال مالي.");
        Mention m = sources(s).get(0);
        assertEquals(Mention.Kind.ORGANIZATION, m.kind);
        assertTrue(m.ref instanceof OrganizationEntry o && o.id().equals("un"), String.valueOf(m.ref));
        assertEquals("مسؤول أممي رفيع المستوى", s.t.text.substring(m.start, m.end));
    }

    @Test
    void aSourceInANamedBodyIsThatBody() {
        MentionScan s = scan("أكد مسؤول في الاتحاد الأفريقي أن القمة ستعقد في أديس أبابا.");
        Mention m = sources(s).get(0);
        assertNotNull(m.sourceOf);
        assertEquals(Mention.Kind.ORGANIZATION, m.sourceOf.kind);
        assertTrue(m.sourceOf.ref instanceof OrganizationEntry o && o.id().equals("au"));
        assertEquals(tok(s, "مسؤول"), m.tokStart);
    }

    @Test
    void sourcesCloseToAGovernmentSpeakForIt() {
        MentionScan s = scan("ذكرت مصادر مقربة من الحكومة الليبية أن رئيس الوزراء سيزور روما.");
        Mention m = sources(s).get(0);
        assertEquals("F", m.sourceAgreement);
        assertEquals(Mention.Kind.ORGANIZATION, m.sourceOf.kind);
        assertEquals("LY", m.sourceOf.country);
    }

    @Test
    void aBodyAfterTheClitic_ba() {
        MentionScan s = scan("وقال مسؤول بوزارة الخارجية الكينية إن السفير سيعود.");
        Mention m = sources(s).get(0);
        assertEquals("KE", m.sourceOf.country);
    }

    @Test
    void aCityIsWhereTheSourceIsNotWhomItSpeaksFor() {
        MentionScan s = scan("أوضحت مصادر دبلوماسية في نيروبي أن الاجتماع تأجل.");
        assertEquals(tok(s, "مصادر"), s.sources.source(tok(s, "مصادر")));
        assertTrue(sources(s).isEmpty());
    }

    @Test
    void aNounThatIsNoSourceIsLeftAlone() {
        MentionScan s = scan("وتبقى الهجرة مصدر قلق للحكومة الإيطالية.");
        assertTrue(sources(s).isEmpty());
    }

    @Test
    void theObliquePluralIsASourceOnlyAfter_an() {
        MentionScan s = scan("ونقلت الوكالة عن مسؤولين مكسيكيين أن الحدود ستفتح.");
        List<Mention> src = sources(s);
        assertEquals(1, src.size());
        assertEquals("MX", src.get(0).country);
        assertEquals("MP", src.get(0).sourceAgreement);
        assertTrue(sources(scan("والتقى الوزير مسؤولين مكسيكيين في العاصمة.")).isEmpty());
    }

    @Test
    void aLaterReferenceFollowsAgreementNotTheLastSource() {
        MentionScan s = scan("قال مصدر ياباني إن المحادثات ستستأنف. وذكرت أوساط مقربة من الحكومة الكورية الجنوبية أن "
                + "الوفد جاهز. وأضاف المصدر أن الموعد لم يحدد.");
        List<Mention> src = sources(s);
        assertEquals(3, src.size());
        Mention japanese = src.get(0);
        Mention later = src.get(2);
        assertEquals("JP", japanese.country);
        assertEquals("KR", src.get(1).sourceOf.country);
        assertSame(japanese, later.sourceOf); // المصدر is masculine: the Japanese source, not the Korean circles
        assertEquals("المصدر", s.t.text.substring(later.start, later.end));
    }

    @Test
    void theFeminineOfABrokenPluralFindsItsSources() {
        MentionScan s = scan("قالت مصادر أممية إن الهدنة صامدة. وقال مسؤول نيجيري إن الجيش انسحب. وأشارت المصادر إلى تحسن الوضع.");
        List<Mention> src = sources(s);
        assertEquals(3, src.size());
        assertSame(src.get(0), src.get(2).sourceOf);
    }

    @Test
    void aPersonNamedAfterTheSourceIsTheNearerOfficial() {
        MentionScan s = scan("قال مسؤول فيتنامي إن المحادثات جيدة. وقال وزير الخارجية بوي ثانه سون إن الاتفاق قريب. "
                + "وأضاف المسؤول أن التوقيع سيتم قريبا.");
        List<Mention> src = sources(s);
        assertEquals(1, src.size());
        assertNull(src.get(0).sourceOf);
    }
}
