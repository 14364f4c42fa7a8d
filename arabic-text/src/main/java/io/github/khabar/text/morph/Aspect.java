package io.github.khabar.text.morph;

/** Which part of a paradigm a generated word belongs to. */
public enum Aspect {
    /** الماضي: قال، قالت، قالوا. */ PERFECT,
    /** المضارع المرفوع: يقول، يقولون. */ IMPERFECT,
    /** المنصوب after أن، لن: أن يقولوا. */ SUBJUNCTIVE,
    /** المجزوم after لم: لم يقل. */ JUSSIVE,
    /** المبني للمجهول، الماضي: قيل، أعلن. */ PASSIVE_PERFECT,
    /** المبني للمجهول، المضارع: يقال. */ PASSIVE_IMPERFECT,
    /** اسم الفاعل and its inflections, the circumstantial حال among them: قائلا، مؤكدا، مشيرة. */ ACTIVE_PARTICIPLE,
    /** المصدر and its inflections: لقاء، اجتماعا، اتصالات. */ MASDAR
}
