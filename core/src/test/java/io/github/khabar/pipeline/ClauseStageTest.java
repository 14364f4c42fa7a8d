package io.github.khabar.pipeline;

import io.github.khabar.model.Mode;
import io.github.khabar.model.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clause stage on sentences written for these tests (published Wednesday 6 March 2024): each reads one
 * construction into predicate, tense, subject and complements, and where it matters the event it gives.
 */
class ClauseStageTest {

    private static void assertSubject(ClauseFixture f, Clauses.Reading r, String family, Subjects.How how) {
        assertNotNull(r.subject(), () -> "no subject:" + f.dump());
        String name = f.subjectName(r);
        assertTrue(name != null && name.contains(family), () -> name + " is not " + family + f.dump());
        assertEquals(how, r.subject().how(), f::dump);
    }

    // ---- order ---------------------------------------------------------------------------------------

    @Test
    void verbSubjectOrderWithItsComplement() {
        ClauseFixture f = ClauseFixture.of("وصل وزير الخارجية الهندي سوبرامنيام جايشانكار إلى الرياض مساء أمس.");
        Clauses.Reading r = f.clause("وصل");
        assertSubject(f, r, "جايشانكار", Subjects.How.AFTER_VERB);
        assertEquals(Predicates.Tense.PAST, r.predicate().tense());
        assertEquals("وصل", r.predicate().lemma());
        Complements.Complement c = r.complements().get(0);
        assertEquals(Keys.of("إلى"), c.preposition());
        assertEquals("الرياض", c.mention().name);
    }

    @Test
    void headlineSubjectBeforeThePresentVerb() {
        ClauseFixture f = ClauseFixture.of("الخارجية البيروفية تؤكد دعمها للحوار مع تشيلي");
        Clauses.Reading r = f.clause("تؤكد");
        assertSubject(f, r, "الخارجية", Subjects.How.BEFORE_VERB);
        assertEquals(Predicates.Tense.PRESENT, r.predicate().tense());
        assertEquals(Character.valueOf('F'), r.predicate().agreement().gender());
    }

    @Test
    void headlineArrivalOnAVisit() {
        ClauseFixture f = ClauseFixture.of("الرئيس الأرجنتيني خافيير ميلي يصل إلى مدريد في زيارة رسمية");
        assertSubject(f, f.clause("يصل"), "ميلي", Subjects.How.BEFORE_VERB);
        EventDraft.VisitDraft v = f.events.visits().get(0);
        assertTrue(f.name(v.visitors.get(0)).contains("ميلي"));
        assertEquals("مدريد", v.destination.name());
    }

    // ---- dropped subjects ----------------------------------------------------------------------------

    @Test
    void droppedSubjectOfACoordinatedClause() {
        ClauseFixture f = ClauseFixture.of("وأجرى وزير الخارجية الإندونيسي سوجيونو اتصالا هاتفيا بنظيره الماليزي "
                + "محمد حسن، وشدد على أهمية التعاون.");
        // not the counterpart named last: the subject of the clause before
        assertSubject(f, f.clause("وشدد"), "سوجيونو", Subjects.How.DROPPED);
    }

    @Test
    void pronounAfterAlsoCarriesTheSubjectOfTheSentenceBefore() {
        ClauseFixture f = ClauseFixture.of("وصل رئيس الوزراء الباكستاني شهباز شريف إلى طوكيو. "
                + "كما أنه سيتوجه إلى بكين الأسبوع المقبل.");
        Clauses.Reading r = f.clause("سيتوجه");
        assertEquals(Predicates.Tense.FUTURE, r.predicate().tense());
        assertEquals("شهباز شريف", f.subjectName(r));
        EventDraft.VisitDraft beijing = f.events.visits().stream()
                .filter(v -> v.destination.name().equals("بكين")).findFirst().orElseThrow();
        assertEquals("شهباز شريف", f.name(beijing.visitors.get(0)));
        assertEquals(Status.PLANNED, beijing.status);
    }

    @Test
    void feminineSubjectCarriedOnlyWhenItAgrees() {
        ClauseFixture f = ClauseFixture.of("وقالت وزيرة الخارجية الكندية ميلاني جولي إن أوتاوا تدعم الحوار. "
                + "غير أنها ترى أن الحل بعيد.");
        assertEquals("ميلاني جولي", f.subjectName(f.clause("ترى")));

        ClauseFixture man = ClauseFixture.of("وصل رئيس الوزراء الكندي مارك كارني إلى لندن، غير أنها ترى أن الحل بعيد.");
        // "she" cannot be the prime minister just named
        assertNull(man.clause("ترى").subject(), man::dump);
    }

    // ---- relative and embedded clauses -----------------------------------------------------------------

    @Test
    void relativeClauseHeadIsItsSubject() {
        ClauseFixture f = ClauseFixture.of("وكان وزير الخارجية الهندي سوبرامنيام جايشانكار، الذي التقى نظيره "
                + "الصيني وانغ يي في جوهانسبرغ، قد دعا إلى الحوار.");
        Clauses.Reading r = f.clause("التقى");
        assertSubject(f, r, "جايشانكار", Subjects.How.RELATIVE_HEAD);
        assertTrue(r.complements().stream().anyMatch(c -> c.object() && c.mention().name.equals("وانغ يي")), f::dump);
    }

    @Test
    void precededByLamThenAn() {
        ClauseFixture f = ClauseFixture.of("وسبق لوزير الخارجية الفرنسي جان نويل بارو أن صرح بأن باريس مستعدة للوساطة.");
        assertSubject(f, f.clause("صرح"), "بارو", Subjects.How.PRECEDED);
    }

    @Test
    void pluperfectSubjectStandsBetweenKanaAndQad() {
        ClauseFixture f = ClauseFixture.of("وكان الرئيس الفيتنامي لونغ كوونغ قد التقى رئيس وزراء لاوس سونيكساي "
                + "سيفاندون.");
        assertSubject(f, f.clause("التقى"), "كوونغ", Subjects.How.BEFORE_VERB);
    }

    // ---- masdars, possessors and event nouns in adjuncts -------------------------------------------

    @Test
    void possessorOfAMeetingNounIsAParty() {
        ClauseFixture f = ClauseFixture.of("وأكد الرئيس الغاني جون ماهاما، خلال لقائه مع الرئيس النيجيري بولا "
                + "تينوبو، أهمية الأمن الإقليمي.");
        assertSubject(f, f.clause("لقائه"), "ماهاما", Subjects.How.POSSESSOR);
        EventDraft.MeetingDraft m = f.events.meetings().get(0);
        List<String> names = m.participants.stream().map(f::name).toList();
        assertEquals(List.of("جون ماهاما", "بولا تينوبو"), names);
    }

    @Test
    void possessorInAnOpeningAdjunctIsTheMainSubject() {
        ClauseFixture f = ClauseFixture.of("وعلى هامش زيارته للرباط، التقى وزير الخارجية البرتغالي باولو رانجيل "
                + "رئيس الحكومة المغربية عزيز أخنوش.");
        assertSubject(f, f.clause("زيارته"), "رانجيل", Subjects.How.POSSESSOR);
        EventDraft.VisitDraft v = f.events.visits().get(0);
        assertEquals("باولو رانجيل", f.name(v.visitors.get(0)));
        assertEquals("الرباط", v.destination.name());
    }

    @Test
    void onArrivalIsTheVisitOfTheMainSubject() {
        ClauseFixture f = ClauseFixture.of("ولدى وصوله إلى هانوي، أجرى رئيس الوزراء الأسترالي أنتوني ألبانيزي "
                + "محادثات مع المسؤولين الفيتناميين.");
        assertSubject(f, f.clause("وصوله"), "ألبانيزي", Subjects.How.POSSESSOR);
        EventDraft.VisitDraft v = f.events.visits().get(0);
        assertEquals("هانوي", v.destination.name());
        assertTrue(f.name(v.visitors.get(0)).contains("ألبانيزي"));
    }

    @Test
    void tourThatTookHim() {
        ClauseFixture f = ClauseFixture.of("واختتم الرئيس الفيتنامي لونغ كوونغ الجولة التي قادته إلى لاوس وكمبوديا.");
        List<String> to = f.events.visits().stream().map(v -> v.destination.name()).toList();
        assertTrue(to.containsAll(List.of("لاوس", "كمبوديا")), to::toString);
        for (EventDraft.VisitDraft v : f.events.visits()) assertTrue(f.name(v.visitors.get(0)).contains("كوونغ"));
    }

    @Test
    void phoneCallFrom() {
        ClauseFixture f = ClauseFixture.of("وتلقى الرئيس السنغالي باسيرو ديوماي فاي اتصالا هاتفيا من الرئيس "
                + "الموريتاني محمد ولد الغزواني.");
        assertSubject(f, f.clause("وتلقى"), "فاي", Subjects.How.AFTER_VERB);
        Clauses.Reading call = f.clause("اتصالا");
        assertTrue(call.complements().stream().anyMatch(c -> c.preposition().equals(Keys.of("من"))
                && c.mention().name.contains("الغزواني")), f::dump);
        EventDraft.MeetingDraft m = f.events.meetings().get(0);
        assertEquals(Mode.PHONE, m.mode);
        assertEquals(2, m.participants.size());
    }

    // ---- frames and quotes ---------------------------------------------------------------------------

    @Test
    void frameNounNamesTheSpeakerOfTheVerbAfterIt() {
        ClauseFixture f = ClauseFixture.of("جاء ذلك في كلمة لوزير الخارجية النرويجي إسبن بارث إيدي أمام البرلمان، "
                + "حيث قال إن بلاده تدعم الحوار.");
        assertEquals("إسبن بارث إيدي", f.subjectName(f.clause("قال")), f::dump);
    }

    @Test
    void firstPersonVerbInAQuoteIsTheSpeakers() {
        ClauseFixture f = ClauseFixture.of("قال وزير الخارجية التشيلي ألبرتو فان كلافيرين: \"التقيت وزير "
                + "الخارجية البرازيلي ماورو فييرا أمس\".");
        Clauses.Reading r = f.clause("التقيت");
        assertSubject(f, r, "كلافيرين", Subjects.How.QUOTE_SPEAKER);
        assertEquals(1, r.predicate().agreement().person());
        assertEquals("التقى", r.predicate().lemma());
        EventDraft.MeetingDraft m = f.events.meetings().get(0);
        assertEquals(2, m.participants.size(), f::dump);
        assertTrue(f.name(m.participants.get(0)).contains("كلافيرين"));
        assertEquals(Mode.IN_PERSON, m.mode);
    }

    @Test
    void firstPersonFormOutsideAQuoteIsNoPredicate() {
        ClauseFixture f = ClauseFixture.of("التقيت وزير الخارجية البرازيلي ماورو فييرا أمس.");
        assertTrue(f.events.meetings().isEmpty());
    }

    // ---- tense, negation, modality and the weekday --------------------------------------------------

    @Test
    void bareWeekdayOfAPresentTravelVerbIsTheComingOne() {
        ClauseFixture f = ClauseFixture.of("يتوجه وزير الخارجية الكيني موساليا مودافادي إلى أديس أبابا الأحد.");
        assertEquals(Predicates.Tense.PRESENT, f.clause("يتوجه").predicate().tense());
        EventDraft.VisitDraft v = f.events.visits().get(0);
        assertEquals(Status.PLANNED, v.status);
        assertEquals("2024-03-10", v.time.value());
    }

    @Test
    void bareWeekdayOfAPastTravelVerbIsTheLastOne() {
        ClauseFixture f = ClauseFixture.of("توجه وزير الخارجية الكيني موساليا مودافادي إلى أديس أبابا الأحد.");
        assertEquals(Predicates.Tense.PAST, f.clause("توجه").predicate().tense());
        EventDraft.VisitDraft v = f.events.visits().get(0);
        assertEquals(Status.OCCURRED, v.status);
        assertEquals("2024-03-03", v.time.value());
    }

    @Test
    void particlesOfTenseNegationAndModality() {
        ClauseFixture f = ClauseFixture.of("لم يلتق الرئيس الكيني وليام روتو نظيره الأوغندي. ولن يزور الرئيس "
                + "الغاني جون ماهاما لومي. وقد يلتقي الرئيس الفرنسي إيمانويل ماكرون نظيره. وسوف يزور الرئيس "
                + "البرازيلي لولا دا سيلفا روما.");
        Predicates.Predicate notMet = f.clause("يلتق").predicate();
        assertEquals(Keys.of("لم"), notMet.negation());
        assertEquals(Predicates.Tense.PAST, notMet.tense());
        Predicates.Predicate wont = f.clause("يزور").predicate();
        assertEquals(Keys.of("لن"), wont.negation());
        assertEquals(Predicates.Tense.FUTURE, wont.tense());
        Predicates.Predicate may = f.clause("يلتقي").predicate();
        assertTrue(may.may());
        assertNull(may.negation());
        Predicates.Predicate future = f.clause("يزور", 2).predicate();
        assertEquals(Predicates.Tense.FUTURE, future.tense());
        assertFalse(future.may());
    }
}
