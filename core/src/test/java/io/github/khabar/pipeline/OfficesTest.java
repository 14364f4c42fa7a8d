package io.github.khabar.pipeline;

import static io.github.khabar.pipeline.MentionFixture.scan;
import static io.github.khabar.pipeline.MentionFixture.tok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfficesTest {
    @Test
    void anOfficeWithItsDemonymThenTheName() {
        MentionScan s = scan("وقال وزير الخارجية المصري سامح شكري إن القاهرة ترحب.");
        s.offices.titled(tok(s, "وزير"));
        Mention p = s.out.get(s.out.size() - 1);
        assertEquals(Mention.Kind.PERSON, p.kind);
        assertEquals("سامح شكري", p.name);
        assertEquals("وزير الخارجية", p.roles.get(0).title());
        assertEquals("EG", p.country);
    }

    @Test
    void anOfficeWithoutANameStandsForItsHolder() {
        MentionScan s = scan("وأكد الرئيس الفرنسي أن بلاده تدعم الاتفاق.");
        s.offices.titled(tok(s, "الرئيس"));
        Mention m = s.out.get(0);
        assertEquals(Mention.Kind.TITLE_ONLY, m.kind);
        assertEquals("FR", m.country);
    }

    @Test
    void anAppositionTitleAfterAName() {
        MentionScan s = scan("قال عادل الجبير وزير الخارجية السعودي إن المملكة تدعم الحل.");
        s.run();
        Mention p = s.out.get(0);
        assertEquals("عادل الجبير", p.name);
        assertEquals("وزير الخارجية", p.roles.get(0).title());
        assertEquals("SA", p.country);
    }

    @Test
    void thePronounOfAppositionBetweenOfficeAndName() {
        MentionScan s = scan("وقالت وزيرة الخارجية الكورية الجنوبية، هي كانغ كيونغ-وا، إن المحادثات مثمرة.");
        s.run();
        Mention p = s.out.stream().filter(m -> m.kind == Mention.Kind.PERSON).findFirst().orElseThrow();
        assertEquals("كانغ كيونغ-وا", p.name);
        assertEquals("وزيرة الخارجية", p.roles.get(0).title());
    }

    @Test
    void anOfficeBeforeAVerbStandsAlone() {
        MentionScan s = scan("وزير الخارجية الكويتي يرحب بالاتفاق.");
        s.run();
        assertTrue(s.out.stream().noneMatch(m -> m.kind == Mention.Kind.PERSON), s.out.toString());
    }

    private static Mention personNamed(String text, String name) {
        MentionScan s = scan(text);
        s.run();
        return s.out.stream().filter(m -> m.kind == Mention.Kind.PERSON && name.equals(m.name)).findFirst()
                .orElseThrow(() -> new AssertionError(s.out.toString()));
    }

    private static void hasRole(Mention p, String title) {
        assertTrue(p.roles.stream().anyMatch(r -> r.title().contains(title)), p.roles.toString());
    }

    @Test
    void religiousOfficesOfAMosqueAndAMarja() {
        hasRole(personNamed("وقال إمام وخطيب جامع الزيتونة الشيخ منصور العياري إن الصلاة أقيمت.", "منصور العياري"),
                "إمام وخطيب جامع الزيتونة");
        hasRole(personNamed("ودعا المرجع الشيعي الأعلى في لبنان آية الله حسن الموسوي إلى التهدئة.", "حسن الموسوي"),
                "المرجع الشيعي الأعلى");
        hasRole(personNamed("وقال إمام وخطيب المسجد الأموي فضيلة الشيخ نزار الحلبي إن الصبر واجب.", "نزار الحلبي"),
                "إمام وخطيب المسجد الأموي");
    }

    @Test
    void anOfficeOfAMinistryWithACoordinatedPortfolioAndAChairNamedAfterAKing() {
        hasRole(personNamed("وقال المدير العام للعلاقات الخارجية في وزارة الشؤون الإسلامية والأوقاف والدعوة هشام الزين إن الوفد وصل.",
                "هشام الزين"), "المدير العام للعلاقات الخارجية");
        hasRole(personNamed("وكشف مشرف كرسي الملك فهد للدراسات الإسلامية الدكتور سامر الخطيب أن البحث اكتمل.",
                "سامر الخطيب"), "مشرف كرسي الملك فهد للدراسات الإسلامية");
    }

    @Test
    void sportsOfficesOfAClub() {
        hasRole(personNamed("وقال رئيس النادي ماركو ريسي إن الصفقة اكتملت.", "ماركو ريسي"), "رئيس النادي");
        hasRole(personNamed("وأكد منير الجبالي، المدير الفني لفريق الوداد، جاهزية لاعبيه.", "منير الجبالي"),
                "المدير الفني لفريق الوداد");
    }

    @Test
    void mediaAndCorporateOffices() {
        hasRole(personNamed("وكان في استقبال الوفد نائب رئيس التحرير كريم الشاذلي.", "كريم الشاذلي"),
                "نائب رئيس التحرير");
        hasRole(personNamed("وقال رئيس مجلس إدارة شركة المراعي فهد السالم إن الأرباح ارتفعت.", "فهد السالم"),
                "رئيس مجلس إدارة شركة المراعي");
        hasRole(personNamed("وأعلن الرئيس التنفيذي لشركة سوناطراك رشيد بلقاسم عن اكتشاف جديد.", "رشيد بلقاسم"),
                "الرئيس التنفيذي لشركة سوناطراك");
    }

    @Test
    void governmentOfficesWithTheirField() {
        hasRole(personNamed("وأوضح المدير العام للعلاقات الخارجية في وزارة الأوقاف المغربية محمد التازي أن الوفد وصل.",
                "محمد التازي"), "المدير العام للعلاقات الخارجية");
        hasRole(personNamed("وناقش وكيل وزارة الزراعة لشئون الثروة السمكية الدكتور عادل النمر الخطة.", "عادل النمر"),
                "وكيل وزارة الزراعة");
        hasRole(personNamed("وقال ياسر الدباغ المستشار القانوني إن القانون واضح.", "ياسر الدباغ"), "المستشار القانوني");
        hasRole(personNamed("وقال أمين لجنة الشؤون المالية الأستاذ نبيل الساعدي إن الميزانية أقرت.", "نبيل الساعدي"),
                "أمين لجنة الشؤون المالية");
    }

    @Test
    void militaryCommandersOfAPlace() {
        hasRole(personNamed("وقال القائد العسكري بمدينة تعز العقيد ناصر الحميري إن قواته تقدمت.", "ناصر الحميري"),
                "القائد العسكري بمدينة تعز");
        hasRole(personNamed("وقال قائد المقاومة الشعبية بمحافظة شبوة الشيخ سالم العولقي إن الهجوم صد.", "سالم العولقي"),
                "قائد المقاومة الشعبية");
    }

    @Test
    void academicOffices() {
        hasRole(personNamed("وقال عميد كلية الهندسة الدكتور مراد الحمامي إن الطلاب نجحوا.", "مراد الحمامي"),
                "عميد كلية الهندسة");
        hasRole(personNamed("وكشف مشرف كرسي الأمير نايف للدراسات الأمنية الدكتور هشام القحطاني أن البحث اكتمل.",
                "هشام القحطاني"), "مشرف كرسي الأمير نايف للدراسات الأمنية");
    }
}
