package io.github.khabar;

import io.github.khabar.model.Actor;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Statement;
import io.github.khabar.model.StatementKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Statement segmentation (issue #12 §3) and speech-act frames by lemma (§1), on sentences of our own in the
 * style of agencies across regions: who speaks when a phrase stands between the speaker and the words, when
 * one statement is reported inside another, in headlines and trailing attributions, and where the carry-over
 * of the last speaker must end.
 */
class StatementSegmentationTest {
    private static final Khabar KHABAR = Khabar.builder().build();

    /** One expected statement: a word of the speaker's name, a piece of the content, kind and via (null: any). */
    private record Want(String speaker, String contains, StatementKind kind, String via) {}

    private static Want want(String speaker, String contains) {
        return new Want(speaker, contains, null, null);
    }

    private static void check(String text, Want... wants) {
        Extraction x;
        try {
            x = KHABAR.extract(Document.of("t", text, null));
        } catch (KhabarException e) {
            throw new AssertionError(e);
        }
        Map<String, Actor> actors = x.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        List<Statement> got = x.statements();
        assertEquals(wants.length, got.size(), "statements of «" + text + "»: " + describe(got, actors));
        for (Want w : wants) {
            boolean found = got.stream().anyMatch(s -> actors.get(s.speaker()).name().contains(w.speaker())
                    && s.content().contains(w.contains())
                    && (w.kind() == null || s.kind() == w.kind())
                    && (w.via() == null ? s.via() == null
                        : s.via() != null && named(actors.get(s.via()), w.via())));
            assertTrue(found, w + " in «" + text + "»: " + describe(got, actors));
        }
    }

    /** A word of the actor's name or of one of its aliases ("واج" is the Algerian agency's name, its full name an alias). */
    private static boolean named(Actor a, String word) {
        return a.name().contains(word) || a.aliases().stream().anyMatch(n -> n.contains(word));
    }

    private static String describe(List<Statement> got, Map<String, Actor> actors) {
        return got.stream().map(s -> actors.get(s.speaker()).name() + (s.via() == null ? "" : " via " + actors.get(s.via()).name())
                + " " + s.kind() + ": " + s.content()).collect(Collectors.joining(" | "));
    }

    // ---- content separated from the speaker by an inserted phrase -------------------------------------------

    @Test
    void insertedPhraseBetweenCommas() {
        check("قال وزير الخارجية الأردني أيمن الصفدي، في بيان، إن بلاده ترفض أي تهجير للفلسطينيين.",
                new Want("الصفدي", "بلاده ترفض أي تهجير", StatementKind.REPORTED, null));
        check("وقال رئيس الوزراء الهندي ناريندرا مودي، في كلمة ألقاها أمام البرلمان، إن الهند لن تتنازل عن أي شبر من أراضيها.",
                want("مودي", "الهند لن تتنازل"));
    }

    @Test
    void relativeClauseAboutAnUnnamedOfficial() {
        // the official speaks for the ministry named in his title; the relative clause is no content
        check("قال المسؤول في وزارة الخارجية الأمريكية، الذي فضّل عدم الكشف عن هويته، إن واشنطن لن تغير موقفها من الاتفاق.",
                want("وزارة الخارجية", "واشنطن لن تغير موقفها"));
    }

    @Test
    void quotationAfterTheFrameOfALetter() {
        check("وقال الرئيس الكيني وليام روتو في رسالة وجهها إلى قادة الاتحاد الأفريقي «القارة لن تقبل بعد اليوم أن تكون ساحة لصراعات الآخرين».",
                new Want("روتو", "القارة لن تقبل", StatementKind.DIRECT, null));
        // the particle is the first word inside the quotation: still quoted words
        check("وقال الرئيس الكيني وليام روتو في رسالة وجهها إلى قادة الاتحاد الأفريقي «إن القارة لن تقبل بعد اليوم أن تكون ساحة لصراعات الآخرين».",
                new Want("روتو", "القارة لن تقبل", StatementKind.DIRECT, null));
    }

    // ---- nested statements ---------------------------------------------------------------------------------

    @Test
    void innerStatementGoesToItsSpeakerViaTheOuter() {
        check("ذكرت وكالة الأنباء الجزائرية أن الرئيس عبد المجيد تبون أعلن أن الجزائر ستفتح سفارتها في نيامي الشهر المقبل.",
                new Want("تبون", "ستفتح سفارتها", null, "الجزائرية"));
        check("ذكرت وكالة الأنباء العمانية أن وزارة الخارجية العمانية رحبت بالاتفاق بين الطرفين.",
                new Want("الخارجية العمانية", "بالاتفاق", null, "العمانية"));
    }

    @Test
    void sentenceOpeningWithAlsoGoesOnWithTheSpeakerAndKeepsTheNestedReport() {
        // "كما ذكر أن الحكومة أوضحت أن …": the minister tells what his government said; "وأضاف" is still his
        check("قال وزير الخارجية الماليزي محمد حسن إن بلاده تدعم الحوار بين الأطراف. "
                        + "كما ذكر أن الحكومة الماليزية أوضحت أن التجارة مع الجيران يجب أن تبقى مفتوحة. "
                        + "وأضاف أن ماليزيا ستستضيف القمة المقبلة.",
                want("محمد حسن", "بلاده تدعم الحوار"), want("محمد حسن", "التجارة مع الجيران"),
                want("محمد حسن", "ستستضيف القمة"));
    }

    @Test
    void droppedSubjectIsTheOneTheSentenceBeforeOpensWith() {
        // the foreign minister is quoted, then the president acts; "وقال" after that is the president's
        check("قال وزير الخارجية الكيني موساليا مودافادي إن نيروبي ترحب بالمبادرة. "
                        + "واستقبل الرئيس الكيني وليام روتو وفد رجال الأعمال في القصر الرئاسي. "
                        + "وقال إن بلاده تفتح أبوابها أمام المستثمرين.",
                want("مودافادي", "نيروبي ترحب"), want("روتو", "تفتح أبوابها"));
    }

    // ---- headlines and trailing attribution ----------------------------------------------------------------

    @Test
    void headlineWithAddressee() {
        check("أردوغان لبوتين: تركيا مستعدة لاستضافة محادثات السلام", want("أردوغان", "تركيا مستعدة"));
        // an outlet as the addressee is the channel
        check("ماكرون لـ«لوموند»: أوروبا يجب أن تعتمد على نفسها", new Want("ماكرون", "أوروبا يجب", null, "لوموند"));
    }

    @Test
    void trailingAttribution() {
        check("إن المفاوضات مع صندوق النقد الدولي تسير في الاتجاه الصحيح، كما قال رئيس الوزراء المصري مصطفى مدبولي.",
                want("مدبولي", "المفاوضات مع صندوق النقد"));
        check("تعتزم الحكومة الإندونيسية إرسال مساعدات إنسانية إلى غزة الأسبوع المقبل، بحسب وزيرة الخارجية ريتنو مارسودي.",
                want("مارسودي", "إرسال مساعدات إنسانية"));
        check("قال رئيس الوزراء الباكستاني شهباز شريف إن إسلام آباد تريد علاقات جيدة مع كابول، وفق ما نقلت وكالة الأنباء الباكستانية.",
                new Want("شهباز شريف", "علاقات جيدة مع كابول", null, "الباكستانية"));
    }

    @Test
    void alsoSaidWithItsOwnContentIsNoTrailingAttribution() {
        // "كما قال X إن …": X also said something, told after the verb
        check("أكد وزير الخارجية المصري بدر عبد العاطي أن القاهرة تواصل اتصالاتها، كما قال إن جولة جديدة ستعقد قريبا.",
                want("عبد العاطي", "القاهرة تواصل"), want("عبد العاطي", "جولة جديدة"));
    }

    // ---- a new explicit subject ends the carry-over ------------------------------------------------------------

    @Test
    void unnamedSpeakersAreNotTheLastNamedOne() {
        check("قال وزير الخارجية الفرنسي جان نويل بارو إن باريس تدعم وقف إطلاق النار في لبنان. وقال محللون إن الموقف الفرنسي يعكس قلقا أوروبيا متزايدا.",
                want("بارو", "باريس تدعم"));
        check("قال رئيس الوزراء الياباني فوميو كيشيدا إن طوكيو ستزيد إنفاقها الدفاعي. وقال متحدث إن الاجتماع كان بناء. وأضاف أن الجانبين اتفقا على مواصلة الحوار.",
                want("كيشيدا", "طوكيو ستزيد"));
        check("أكدت وزيرة الخارجية الأسترالية بيني وونغ أن بلادها قلقة. وقال أحد المسؤولين إن الحكومة ستدرس الخيارات.",
                want("وونغ", "بلادها قلقة"));
        check("قال الرئيس النيجيري بولا تينوبو إن بلاده ملتزمة بالديمقراطية. وقالت المعارضة إن الانتخابات لم تكن نزيهة.",
                want("تينوبو", "ملتزمة بالديمقراطية"));
        check("أكد رئيس الوزراء الإسباني بيدرو سانشيز أن مدريد ستعترف بدولة فلسطين. وقال مسؤولون إسرائيليون إن القرار يكافئ الإرهاب. وأضافوا أن تل أبيب ستستدعي سفيرها.",
                want("سانشيز", "مدريد ستعترف"),
                // officials by their nisba speak for their country (the unnamed-source grammar, issue #13)
                want("إسرائيل", "القرار يكافئ"));
    }

    @Test
    void aNamedNewSpeakerTakesOver() {
        check("شدد الرئيس الروسي فلاديمير بوتين على أن موسكو منفتحة على الحوار. وأضاف المتحدث باسم الكرملين دميتري بيسكوف أن الموعد لم يحدد بعد.",
                want("بوتين", "موسكو منفتحة"), want("بيسكوف", "الموعد لم يحدد"));
        check("قال وزير الخارجية الإسباني خوسيه مانويل ألباريس إن مدريد ستعترف بدولة فلسطين. وأضاف أن القرار نهائي.",
                want("ألباريس", "مدريد ستعترف"), want("ألباريس", "القرار نهائي"));
    }

    // ---- frames per lemma: speech acts beyond "say" ------------------------------------------------------------

    @Test
    void announceWithAndWithoutParticle() {
        check("أعلن رئيس الوزراء الماليزي أنور إبراهيم عن خطة جديدة لدعم صغار المزارعين.", want("أنور إبراهيم", "خطة جديدة"));
        check("أعلن الرئيس الفرنسي إيمانويل ماكرون حل الجمعية الوطنية والدعوة إلى انتخابات مبكرة.", want("ماكرون", "حل الجمعية الوطنية"));
    }

    @Test
    void praiseRequestAppealWarn() {
        check("أثنى الأمين العام للأمم المتحدة أنطونيو غوتيريش على جهود الوساطة القطرية في السودان.", want("غوتيريش", "جهود الوساطة"));
        check("أشاد وزير الخارجية الصيني وانغ يي بالعلاقات المتميزة بين بكين والقاهرة.", want("وانغ يي", "العلاقات المتميزة"));
        check("ثمن الرئيس الفلسطيني محمود عباس موقف جنوب أفريقيا في محكمة العدل الدولية.", want("عباس", "موقف جنوب أفريقيا"));
        check("طلب الرئيس الأوكراني فولوديمير زيلينسكي من الحلفاء الغربيين أن يسرعوا تسليم أنظمة الدفاع الجوي.", want("زيلينسكي", "تسليم أنظمة الدفاع"));
        check("طالب الاتحاد الأوروبي إسرائيل بوقف العمليات العسكرية في رفح فورا.", want("الاتحاد الأوروبي", "وقف العمليات العسكرية"));
        check("دعا الرئيس السنغالي ماكي سال المجتمع الدولي إلى تخفيف ديون الدول الأفريقية.", want("ماكي سال", "تخفيف ديون"));
        check("حذر وزير الخارجية الإيراني عباس عراقجي من أن أي هجوم على المنشآت النووية سيقابل برد حاسم.", want("عراقجي", "سيقابل برد حاسم"));
        check("حذرت منظمة الصحة العالمية من انتشار وباء الكوليرا في السودان.", want("الصحة العالمية", "وباء الكوليرا"));
    }

    @Test
    void condemnWelcomeDeny() {
        check("أدانت وزارة الخارجية السعودية بشدة الهجوم الذي استهدف مسجدا في مدينة بيشاور الباكستانية.", want("الخارجية السعودية", "الهجوم الذي استهدف"));
        check("رحب رئيس الوزراء الإثيوبي آبي أحمد بالاتفاق الموقع بين الحكومة السودانية وقوات الدعم السريع.", want("آبي أحمد", "بالاتفاق الموقع"));
        check("نفت وزارة الخارجية السودانية ما تردد عن وجود وساطة سرية مع الإمارات.", want("الخارجية السودانية", "وساطة سرية"));
    }

    @Test
    void relayByAnOutlet() {
        check("نقلت وكالة رويترز عن وزير النفط العراقي حيان عبد الغني أن العراق سيزيد صادراته عبر ميناء جيهان.",
                new Want("عبد الغني", "سيزيد صادراته", null, "رويترز"));
        check("أوردت وكالة الأنباء التونسية أن الرئيس قيس سعيد دعا إلى مراجعة الاتفاقيات مع الاتحاد الأوروبي.",
                new Want("قيس سعيد", "مراجعة الاتفاقيات", null, "التونسية"));
        check("نقلت وكالة الأنباء الكويتية عن وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح أن بلاده تدعم جهود الوساطة.",
                new Want("الجابر", "تدعم جهود الوساطة", null, "كونا"));
    }

    // ---- false statements seen in news with no diplomacy (sentences of our own in their shapes) ------------------

    @Test
    void noStatementWithoutSpeechOrWithTheWrongSpeaker() {
        // "أضاف" a goal, and أن after قبل is a conjunction of time
        check("أضاف المهاجم المغربي يوسف النصيري الهدف الثاني في الدقيقة 70 قبل أن يطرد الحكم المدافع.");
        // the family speaks, not the late father named after "أبناء"
        check("وعبّر أبناء الشيخ حمد بن خليفة العطية عن شكرهم لكل من واساهم في مصابهم.");
        // a poll reveals; the candidate named inside its content does not speak
        check("كشف استطلاع للرأي صدرت نتائجه أمس تقدم المرشح الديمقراطي جو بايدن في ولاية ميشيغان.");
    }

    @Test
    void anOutletAddressedIsTheChannel() {
        check("وأوضح لـ«الأهرام» وزير الري المصري هاني سويلم أن مصر لن تقبل المساس بحصتها المائية.",
                new Want("سويلم", "لن تقبل المساس", null, "الأهرام"));
    }

    @Test
    void everyStatementHasEvidence() {
        String text = "إن المفاوضات مع صندوق النقد الدولي تسير في الاتجاه الصحيح، كما قال رئيس الوزراء المصري مصطفى مدبولي.";
        Extraction x;
        try {
            x = KHABAR.extract(Document.of("t", text, null));
        } catch (KhabarException e) {
            throw new AssertionError(e);
        }
        for (Statement s : x.statements()) {
            assertNotNull(s.evidence());
            s.evidence().forEach(e -> assertEquals(text.substring(e.start(), e.end()), e.text()));
            assertTrue(s.evidence().get(0).text().contains("مدبولي"));
        }
    }
}
