package io.github.khabar;

import io.github.khabar.model.Actor;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;
import io.github.khabar.model.Statement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Actors that are not named people (issue #13), through the public API: unnamed sources speak for what they
 * are tied to, capitals for their governments, countries and organisations meet, offices without names
 * resolve to their holders. Sentences written for these tests, from many countries.
 */
class ActorsWithoutNamesTest {
    private static final Khabar KHABAR = Khabar.builder().build();

    private static Extraction extract(String text) throws KhabarException {
        return KHABAR.extract(Document.of("t", text, LocalDate.of(2024, 3, 1)));
    }

    private static Actor actor(Extraction x, String id) {
        return x.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /** The speakers' names, statement by statement. */
    private static List<String> speakers(Extraction x) {
        return x.statements().stream().map(s -> actor(x, s.speaker()).name()).toList();
    }

    private static Set<String> participants(Extraction x, Meeting m) {
        return m.participants().stream().map(id -> actor(x, id).name()).collect(Collectors.toSet());
    }

    // ---- unnamed sources ------------------------------------------------------------------------------

    @Test
    void aSourceByItsNisbaAndItsLaterReferenceSpeakForTheSameActor() throws KhabarException {
        Extraction x = extract("قال مصدر كردي مطلع لوكالة الأنباء الألمانية إن المفاوضات مع بغداد وصلت إلى طريق "
                + "مسدود. وأضاف المصدر أن الوفد سيعود إلى أربيل الأسبوع المقبل.");
        assertEquals(List.of("الأكراد", "الأكراد"), speakers(x));
        Actor kurds = actor(x, x.statements().get(0).speaker());
        assertEquals(ActorType.ORGANIZATION, kurds.type());
        assertTrue(kurds.mentions().stream().anyMatch(s -> s.text().equals("مصدر كردي مطلع")), kurds.mentions().toString());
    }

    @Test
    void aSourceInAPartyIsThatParty() throws KhabarException {
        Extraction x = extract("أكد مسؤول في حركة النهضة التونسية أن الحركة لن تشارك في الحكومة الجديدة.");
        assertEquals(List.of("حركة النهضة"), speakers(x));
    }

    @Test
    void aLaterReferenceAgreesWithItsOwnSource() throws KhabarException {
        Extraction x = extract("قال مصدر أممي إن القافلة وصلت إلى غزة. وذكرت أوساط قريبة من الحكومة الكولومبية أن "
                + "المفاوضات مع المتمردين ستستأنف. وأضاف المصدر أن الأمم المتحدة تنتظر الضمانات.");
        List<String> who = speakers(x);
        assertEquals(3, who.size(), who.toString());
        assertEquals("الأمم المتحدة", who.get(0));
        assertEquals("الحكومة الكولومبية", who.get(1));
        assertEquals("الأمم المتحدة", who.get(2)); // المصدر (masculine), not the circles (أوساط) quoted last
    }

    @Test
    void officialsQuotedByAnAgencySpeakForTheirCountry() throws KhabarException {
        Extraction x = extract("ونقلت وكالة رويترز عن مسؤولين إندونيسيين أن جاكرتا لن تغلق مجالها الجوي.");
        Statement s = x.statements().get(0);
        assertEquals("إندونيسيا", actor(x, s.speaker()).name());
        assertEquals("رويترز", actor(x, s.via()).name());
    }

    // ---- capitals for governments --------------------------------------------------------------------

    @Test
    void aCapitalAsTheSubjectOfASpeechOrPoliticalVerbIsItsGovernment() throws KhabarException {
        Extraction x = extract("أعلنت أنقرة أمس أنها ستفتح معبرا جديدا على الحدود. وتؤكد الرباط أن الحل سياسي. "
                + "وكانت برلين قد طالبت بوقف إطلاق النار. ورحبت نيودلهي بالقرار.");
        assertEquals(List.of("تركيا", "المغرب", "ألمانيا", "الهند"), speakers(x));
        for (Statement s : x.statements()) assertEquals(ActorType.COUNTRY, actor(x, s.speaker()).type());
    }

    @Test
    void aCapitalAsADestinationStaysAPlace() throws KhabarException {
        Extraction x = extract("وصل وزير الخارجية الياباني إلى أنقرة أمس في زيارة تستغرق يومين، ثم توجه إلى بريتوريا.");
        assertTrue(x.actors().stream().noneMatch(a -> a.type() == ActorType.COUNTRY && Set.of("تركيا", "جنوب أفريقيا").contains(a.name())),
                x.actors().toString());
    }

    // ---- countries and organisations as participants -------------------------------------------------

    @Test
    void countriesMeetAsTheSubjectOfTheVerb() throws KhabarException {
        Extraction x = extract("اجتمعت مصر والسودان وإثيوبيا في الخرطوم أمس لبحث ملف سد النهضة.");
        assertEquals(1, x.meetings().size());
        assertEquals(Set.of("مصر", "السودان", "إثيوبيا"), participants(x, x.meetings().get(0)));
    }

    @Test
    void countriesListedBeforeTheVerbMeetToo() throws KhabarException {
        Extraction x = extract("مصر والسودان وإثيوبيا تجتمع في أديس أبابا الأسبوع المقبل.");
        assertEquals(Set.of("مصر", "السودان", "إثيوبيا"), participants(x, x.meetings().get(0)));
    }

    @Test
    void aSummitBetweenABodyAndACountry() throws KhabarException {
        Extraction x = extract("عقدت في بروكسل أمس قمة بين الاتحاد الأوروبي والصين لبحث العلاقات التجارية.");
        assertEquals(Set.of("الاتحاد الأوروبي", "الصين"), participants(x, x.meetings().get(0)));
        Extraction tri = extract("عقدت قمة ثلاثية بين الهند وأستراليا واليابان في طوكيو.");
        assertEquals(Set.of("الهند", "أستراليا", "اليابان"), participants(tri, tri.meetings().get(0)));
    }

    @Test
    void theSidesNamedByTheirDemonyms() throws KhabarException {
        Extraction x = extract("انطلقت في الرياض أمس مباحثات بين الجانبين السعودي والأمريكي حول التعاون الدفاعي.");
        assertEquals(Set.of("المملكة العربية السعودية", "الولايات المتحدة"), participants(x, x.meetings().get(0)));
    }

    @Test
    void countriesInTheTopicDoNotMeet() throws KhabarException {
        Extraction x = extract("ناقش وزير الخارجية البرازيلي الوضع في السودان وإثيوبيا مع الصحفيين.");
        assertTrue(x.meetings().isEmpty(), x.meetings().toString());
    }

    @Test
    void sidesWhosePersonsAreNamedAreTheirMeetingRetold() throws KhabarException {
        Extraction x = extract("التقى وزير الخارجية الكيني موساليا مودافادي نظيره الياباني يوكو كاميكاوا في نيروبي. "
                + "وتناولت المباحثات بين الجانبين الكيني والياباني التعاون الاقتصادي.");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertTrue(participants(x, x.meetings().get(0)).stream().anyMatch(n -> n.contains("مودافادي")));
    }

    // ---- titles and groups without names ------------------------------------------------------------

    @Test
    void anOfficeWithItsCountryIsItsHolderOnTheDocumentsDate() throws KhabarException {
        Extraction x = extract("قال رئيس الوزراء الماليزي إن بلاده ترفض التدخل في شؤونها الداخلية.");
        assertEquals(List.of("أنور إبراهيم"), speakers(x));
    }

    @Test
    void theMonarchByAnotherWordForKing() throws KhabarException {
        Extraction x = extract("استقبل العاهل الأردني في عمان أمس الرئيس الفرنسي إيمانويل ماكرون.");
        assertEquals(1, x.meetings().size());
        Set<String> who = participants(x, x.meetings().get(0));
        assertTrue(who.contains("الملك عبد الله الثاني"), who.toString());
    }

    @Test
    void anEmirByHisCountryThenTheGuestByHisOffice() throws KhabarException {
        Extraction x = extract("واستقبل أمير قطر في الدوحة أمس وزير الخارجية الإيطالي.");
        Set<String> who = participants(x, x.meetings().get(0));
        assertTrue(who.contains("تميم بن حمد"), who.toString());
        assertEquals(2, who.size(), who.toString());
    }

    @Test
    void aWomansOfficeMatchesTheHoldersRole() throws KhabarException {
        Extraction x = extract("أكدت وزيرة الخارجية الأسترالية أن بلادها ستدعم جهود السلام في المحيط الهادئ.");
        assertEquals(List.of("بيني وونغ"), speakers(x));
    }

    @Test
    void aBareRoyalRankSentencesLater() throws KhabarException {
        Extraction x = extract("التقى ولي العهد السعودي الأمير محمد بن سلمان في جدة أمس رئيس الوزراء الهندي ناريندرا مودي. "
                + "وتناول اللقاء العلاقات الثنائية بين البلدين وسبل تطويرها في مجالات الطاقة والاستثمار والتقنية. كما جرى "
                + "استعراض المستجدات الإقليمية والدولية والجهود المبذولة تجاهها. وحضر اللقاء عدد من الوزراء والمسؤولين من "
                + "الجانبين. وأكد الأمير أن المملكة حريصة على تعزيز الشراكة مع الهند.");
        assertEquals(List.of("محمد بن سلمان"), speakers(x));
        Actor mbs = actor(x, x.statements().get(0).speaker());
        assertTrue(mbs.roles().stream().noneMatch(r -> r.title().equals("الأمير")), mbs.roles().toString());
    }

    @Test
    void theTwoPresidentsAreTheTwoNamedBefore() throws KhabarException {
        Extraction x = extract("استقبل الرئيس الكيني وليام روتو في نيروبي أمس الرئيس الغاني نانا أكوفو أدو. وجرت مباحثات بين "
                + "الرئيسين تناولت التجارة البينية.");
        Actor group = x.actors().stream().filter(a -> a.type() == ActorType.GROUP).findFirst().orElseThrow();
        assertEquals(Set.of("وليام روتو", "نانا أكوفو أدو"),
                group.members().stream().map(id -> actor(x, id).name()).collect(Collectors.toSet()));
    }
}
