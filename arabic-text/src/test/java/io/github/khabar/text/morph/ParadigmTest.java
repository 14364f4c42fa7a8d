package io.github.khabar.text.morph;

import static io.github.khabar.text.morph.Cell.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per paradigm class; expected forms are read from a grammar table, not from the engine. */
class ParadigmTest {
    private static List<String> texts(Verb v) {
        return v.forms().stream().map(WordForm::text).toList();
    }

    private static void contains(java.util.Collection<String> forms, String... expected) {
        for (String e : expected) assertTrue(forms.contains(e), () -> e + " not in " + forms);
    }

    @Test
    void defectiveFormEightLiltaqa() {
        Paradigm p = Paradigm.of(Verb.of("لقي", VerbForm.VIII));
        assertEquals("التقى", p.perfect(S3M));
        assertEquals("التقت", p.perfect(S3F));
        assertEquals("التقيا", p.perfect(D3M));
        assertEquals("التقتا", p.perfect(D3F));
        assertEquals("التقوا", p.perfect(P3M));
        assertEquals("التقينا", p.perfect(P1));
        assertEquals("يلتقي", p.imperfect(S3M));
        assertEquals("تلتقي", p.imperfect(S3F));
        assertEquals("يلتقيان", p.imperfect(D3M));
        assertEquals("يلتقون", p.imperfect(P3M));
        assertEquals("يلتقيا", p.subjunctive(D3M));
        assertEquals("يلتق", p.jussive(S3M));
        assertEquals("التقاء", p.masdar());
        contains(p.objectHosts(), "التقاه".substring(0, 5), "التقوه".substring(0, 5));
    }

    @Test
    void defectiveFormOneWithWawDaa() {
        Paradigm p = Paradigm.of(Verb.formI("دعو", 'a', 'u', "دعوة"));
        assertEquals("دعا", p.perfect(S3M));
        assertEquals("دعت", p.perfect(S3F));
        assertEquals("دعوا", p.perfect(D3M));
        assertEquals("دعوا", p.perfect(P3M));
        assertEquals("دعوت", p.perfect(S1));
        assertEquals("يدعو", p.imperfect(S3M));
        assertEquals("تدعو", p.imperfect(S3F));
        assertEquals("يدعوان", p.imperfect(D3M));
        assertEquals("يدعون", p.imperfect(P3M));
        assertEquals("يدع", p.jussive(S3M));
        contains(p.participles(), "داعيا", "داعية");
        assertEquals(Verb.formI("دعو", 'a', 'u', null).lemma(), p.perfect(S3M));
    }

    @Test
    void defectiveWithMiddleHamzaRaa() {
        Paradigm p = Paradigm.of(Verb.formI("رأي", 'a', 'a', "رأي"));
        assertEquals("رأى", p.perfect(S3M));
        assertEquals("رأت", p.perfect(S3F));
        assertEquals("رأوا", p.perfect(P3M));
        assertEquals("يرى", p.imperfect(S3M));
        assertEquals("ترى", p.imperfect(S3F));
        assertEquals("يريان", p.imperfect(D3M));
        assertEquals("يرون", p.imperfect(P3M));
        assertEquals("ير", p.jussive(S3M));
    }

    @Test
    void defectiveDerivedFormsNafaAbdaTalaqqa() {
        Paradigm nafa = Paradigm.of(Verb.formI("نفي", 'a', 'i', "نفي"));
        assertEquals("نفى", nafa.perfect(S3M));
        assertEquals("نفت", nafa.perfect(S3F));
        assertEquals("ينفي", nafa.imperfect(S3M));
        assertEquals("ينفون", nafa.imperfect(P3M));
        Paradigm abda = Paradigm.of(Verb.of("بدي", VerbForm.IV));
        assertEquals("أبدى", abda.perfect(S3M));
        assertEquals("يبدي", abda.imperfect(S3M));
        assertEquals("إبداء", abda.masdar());
        Paradigm talaqqa = Paradigm.of(Verb.of("لقي", VerbForm.V));
        assertEquals("تلقى", talaqqa.perfect(S3M));
        assertEquals("يتلقى", talaqqa.imperfect(S3M));
        assertEquals("يتلقيان", talaqqa.imperfect(D3M));
        assertEquals("ألغى", Paradigm.of(Verb.of("لغي", VerbForm.IV)).perfect(S3M));
        contains(texts(Verb.of("لغي", VerbForm.IV)), "ألغي", "ألغيت", "يلغى");
    }

    @Test
    void hamzatedFirstRadicalFormTwoAkkada() {
        Paradigm p = Paradigm.of(Verb.of("ءكد", VerbForm.II));
        assertEquals("أكد", p.perfect(S3M));
        assertEquals("أكدا", p.perfect(D3M));
        assertEquals("أكدوا", p.perfect(P3M));
        assertEquals("يؤكد", p.imperfect(S3M));
        assertEquals("يؤكدون", p.imperfect(P3M));
        contains(p.participles(), "مؤكدا", "مؤكدة", "مؤكدين");
        assertEquals("تأكيد", p.masdar());
    }

    @Test
    void doubledRadda() {
        Paradigm p = Paradigm.of(Verb.formI("ردد", 'a', 'u', "رد"));
        assertEquals("رد", p.perfect(S3M));
        assertEquals("ردت", p.perfect(S3F));
        assertEquals("ردوا", p.perfect(P3M));
        assertEquals("رددت", p.perfect(S1));
        assertEquals("رددن", p.perfect(P3F));
        assertEquals("يرد", p.imperfect(S3M));
        assertEquals("يردان", p.imperfect(D3M));
        assertEquals("يرددن", p.imperfect(P3F));
        Paradigm x = Paradigm.of(Verb.of("عدد", VerbForm.X));
        assertEquals("استعد", x.perfect(S3M));
        assertEquals("استعددت", x.perfect(S1));
        assertEquals("يستعد", x.imperfect(S3M));
        assertEquals("استعداد", x.masdar());
    }

    @Test
    void hollowWithWawQalaZara() {
        Paradigm q = Paradigm.of(Verb.formI("قول", 'a', 'u', "قول"));
        assertEquals("قال", q.perfect(S3M));
        assertEquals("قالت", q.perfect(S3F));
        assertEquals("قالوا", q.perfect(P3M));
        assertEquals("قلت", q.perfect(S1));
        assertEquals("يقول", q.imperfect(S3M));
        assertEquals("يقولون", q.imperfect(P3M));
        assertEquals("يقل", q.jussive(S3M));
        contains(q.participles(), "قائلا", "قائلة");
        contains(texts(Verb.formI("قول", 'a', 'u', "قول")), "قيل", "يقال");
        Paradigm z = Paradigm.of(Verb.formI("زور", 'a', 'u', "زيارة"));
        assertEquals("زار", z.perfect(S3M));
        assertEquals("زارت", z.perfect(S3F));
        assertEquals("يزور", z.imperfect(S3M));
        assertEquals("تزوران", z.imperfect(D3F));
        assertEquals(List.of("زيارت"), Nominals.hosts("زيارة"));
    }

    @Test
    void hollowDerivedFormsAfadaIstafada() {
        Paradigm p = Paradigm.of(Verb.of("فيد", VerbForm.IV));
        assertEquals("أفاد", p.perfect(S3M));
        assertEquals("أفادت", p.perfect(S3F));
        assertEquals("يفيد", p.imperfect(S3M));
        assertEquals("إفادة", p.masdar());
        Paradigm x = Paradigm.of(Verb.of("ضيف", VerbForm.X));
        assertEquals("استضاف", x.perfect(S3M));
        assertEquals("تستضيف", x.imperfect(S3F));
        assertEquals("استضافة", x.masdar());
    }

    @Test
    void assimilatedWasala() {
        Paradigm p = Paradigm.of(Verb.formI("وصل", 'a', 'i', "وصول"));
        assertEquals("وصل", p.perfect(S3M));
        assertEquals("وصلا", p.perfect(D3M));
        assertEquals("يصل", p.imperfect(S3M));
        assertEquals("تصل", p.imperfect(S3F));
        assertEquals("يصلون", p.imperfect(P3M));
        assertEquals("اتصل", Paradigm.of(Verb.of("وصل", VerbForm.VIII)).perfect(S3M));
        assertEquals("يتصل", Paradigm.of(Verb.of("وصل", VerbForm.VIII)).imperfect(S3M));
        assertEquals("اتصال", Paradigm.of(Verb.of("وصل", VerbForm.VIII)).masdar());
    }

    @Test
    void soundDerivedForms() {
        assertEquals("يناقش", Paradigm.of(Verb.of("نقش", VerbForm.III)).imperfect(S3M));
        assertEquals("مناقشة", Paradigm.of(Verb.of("نقش", VerbForm.III)).masdar());
        contains(texts(Verb.of("نقش", VerbForm.III)), "نوقش");
        assertEquals("يعلن", Paradigm.of(Verb.of("علن", VerbForm.IV)).imperfect(S3M));
        assertEquals("إعلان", Paradigm.of(Verb.of("علن", VerbForm.IV)).masdar());
        assertEquals("توجهت", Paradigm.of(Verb.of("وجه", VerbForm.V)).perfect(S3F));
        contains(Paradigm.of(Verb.of("وجه", VerbForm.V)).participles(), "متوجها");
        assertEquals("يتباحثان", Paradigm.of(Verb.of("بحث", VerbForm.VI)).imperfect(D3M));
        assertEquals("انعقد", Paradigm.of(Verb.of("عقد", VerbForm.VII)).perfect(S3M));
        assertEquals("اجتمعا", Paradigm.of(Verb.of("جمع", VerbForm.VIII)).perfect(D3M));
        assertEquals("اجتماع", Paradigm.of(Verb.of("جمع", VerbForm.VIII)).masdar());
        assertEquals("اضطر", Paradigm.of(Verb.of("ضرر", VerbForm.VIII)).perfect(S3M));
        assertEquals("يستقبل", Paradigm.of(Verb.of("قبل", VerbForm.X)).imperfect(S3M));
        assertEquals("استقبال", Paradigm.of(Verb.of("قبل", VerbForm.X)).masdar());
        contains(Nominals.inflections("اجتماع"), "اجتماعا", "اجتماعات");
        contains(Nominals.hosts("لقاء"), "لقائ", "لقاؤ");
    }
}
