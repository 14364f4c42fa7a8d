package io.github.khabar.pipeline;

import io.github.khabar.kb.Country;
import io.github.khabar.kb.OrganizationEntry;
import io.github.khabar.kb.OrgKind;
import io.github.khabar.kb.PersonEntry;
import io.github.khabar.kb.PlaceEntry;
import io.github.khabar.kb.TitleCategory;
import io.github.khabar.kb.TitleEntry;
import io.github.khabar.text.TokenType;
import io.github.khabar.text.time.TimeMention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 2: finds who and what the text names. Rules, in the order they are tried at each word:
 * <ol>
 *   <li>a title ("وزير الخارجية") with its complements (demonym, "باسم الخارجية الروسية", "لدى الأمم
 *       المتحدة", "في حكومة تصريف الأعمال السورية"), honorifics, then the name that follows it;</li>
 *   <li>a knowledge-base person, organisation, country or place;</li>
 *   <li>organisations by pattern: a government noun with a demonym ("الخارجية الروسية", "الرئاسة
 *       السورية"), a news outlet ("وكالة “تاس”"), "وزارة X";</li>
 *   <li>"نظيره الروسي" (the counterpart), group words ("الجانبان"), unnamed officials;</li>
 *   <li>an unknown person from a given name or foreign-name morphology (-وف، -سكي، -ينكو);</li>
 *   <li>after a name, an apposition title ("عادل الجبير وزير الخارجية") gives the role.</li>
 * </ol>
 * A second pass finds later references by surname ("الصفدي", "للصفدي"). Name extent stops at
 * punctuation, function words, verbs, titles, demonyms and place names. Stateless; thread-safe.
 */
final class MentionStage {
    private static final Set<String> GOV_NOUNS = keys("الخارجية", "الدفاع", "الداخلية", "الرئاسة", "الإدارة",
            "الحكومة", "الاستخبارات", "المخابرات", "الجيش", "السلطات", "البرلمان", "القيادة", "الدبلوماسية",
            "الخارجيه", "الأركان", "البحرية", "الشرطة", "النيابة", "المعارضة", "الاستخبارات العامة", "الحرس");
    private static final Set<String> GOV_QUALIFIERS = keys("العامة", "الجديدة", "المؤقتة", "الانتقالية", "الحالية",
            "السابقة", "الشرعية", "العليا", "المركزية", "الاتحادية", "الفيدرالية", "الوطني", "الوطنية");
    private static final Set<String> MEDIA_HEADS = keys("وكالة", "صحيفة", "قناة", "موقع", "شبكة", "إذاعة",
            "تلفزيون", "مجلة", "وكالات", "جريدة", "منصة");
    private static final Set<String> TITLE_QUALIFIERS = keys("الخاص", "الخاصة", "الدائم", "الدائمة", "الأول", "الأولى",
            "الثاني", "الثانية", "السابق", "السابقة", "الجديد", "الجديدة", "الأعلى", "العام", "العامة", "المساعد",
            "المساعدة", "الرسمي", "الرسمية", "المكلف", "المكلفة", "الانتقالي", "الانتقالية", "المؤقت", "المؤقتة",
            "الفخري", "التنفيذي", "الإقليمي", "الأممي", "الرئاسي", "الرئاسية", "المناوب", "المقيم", "الأسبق",
            "الوطني", "الوطنية",
            "المستقيل", "المنتخب", "المنتهية", "ولايته", "الركن", "أول", "الحالي", "الحالية", "الشرعي",
            // the field of an adviser or spokesman: "المستشار الدبلوماسي لرئيس الدولة", "المتحدث العسكري"
            "الدبلوماسي", "الدبلوماسية", "الإعلامي", "الإعلامية", "العسكري", "العسكرية", "الأمني", "الأمنية",
            "الاقتصادي", "الاقتصادية", "القانوني", "القانونية",
            // an envoy's accreditation: "سفيرة جمهورية بيلاروس المعتمدة لدى سلطنة عمان"
            "المعتمد", "المعتمدة", "المفوض", "المفوضة", "فوق", "العادة");
    /** "لشؤون X", "للشؤون X": the field of an office. */
    private static final Set<String> AFFAIRS = keys("لشؤون", "للشؤون");
    /** "المكلف ب…": a qualifier whose charge follows with بـ. */
    private static final Set<String> CHARGED = keys("المكلف", "المكلفة");
    /** Adjectives of bodies no state owns: "المفوضة الأوروبية", "المبعوث الأممي". */
    private static final Set<String> INTERNATIONAL_ADJ = keys("الأوروبي", "الأوروبية", "الأممي", "الأممية");
    private static final Set<String> TITLE_LINKS = keys("باسم", "لدى", "في", "إلى", "لشؤون", "عن", "لـ", "ل", "من",
            "لمجلس", "بمجلس", "لرئيس", "للرئيس", "لوزير", "بوزارة", "لوزارة", "بدولة", "بمملكة", "بجمهورية",
            "بسلطنة");
    /** After a title, "ل" + state noun is where someone goes ("… وزير الدفاع للمملكة الأردنية"), not the office. */
    private static final Set<String> NOT_AFTER_LAM = keys("المملكة", "الجمهورية", "الدولة", "السلطنة", "الإمارة");
    private static final Set<String> STATE_NOUNS = keys("دولة", "مملكة", "جمهورية", "سلطنة", "إمارة", "حكومة",
            "وزارة", "مجلس", "الحكومة", "المملكة", "الجمهورية", "الدولة", "الوزراء", "النواب", "الأمة", "الشورى",
            "الأمن", "الوطني", "القومي", "الحرمين", "الشريفين", "تصريف", "الأعمال", "المرحلة", "الانتقالية",
            "الشؤون", "الخارجية", "الدفاع", "الداخلية", "العامة", "السياسي", "المكتب", "مكتب", "المكتب السياسي", "البلاد",
            "مجلس الوزراء", "القوات", "المسلحة", "الأركان", "العربية", "المتحدة", "الإسلامية", "الرئيس", "الأمين",
            "العام", "عام", "أمين", "الإعلام", "الثقافة", "الاقتصاد", "المالية", "الطاقة", "الشرق", "الأوسط");
    private static final Set<String> CHAIN_WORDS = keys("بن", "بنت", "ابن", "آل", "أبو", "أبي", "أبا", "أم", "ولد",
            "عبد", "ابو", "ال");
    private static final Set<String> COUNTERPART = keys("نظيره", "نظيرته", "نظيريه", "نظيرها", "نظرائه", "نظيرتها",
            "نظيرهم", "نظيرتيه", "بنظيره", "لنظيره", "ونظيره", "مع نظيره");
    private static final Set<String> OFFICIALS = keys("مسؤولين", "مسؤولون", "المسؤولين", "المسؤولون", "مسؤولي",
            "كبار", "القادة", "قادة", "ممثلين", "ممثلي", "وفد", "وفدا", "الوفد", "مسؤول", "نظرائه", "وزراء");
    private static final Set<String> CAPITAL = keys("العاصمة", "عاصمة");
    private static final String MINISTRY = Keys.of("وزارة");
    private static final String ABD = Keys.of("عبد");
    private static final String IN_THE_NAME_OF = Keys.of("باسم");
    /** Words before an outlet's name when someone speaks to or through it ("في حوار مع صحيفة …"). */
    private static final Set<String> OUTLET_LINKS = keys("مع", "عبر");
    /** Head nouns of parties, movements and other bodies an office may be "of". */
    private static final Set<String> BODY_HEADS = keys("حركة", "حزب", "جبهة", "تيار", "جماعة", "منظمة", "هيئة",
            "جمعية", "ائتلاف", "تحالف", "تجمع", "تنظيم",
            // councils and committees an office chairs: "رئيس لجنة الشؤون الدولية", "رئيس المجلس الأعلى للقوات المسلحة"
            "لجنة", "اللجنة", "المجلس", "مجلس", "مفوضية", "المفوضية", "المكتب");
    /** Nouns of places and institutions named after people: the name that follows is no person here. */
    private static final Set<String> NAMED_AFTER = keys("منتدى", "مؤسسة", "جامعة", "مستشفى", "شارع", "ملعب",
            "مسجد", "جامع", "مدرسة", "جائزة", "مركز", "قاعة", "مطار", "ميناء", "ساحة", "حي", "مجمع", "معهد",
            "كلية", "مكتبة", "متحف", "نادي", "مخيم", "ضريح", "جسر", "طريق", "مدينة", "قاعدة");
    /** Second halves of compound given names ("نور الدين", "نصر الله"). */
    private static final Set<String> COMPOUND_SECONDS = keys("الدين", "الله", "الإسلام", "الرحمن");
    /** Function words spelled with alef maqsura, which folding confuses with names ("على" / "علي"). */
    private static final Set<String> MAQSURA_WORDS = keys("على", "إلى", "حتى", "لدى", "متى", "سوى");
    private static final String TO = Keys.of("إلى");
    private static final java.util.Map<String, String> HONORIFIC_PRONOUNS = java.util.Map.of(
            Keys.of("جلالته"), Keys.of("جلالة"), Keys.of("سموه"), Keys.of("سمو"), Keys.of("فخامته"), Keys.of("فخامة"),
            Keys.of("معاليه"), Keys.of("معالي"), Keys.of("سعادته"), Keys.of("سعادة"), Keys.of("سماحته"),
            Keys.of("سماحة"), Keys.of("سيادته"), Keys.of("سيادة"), Keys.of("جلالتها"), Keys.of("جلالة"),
            Keys.of("سموها"), Keys.of("سمو"));
    private static final Set<String> HONORIFIC_HEADS = keys("جلالة", "سمو", "فخامة", "معالي", "سعادة", "سماحة",
            "سيادة");
    private static final String[] VERB_SUFFIXES = {"ت", "ا", "وا", "تا"};
    private static final Set<String> NATIONAL = keys("الوطني", "القومي", "المحلي", "الوطنية", "القومية");
    private static final Set<String> SPEECH_AFTER = keys("إن", "أن", "بأن", "إنه", "أنه");
    private static final Set<String> PERSON_BEFORE = keys("مع", "بين", "السيد", "السيدة", "عن", "التقى", "استقبل",
            "برئاسة", "يقوده", "بقيادة", "نظيره", "ضم", "حضر", "بحضور", "وحضر");
    private static final Set<String> INDEFINITE_PORTFOLIOS = keys("خارجية", "دفاع", "داخلية", "مالية", "عدل",
            "اقتصاد", "طاقة", "نفط", "إعلام", "صحة", "تجارة");
    private static final Set<String> REGNAL = keys("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
            "السابع", "الثامن", "التاسع", "العاشر", "الحادي عشر", "الثانية");
    private static final Set<String> ROYAL = keys("الملك", "الملكة", "السلطان", "البابا", "الإمبراطور", "ملك", "جلالة");
    /** Words that make an office of an office: "نائب وزير الخارجية", "مساعد وزير الدفاع". */
    private static final Set<String> TITLE_PREFIXES = keys("نائب", "مساعد", "وكيل", "القائم بأعمال", "كبير", "كبيرة",
            "نائبة", "مساعدة", "وكيلة", "مستشار", "مستشارة", "سكرتير", "نائب رئيس", "النائب", "مبعوث", "المبعوث",
            "القائم", "القائمة", "بأعمال");
    private static final Set<String> LINK_ENDINGS = keys("باسم", "لدى", "في", "لشؤون", "ل", "عن");
    /** Russian, Slavic and Georgian surname endings; Arabic masdars end in -يف too (تكثيف), so not that alone. */
    private static final String[] FOREIGN_ENDINGS = {"وف", "وفا", "ييف", "ييفا", "يفا", "سكي", "سكايا", "ينكو",
            "فيتش", "وفيتش", "شفيلي"};

    private final Gazetteer gazetteer;
    private final Lexicon lex;

    private static final String KINGDOM = Keys.of("المملكة");
    private static final String MADAM = Keys.of("السيدة");
    /** Words that make an office acting or interim; they stand between the office and the name. */
    private static final Set<String> ACTING = keys("بالإنابة", "بالنيابة", "بالوكالة", "المؤقت", "المؤقتة");

    MentionStage(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lex = lexicon;
    }

    private static Set<String> keys(String... words) {
        Set<String> s = new HashSet<>();
        for (String w : words) {
            s.add(Keys.of(w));
        }
        return Set.copyOf(s);
    }

    List<Mention> find(PreparedText t) {
        Scan first = new Scan(t, Set.of());
        first.run();
        Set<String> surnames = new HashSet<>();
        for (Mention m : first.out) {
            if (m.kind == Mention.Kind.PERSON && !m.chainName) {
                String[] words = m.key.split(" ");
                String last = words[words.length - 1];
                // "جورجيفا بالتقدم" read in the first pass: a preposition's noun is no family name
                if (words.length >= 2 && last.length() >= 3 && !words[0].equals(last)
                        && !(words.length == 2 && last.startsWith(Keys.of("بال")))) {
                    surnames.add(last);
                }
            }
        }
        Scan second = new Scan(t, surnames);
        second.run();
        return second.out;
    }

    /** One pass over the tokens; {@code surnames} are the family names of persons already found. */
    private final class Scan {
        final PreparedText t;
        final Set<String> surnames;
        final List<Mention> out = new ArrayList<>();
        final Gazetteer.Match[] gaz;
        final boolean[] gazDone;
        final BitSet timeTokens = new BitSet();
        /** The token where a name after a woman's title starts ("المتحدثة باسم الاتحاد نبيلة …"), else -1. */
        int feminineName = -1;
        /** A complement just read named a body no state owns (the UN, the EU): set by {@link #embedded}. */
        boolean sawInternational;

        Scan(PreparedText t, Set<String> surnames) {
            this.t = t;
            this.surnames = surnames;
            this.gaz = new Gazetteer.Match[t.size()];
            this.gazDone = new boolean[t.size()];
            for (TimeMention tm : t.times) {
                int a = t.firstTokenAtOrAfter(tm.start());
                int b = t.firstTokenAtOrAfter(tm.end());
                timeTokens.set(a, Math.max(a, b));
            }
        }

        Gazetteer.Match gaz(int i) {
            if (i < 0 || i >= gaz.length) {
                return null;
            }
            if (!gazDone[i]) {
                gaz[i] = gazetteer.longestAt(t, i);
                gazDone[i] = true;
            }
            return gaz[i];
        }

        void run() {
            int i = 0;
            int n = t.size();
            while (i < n) {
                if (!t.isWord(i) || t.isDropped(i)) {
                    i++;
                    continue;
                }
                int next = at(i);
                i = Math.max(next, i + 1);
            }
        }

        /**
         * One word that is both a country and another country's city (عُمان / عمّان): the spelling decides when
         * it is vocalised like one of the two; otherwise the city when the story is filed from its country or
         * "العاصمة" precedes it.
         */
        boolean readsAsPlace(int i, int clitic, Gazetteer.Entry country, Gazetteer.Entry city) {
            String raw = t.tokens.get(i).text().substring(cliticOffset(i, clitic));
            if (city.place().names().contains(raw) && !raw.equals(t.norm(i).substring(clitic))) return true;
            if (country.countryRef().names().contains(raw) && !raw.equals(t.norm(i).substring(clitic))) return false;
            return city.country().equals(Dateline.country(t, gazetteer))
                    || i > 0 && Keys.of("العاصمة").equals(DocIndex.stripConj(t.norm(i - 1)));
        }

        /**
         * "المملكة" alone is the kingdom the story is filed from ("الرباط - … زيارة عمل إلى المملكة"): the
         * dateline's country when one of its names is a kingdom's, else the knowledge base's reading.
         */
        Gazetteer.Entry homeKingdom(Gazetteer.Entry fallback) {
            String home = Dateline.country(t, gazetteer);
            if (home == null || home.equals(fallback.country())) return fallback;
            for (Gazetteer.Entry h : gazetteer.lookupCountry(home)) {
                for (String name : h.countryRef().names()) {
                    String key = Keys.of(name);
                    if (key.startsWith(KINGDOM + " ") || key.startsWith(KINGDOM.substring(2) + " ")) return h;
                }
            }
            return fallback;
        }

        /** Tries every rule at token i; returns the index after what it consumed. */
        int at(int i) {
            Gazetteer.Match m = gaz(i);
            if (m != null && m.has(Gazetteer.Kind.TITLE) && m.end() == i + 1 && !hasArticle(i)
                    && lex.givenNames.contains(t.norm(i))) {
                m = null; // "عماد الطرابلسي": a given name, not the rank "العماد"
            }
            if (m != null && m.has(Gazetteer.Kind.TITLE) && functionWordNotTitle(i, m)) {
                m = null; // "أمام الصحفيين": the preposition, not إمام
            }
            if ((m != null && m.has(Gazetteer.Kind.TITLE) && !m.has(Gazetteer.Kind.PERSON))
                    || (isTitlePrefix(i) && (gaz(i + 1) != null && gaz(i + 1).has(Gazetteer.Kind.TITLE)
                        || isTitlePrefix(i + 1) && gaz(i + 2) != null && gaz(i + 2).has(Gazetteer.Kind.TITLE)))) {
                int r = titled(i);
                if (r > i) return r;
            }
            if (m != null && m.has(Gazetteer.Kind.PERSON)) {
                return kbPerson(i, m);
            }
            if (m != null && m.end() > i + 1 && m.has(Gazetteer.Kind.ORGANIZATION)) {
                // a known organisation's full name ("وكالة الأنباء السعودية") before the patterns
                Gazetteer.Entry e = m.first(Gazetteer.Kind.ORGANIZATION);
                Mention org = add(Mention.Kind.ORGANIZATION, i, m.end(), m.cliticChars(), e.organization(), e.country());
                outlet(org, e.organization(), false);
                return m.end();
            }
            int r = counterpart(i);
            if (r > i) return r;
            r = governmentBody(i);
            if (r > i) return r;
            r = media(i);
            if (r > i) return r;
            r = quotedOutlet(i);
            if (r > i) return r;
            r = capital(i);
            if (r > i) return r;
            if (m != null) {
                Gazetteer.Entry e;
                if ((e = m.first(Gazetteer.Kind.ORGANIZATION)) != null) {
                    Mention org = add(Mention.Kind.ORGANIZATION, i, m.end(), m.cliticChars(), e.organization(),
                            e.country());
                    outlet(org, e.organization(), false);
                    return m.end();
                }
                if ((e = m.first(Gazetteer.Kind.COUNTRY)) != null) {
                    Gazetteer.Entry city = m.first(Gazetteer.Kind.PLACE);
                    if (city != null && m.end() == i + 1 && !java.util.Objects.equals(city.country(), e.country())
                            && readsAsPlace(i, m.cliticChars(), e, city)) {
                        add(Mention.Kind.PLACE, i, m.end(), m.cliticChars(), city.place(), city.country());
                        return m.end();
                    }
                    if (m.end() == i + 1 && KINGDOM.equals(t.norm(i).substring(m.cliticChars()))) {
                        e = homeKingdom(e);
                    }
                    add(Mention.Kind.COUNTRY, i, m.end(), m.cliticChars(), e.countryRef(), e.country());
                    return m.end();
                }
                if ((e = m.first(Gazetteer.Kind.PLACE)) != null) {
                    add(Mention.Kind.PLACE, i, m.end(), m.cliticChars(), e.place(), e.country());
                    return m.end();
                }
                if (m.has(Gazetteer.Kind.DEMONYM) && m.end() == i + 1 && !followsDefinite(i)) {
                    // "أن السوداني سيبحث": a nisba surname of a person named earlier, not an adjective
                    int r2 = surname(i);
                    if (r2 > i) return r2;
                }
                if (m.has(Gazetteer.Kind.DEMONYM) || m.has(Gazetteer.Kind.TITLE)) {
                    return m.end();
                }
            }
            String pronoun = honorificPronoun(i);
            if (pronoun != null) {
                Mention hp = add(Mention.Kind.TITLE_ONLY, i, i + 1, 0, null, null);
                hp.honorificPronoun = pronoun;
                return i + 1;
            }
            if (isGroupWord(i)) {
                add(Mention.Kind.GROUP_WORD, i, i + 1, 0, null, null);
                return i + 1;
            }
            if (t.anyVariant(t.norm(i), OFFICIALS::contains)) {
                add(Mention.Kind.OFFICIALS, i, i + 1, 0, null, null);
                return i + 1;
            }
            r = unknownPerson(i);
            if (r > i) return r;
            r = surname(i);
            return r;
        }

        boolean isTitlePrefix(int p) {
            for (Clitic c : t.variants(t.norm(p))) {
                if (TITLE_PREFIXES.contains(c.stem())) return true;
            }
            return false;
        }

        int cliticOf(int p) {
            for (Clitic c : t.variants(t.norm(p))) {
                if (TITLE_PREFIXES.contains(c.stem())) return c.prefixChars();
            }
            return 0;
        }

        boolean takesDestination(TitleEntry te, int start, int titleStart) {
            if (te.category() == TitleCategory.DIPLOMAT) return true;
            for (int k = start; k <= titleStart && k < t.size(); k++) {
                String w = DocIndex.stripConj(t.norm(k));
                if (w.contains(Keys.of("مبعوث")) || w.contains(Keys.of("سفير")) || w.contains(Keys.of("مندوب"))) return true;
            }
            return false;
        }

        /**
         * "المستشار الدبلوماسي لرئيس الدولة", "المستشار الإعلامي لرئيس الوزراء": a word that is an honorific
         * before a name (المستشار عدلي منصور) is an office when its field or the office it serves follows.
         */
        boolean honorificAsOffice(int p, Gazetteer.Match m) {
            String head = t.norm(p).startsWith("ال") ? t.norm(p).substring(2) : t.norm(p);
            if (!(isTitlePrefix(p) || TITLE_PREFIXES.contains(head)) || m.end() >= t.size()) return false;
            int k = m.end();
            String w = t.norm(k);
            if (TITLE_QUALIFIERS.contains(w)) return true;
            Gazetteer.Match next = gaz(k);
            return w.charAt(0) == 'ل' && next != null && next.cliticChars() > 0 && next.has(Gazetteer.Kind.TITLE)
                    && !next.has(Gazetteer.Kind.PERSON);
        }

        /**
         * A one-word title spelled like a function word once hamzas are folded, written with the function
         * word's hamza: "أمام" (in front of) is not "إمام" (imam).
         */
        boolean functionWordNotTitle(int p, Gazetteer.Match m) {
            if (m.end() != p + 1 || m.cliticChars() > 0 || !lex.functionWords.contains(t.norm(p))) return false;
            String raw = t.tokens.get(p).text();
            return !raw.isEmpty() && raw.charAt(0) == '\u0623';
        }

        boolean endsWithLink(Gazetteer.Match m) {
            return LINK_ENDINGS.contains(t.norm(m.end() - 1));
        }

        /** "جلالته", "لسموه", "فخامته": the honorific the pronoun of honour stands for, or null. */
        String honorificPronoun(int i) {
            for (Clitic c : t.variants(t.norm(i))) {
                String h = HONORIFIC_PRONOUNS.get(c.stem());
                if (h != null) return h;
            }
            return null;
        }

        /** The honorific among tokens [a, b), normalised to its head word ("صاحب السمو الملكي" → سمو). */
        String honorificKey(int a, int b) {
            for (int k = a; k < b; k++) {
                for (Clitic c : t.variants(t.norm(k))) {
                    String stem = c.stem().startsWith("ال") ? c.stem().substring(2) : c.stem();
                    if (HONORIFIC_HEADS.contains(stem)) return stem;
                }
            }
            return null;
        }

        boolean isGroupWord(int i) {
            return t.anyVariant(t.norm(i), lex.groupWords::contains);
        }

        // ---- titles ----------------------------------------------------------------------------------

        /** Title (+ complements) (+ honorifics) (+ name). */
        int titled(int i) {
            sawInternational = false;
            List<Mention.RoleInfo> roles = new ArrayList<>();
            java.util.Set<String> seenHonorifics = new java.util.HashSet<>();
            int j = i;
            boolean honorificOnly = true;
            boolean feminine = false; // "المتحدثة", "وزيرة", "نائبة": a woman's office, whose name may end in ة
            int roleStart = -1;
            while (true) {
                int p = j;
                while (p < t.size() && p < j + 3 && isTitlePrefix(p) && (gaz(p + 1) != null
                        && gaz(p + 1).has(Gazetteer.Kind.TITLE) || isTitlePrefix(p + 1))) {
                    p++;
                }
                Gazetteer.Match m = gaz(p);
                if (m == null || !m.has(Gazetteer.Kind.TITLE) || m.has(Gazetteer.Kind.PERSON)) {
                    break;
                }
                if (!roles.isEmpty() && m.end() == p + 1 && !hasArticle(p) && sonOf(p + 1)) {
                    break; // "الدكتور مساعد بن محمد العيبان": a rank is never followed by بن; a given name is
                }
                if (!roles.isEmpty() && p == j && m.end() == p + 1 && !hasArticle(p)
                        && lex.givenNames.contains(t.norm(p))) {
                    break; // "وزير الداخلية الليبي عماد الطرابلسي": a given name, not the rank "العماد"
                }
                TitleEntry te = m.first(Gazetteer.Kind.TITLE).title();
                if (!roles.isEmpty() && p == j && t.norm(p).equals(MADAM) && roleStart >= 0
                        && !endsWithTehMarbuta(roleStart)) {
                    // "استقبل رئيس الوزراء السيدة X": a man's office, then a woman named with her honorific —
                    // the office is the verb's subject, she is someone else
                    return bareOffice(i, j, roles.get(0));
                }
                boolean honorific = te.category() == TitleCategory.HONORIFIC && p == j && !honorificAsOffice(p, m);
                int end = m.end();
                String hk = honorificKey(p, m.end());
                if (hk != null) seenHonorifics.add(hk);
                if (!honorific) {
                    feminine |= endsWithTehMarbuta(j) || endsWithTehMarbuta(p);
                    honorificOnly = false;
                    Complement c = complement(end, endsWithLink(m), takesDestination(te, j, p), takesPortfolio(te, m));
                    String country = c.country != null ? c.country : demonymIn(p, m.end());
                    roles.add(role(j, p == j ? m.cliticChars() : cliticOf(j), c.titleEnd, country, te));
                    roleStart = roleStart < 0 ? j : roleStart;
                    end = c.end;
                    if (roles.size() == 1 && bareSubject(i, p, m, c)) {
                        // "استقبل الرئيس وزير الخارجية السنغالي X": the verb's subject, then its object
                        return bareOffice(i, end, roles.get(0));
                    }
                }
                j = end;
                if (t.isComma(j) && !honorificOnly && gaz(j + 1) != null && gaz(j + 1).has(Gazetteer.Kind.TITLE)) {
                    j++;
                }
            }
            if (j == i) {
                return i;
            }
            int nameStart = t.isComma(j) ? j + 1 : j;
            while (nameStart < t.size() && ACTING.contains(t.norm(nameStart))) {
                nameStart++; // "المبعوثة الأممية بالإنابة ستيفاني خوري": acting, then the name
            }
            // honorifics between the title and the name ("الأستاذ", "الدكتور")
            while (gaz(nameStart) != null && gaz(nameStart).has(Gazetteer.Kind.TITLE)
                    && gaz(nameStart).first(Gazetteer.Kind.TITLE).title().category() == TitleCategory.HONORIFIC) {
                String hk = honorificKey(nameStart, gaz(nameStart).end());
                if (hk != null) seenHonorifics.add(hk);
                nameStart = gaz(nameStart).end();
            }
            String nisba = roles.isEmpty() ? null : unknownNisba(nameStart);
            if (nisba != null) {
                // "وزير الخارجية المالي موسى ديوب": a nationality adjective the lists do not hold as one
                nameStart++;
                for (int r = 0; r < roles.size(); r++) {
                    Mention.RoleInfo ri = roles.get(r);
                    if (ri.country() == null && !nisba.isEmpty()) {
                        roles.set(r, new Mention.RoleInfo(ri.title(), nisba, ri.organizationKey(), ri.personal()));
                    }
                }
            }
            Gazetteer.Match pm = gaz(nameStart);
            Mention person = null;
            if (!roles.isEmpty() && i > 0 && t.anyVariant(t.norm(i - 1), NAMED_AFTER::contains)) {
                // "مستشفى الملك فيصل التخصصي", "جامعة الأمير سلطان": an institution named after a person
                int e = pm != null && pm.has(Gazetteer.Kind.PERSON) ? pm.end() : nameExtent(nameStart, true);
                return Math.max(e, j);
            }
            if (pm != null && pm.has(Gazetteer.Kind.PERSON)) {
                person = personFromKb(nameStart, pm, i);
            } else {
                feminineName = feminine ? nameStart : -1;
                int nameEnd = nameExtent(nameStart, true);
                feminineName = -1;
                if (nameEnd > nameStart && (nameEnd - nameStart >= 2 || plausibleSingleName(nameStart))) {
                    person = person(i, nameStart, nameEnd, null, null);
                }
            }
            for (int k = i; k < nameStart && !sawInternational; k++) {
                sawInternational = INTERNATIONAL_ADJ.contains(t.norm(k));
            }
            if (person != null) {
                person.international |= sawInternational && person.ref == null;
                person.honorifics.addAll(seenHonorifics);
                person.roles.addAll(roles);
                if (person.country == null && !roles.isEmpty()) {
                    person.country = roles.get(0).country();
                }
                return apposition(person, person.tokEnd);
            }
            if (honorificOnly || roles.isEmpty()) {
                return i;
            }
            // a title with no name: the office stands for its holder
            Mention.RoleInfo r0 = roles.get(0);
            Mention m = new Mention(Mention.Kind.TITLE_ONLY, i, j, t.start(i) + 0, t.end(j - 1), t.surface(i, j),
                    Keys.of(t.surface(i, j)), null, r0.country());
            m.roles.addAll(roles);
            out.add(m);
            return j;
        }

        /**
         * A definite nisba adjective ("المالي", "الغابوني") no list holds as a demonym, between a title and a
         * name of two or more words that starts like one: the country code its stem names ("مالي", "الغابون",
         * "غانا"), "" when none, or null when token k is no such word.
         */
        String unknownNisba(int k) {
            if (k + 2 >= t.size() || !t.isArabicWord(k) || !hasArticle(k)) return null;
            String w = t.norm(k);
            // a known demonym or any other listed word is read by the complement already
            if (w.length() < 5 || !w.endsWith("ي") || gaz(k) != null || lex.functionWords.contains(w)) return null;
            if (!(isGivenName(k + 1) || isForeignSurname(t.norm(k + 1)))) return null;
            if (nameExtent(k + 1, true) - (k + 1) < 2) return null;
            String stem = w.substring(2, w.length() - 1);
            for (String form : new String[] {stem + "ي", stem, "ال" + stem, stem + "ا"}) {
                for (Gazetteer.Entry e : gazetteer.lookup(form)) {
                    if (e.kind() == Gazetteer.Kind.COUNTRY) return e.country();
                }
            }
            return "";
        }

        /**
         * A one-word definite office ("الرئيس", "الملك") right after a verb and right before another office:
         * the verb's subject, not the first of one person's offices ("رئيس الوزراء وزير الخارجية" has a
         * complement, "الرئيس وزير الخارجية" after استقبل is two people).
         */
        boolean bareSubject(int i, int p, Gazetteer.Match m, Complement c) {
            if (p != i || m.end() != i + 1 || c.end != m.end() || !hasArticle(i) || i == 0) return false;
            String before = DocIndex.stripConj(t.norm(i - 1));
            if (!(lex.meetingCues.contains(before) || lex.reportingCues.contains(before)
                    || lex.commonVerbs.contains(before))) {
                return false;
            }
            int k = c.end;
            Gazetteer.Match next = gaz(k);
            boolean office = next != null && next.has(Gazetteer.Kind.TITLE) && !next.has(Gazetteer.Kind.PERSON)
                    && next.first(Gazetteer.Kind.TITLE).title().category() != TitleCategory.HONORIFIC;
            return office || isTitlePrefix(k) && gaz(k + 1) != null && gaz(k + 1).has(Gazetteer.Kind.TITLE);
        }

        record Complement(int titleEnd, int end, String country) {}

        /** Complements after a title ending at token j; titleEnd drops a final demonym from the title text. */
        /** {@code envoy}: the office may take "إلى" ("المبعوث الخاص إلى سوريا"); a minister's may not. */
        /** {@code portfolio}: whether a minister's portfolio may go on in words no list holds ({@link #takesPortfolio}). */
        Complement complement(int j, boolean linked, boolean envoy, int portfolio) {
            String country = null;
            int titleEnd = j;
            int k = j;
            String inner = null;
            if (portfolio != NONE) {
                k = portfolioEnd(j, portfolio);
                titleEnd = k;
                inner = demonymIn(j, k); // "والتونسيين بالخارج": the office's people
            }
            while (k < t.size() && t.isWord(k)) {
                Gazetteer.Match m = gaz(k);
                String w = t.norm(k);
                if (k == j && INDEFINITE_PORTFOLIOS.contains(w) && gaz(k + 1) != null
                        && gaz(k + 1).has(Gazetteer.Kind.COUNTRY)) {
                    // "وزير خارجية السعودية": the portfolio and the country in construct
                    if (country == null) country = gaz(k + 1).first(Gazetteer.Kind.COUNTRY).country();
                    k = gaz(k + 1).end();
                    titleEnd = k;
                    continue;
                }
                Gov g = gov(k, true);
                if (g != null && (linked || k > j || g.country != null)) {
                    // "باسم الخارجية الروسية", "وزير الدفاع في الحكومة السورية"
                    if (country == null) country = g.country;
                    if (linked && k == j) embedded(k, g.end, g.clitic, null, g.country);
                    k = g.end;
                    titleEnd = trimTrailing(j, k);
                    continue;
                }
                if ((linked || j > 0 && !hasArticle(j - 1)) && k == j && m != null && m.has(Gazetteer.Kind.ORGANIZATION)
                        && !m.has(Gazetteer.Kind.PERSON)) {
                    if (country == null) country = m.first(Gazetteer.Kind.ORGANIZATION).country();
                    Gazetteer.Entry e = m.first(Gazetteer.Kind.ORGANIZATION);
                    embedded(k, m.end(), m.cliticChars(), e.organization(), e.country());
                    k = m.end();
                    titleEnd = k;
                    continue;
                }
                if (m != null && m.has(Gazetteer.Kind.DEMONYM) && !m.has(Gazetteer.Kind.PERSON)) {
                    if (country == null) country = m.first(Gazetteer.Kind.DEMONYM).country();
                    k = m.end();
                    continue; // a trailing demonym is not part of the title text
                }
                if (AFFAIRS.contains(w)) {
                    // "وكيل الوزارة للشؤون السياسية", "وزيرة دولة لشؤون التعاون الدولي": the field is the office's
                    int e = k + 1;
                    while (e < Math.min(t.size(), k + 4) && t.isArabicWord(e) && hasArticle(e)
                            && (gaz(e) == null || !gaz(e).has(Gazetteer.Kind.PERSON) && !gaz(e).has(Gazetteer.Kind.TITLE))
                            && !lex.functionWords.contains(t.norm(e))) {
                        if (gaz(e) != null && gaz(e).has(Gazetteer.Kind.DEMONYM) && e > k + 1) break;
                        e = gaz(e) != null ? gaz(e).end() : e + 1;
                    }
                    if (e > k + 1) {
                        k = e;
                        titleEnd = e;
                        continue;
                    }
                }
                if (TITLE_QUALIFIERS.contains(w)) {
                    k++;
                    titleEnd = k;
                    if (CHARGED.contains(w) && k < t.size() && t.isArabicWord(k) && t.norm(k).startsWith(Keys.of("بال"))
                            && (gaz(k) == null || !gaz(k).has(Gazetteer.Kind.PERSON))) {
                        // "المفوضة المكلفة بالمتوسط", "الوزير المكلف بالشؤون الإفريقية": the charge is the office's
                        k = gaz(k) != null ? gaz(k).end() : k + 1;
                        while (k < Math.min(t.size(), titleEnd + 4) && t.isArabicWord(k) && gaz(k) == null
                                && (hasArticle(k) || t.norm(k).startsWith(Keys.of("وال")))
                                && !lex.functionWords.contains(t.norm(k))) {
                            k++;
                        }
                        titleEnd = k;
                    }
                    continue;
                }
                if ((TITLE_LINKS.contains(w) || t.anyVariant(w, TITLE_LINKS::contains) || startsWithLinkClitic(w))
                        && (!w.equals(TO) || envoy)) {
                    int e = linkedPhrase(k);
                    if (e > k) {
                        String c = countryIn(k, e);
                        if (country == null) country = c;
                        k = e;
                        titleEnd = e;
                        continue;
                    }
                }
                if (m != null && m.has(Gazetteer.Kind.TITLE) && followsOf(k, m)) {
                    // "مبعوث الرئيس الروسي": the office of another office-holder
                    k = m.end();
                    titleEnd = k;
                    continue;
                }
                if (envoy && m != null && (m.cliticChars() > 0 || w.startsWith("لل")) && w.charAt(0) == 'ل'
                        && (m.has(Gazetteer.Kind.COUNTRY) || m.has(Gazetteer.Kind.PLACE)) && !m.has(Gazetteer.Kind.PERSON)) {
                    // "المبعوث الأمريكي الخاص لليمن": the country an envoy is sent to
                    k = m.end();
                    titleEnd = k;
                    continue;
                }
                // the head may close the title itself ("رئيس حزب" + "الاستقلال")
                int head = k == j && BODY_HEADS.contains(w) ? k
                        : k == j && k > 0 && BODY_HEADS.contains(t.norm(k - 1)) ? k - 1 : -1;
                if (head >= 0) {
                    int e = bodyChain(head);
                    if (e > head + 1) {
                        // "رئيس حركة مجتمع السلم عبد الرزاق مقري": the body the office heads, then the name; a
                        // demonym after it says whose ("حزب العدالة والتنمية المغربي", not the Turkish one)
                        Gazetteer.Match after = gaz(e);
                        String bodyCountry = after != null && after.has(Gazetteer.Kind.DEMONYM)
                                ? after.first(Gazetteer.Kind.DEMONYM).country() : countryIn(head, e);
                        Gazetteer.Match kb = gaz(head) != null && gaz(head).end() == e ? gaz(head)
                                : gaz(head + 1) != null && gaz(head + 1).end() == e ? gaz(head + 1) : null;
                        if (kb != null && kb.has(Gazetteer.Kind.ORGANIZATION) && !kb.has(Gazetteer.Kind.PERSON)
                                && (after == null || !after.has(Gazetteer.Kind.DEMONYM)
                                    || bodyCountry.equals(kb.first(Gazetteer.Kind.ORGANIZATION).country()))) {
                            // a known body ("حركة حماس"): the same actor as its other mentions
                            Gazetteer.Entry known = kb.first(Gazetteer.Kind.ORGANIZATION);
                            embedded(head, e, 0, known.organization(), known.country());
                            bodyCountry = known.country();
                        } else {
                            embedded(head, e, 0, null, bodyCountry);
                        }
                        if (country == null) country = bodyCountry;
                        k = e;
                        titleEnd = e;
                        continue;
                    }
                }
                if (linked && k == j && k > 0 && t.norm(k - 1).equals(IN_THE_NAME_OF)) {
                    int e = bodyPhrase(k);
                    if (e > k) {
                        k = e; // "المتحدث باسم قوات التحالف": what follows باسم is a body, not the speaker's name
                        titleEnd = e;
                        continue;
                    }
                }
                if (k > j && w.startsWith("و") && gaz(k) == null && k + 1 < t.size() && gaz(k + 1) != null
                        && gaz(k + 1).has(Gazetteer.Kind.DEMONYM) && k == titleEnd) {
                    // "وزير التنمية والتكنولوجيا البولندي": a coordinated portfolio
                    k++;
                    titleEnd = k;
                    continue;
                }
                if (k == titleEnd && STATE_NOUNS.contains(w) && !hasArticle(k) && gaz(k + 1) != null
                        && gaz(k + 1).has(Gazetteer.Kind.COUNTRY) && !gaz(k + 1).has(Gazetteer.Kind.PERSON)) {
                    // "سفيرة جمهورية بيلاروس", "رئيس وزراء مملكة ليسوتو": the state named with its kind
                    if (country == null) country = gaz(k + 1).first(Gazetteer.Kind.COUNTRY).country();
                    k = gaz(k + 1).end();
                    titleEnd = k;
                    continue;
                }
                if (m != null && (m.has(Gazetteer.Kind.PLACE) || m.has(Gazetteer.Kind.COUNTRY))
                        && !m.has(Gazetteer.Kind.PERSON) && isRegionalTitleObject(j, k)) {
                    // "ولي عهد أبوظبي", "أمير قطر"
                    Gazetteer.Entry e = m.has(Gazetteer.Kind.COUNTRY) ? m.first(Gazetteer.Kind.COUNTRY)
                            : m.first(Gazetteer.Kind.PLACE);
                    if (country == null) country = e.country();
                    k = m.end();
                    titleEnd = k;
                    continue;
                }
                break;
            }
            // a demonym right after the title still ends the title text before it; keep later ones inside
            return new Complement(Math.max(j, trimTrailing(j, titleEnd)), k, country != null ? country : inner);
        }

        /**
         * How a minister's office may take a portfolio no list holds: {@link #BARE} after the construct head
         * alone ("وزير", "نائب وزير" — not "الوزير"), {@link #MORE} after a listed portfolio ("وزير الطاقة"
         * + "والبنية التحتية"), {@link #NONE} for other offices.
         */
        static final int NONE = 0;
        static final int BARE = 1;
        static final int MORE = 2;

        int takesPortfolio(TitleEntry te, Gazetteer.Match m) {
            if (!te.title().contains("وزير")) return NONE;
            if (!te.title().endsWith("وزير")) return MORE;
            int last = m.end() - 1;
            String w = t.norm(last);
            if (last == m.start()) w = w.substring(Math.min(w.length(), m.cliticChars()));
            return w.startsWith("ال") ? NONE : BARE;
        }

        /**
         * A portfolio no list holds, after a minister's title: definite nouns, coordinated with و ("وزير
         * التنمية والتكنولوجيا البولندي", "وزير الطاقة والبنية التحتية الإماراتي"), up to five words, kept
         * only when a demonym, a country or a name follows — else the words are not the office's. After a
         * listed portfolio ({@link #MORE}) the first word must be coordinated ("و" + article).
         */
        private int portfolioEnd(int j, int mode) {
            int p = j;
            while (p < Math.min(t.size(), j + 5) && t.isArabicWord(p)) {
                String w = t.norm(p);
                boolean coordinated = w.startsWith(Keys.of("وال"));
                boolean definite = p == j ? (mode == BARE ? hasArticle(p) : coordinated) : hasArticle(p) || coordinated;
                if (p > j && p + 1 < t.size() && coordinated && gaz(p) != null && gaz(p).has(Gazetteer.Kind.DEMONYM)
                        && gaz(p).end() == p + 1 && abroad(p + 1)) {
                    p += 2; // "والتونسيين بالخارج", "والمصريين بالخارج": a people abroad, part of the portfolio
                    continue;
                }
                if (!definite || gaz(p) != null || timeTokens.get(p) || lex.functionWords.contains(w)
                        || lex.reportingCues.contains(w) || lex.meetingCues.contains(w) || lex.visitCues.contains(w)
                        || GOV_NOUNS.contains(w)) {
                    break;
                }
                p++;
            }
            if (p == j) return j;
            Gazetteer.Match after = gaz(p);
            boolean anchored = after != null && !after.has(Gazetteer.Kind.PERSON)
                    && (after.has(Gazetteer.Kind.DEMONYM) || after.has(Gazetteer.Kind.COUNTRY));
            boolean named = (after != null && after.has(Gazetteer.Kind.PERSON)) || isGivenName(p)
                    || isForeignSurname(t.norm(p));
            return anchored || named ? p : j;
        }

        /** "بالخارج", "في الخارج" is one word here: "بالخارج". */
        private boolean abroad(int p) {
            return t.norm(p).equals(Keys.of("بالخارج"));
        }

        /**
         * A body named by its kind ("حركة مجتمع السلم", "حزب العدالة والتنمية"): the head, then words in
         * construct with it — an indefinite one only before a definite one — up to a given name, a title, a
         * demonym or a function word. Returns the end, or k when nothing follows the head.
         */
        private int bodyChain(int k) {
            int e = k + 1;
            boolean definite = false;
            while (e < t.size() && e < k + 5 && t.isArabicWord(e)) {
                String w = t.norm(e);
                Gazetteer.Match m = gaz(e);
                if (lex.functionWords.contains(w) || lex.commonVerbs.contains(w) || isGivenName(e)
                        || lex.reportingCues.contains(DocIndex.stripConj(w))
                        || (m != null && (m.has(Gazetteer.Kind.TITLE) || m.has(Gazetteer.Kind.PERSON)))) {
                    break;
                }
                if (m != null && m.has(Gazetteer.Kind.DEMONYM) && e > k + 1) break; // "… المصري": the country
                boolean known = m != null && m.has(Gazetteer.Kind.ORGANIZATION);
                if (w.startsWith(Keys.of("بال")) && !known) break; // "رئيسة المفوضية بالدور": the verb's object
                boolean article = hasArticle(e) || w.startsWith("وال"); // "العدالة والتنمية"
                if (!article && !known) {
                    // an indefinite word only heads a construct ("مجتمع السلم"), never after a definite one,
                    // and not as a compound given name ("فضل الله")
                    boolean next = e + 1 < t.size() && hasArticle(e + 1) && !isGivenName(e + 1)
                            && !COMPOUND_SECONDS.contains(t.norm(e + 1));
                    if (definite || !next) break;
                }
                definite |= article || known;
                e++;
            }
            return e;
        }

        /** An unknown body after "باسم": a head noun and the definite words in construct with it. */
        private int bodyPhrase(int k) {
            int e = k;
            while (e < t.size() && e < k + 4 && t.isArabicWord(e) && (e == k || hasArticle(e))) {
                String w = t.norm(e);
                Gazetteer.Match m = gaz(e);
                if (lex.functionWords.contains(w) || lex.commonVerbs.contains(w) || isGivenName(e)
                        || (m != null && (m.has(Gazetteer.Kind.TITLE) || m.has(Gazetteer.Kind.DEMONYM)
                            || m.has(Gazetteer.Kind.PERSON)))) {
                    break;
                }
                e++;
            }
            return e;
        }

        private int trimTrailing(int from, int end) {
            int e = end;
            while (e > from && gaz(e - 1) != null && gaz(e - 1).has(Gazetteer.Kind.DEMONYM)
                    && gaz(e - 1).end() == e) {
                e--;
            }
            return e;
        }

        private boolean startsWithLinkClitic(String w) {
            if (w.length() < 3) return false;
            char c = w.charAt(0);
            if (c != 'ب' && c != 'ل') return false;
            String rest = w.startsWith("لل") ? "ا" + w.substring(1) : w.substring(1);
            if (c == 'ل' && NOT_AFTER_LAM.contains(rest)) return false;
            return STATE_NOUNS.contains(rest);
        }

        /** Only directly after the title ("أمير قطر"), never after other complements. */
        private boolean isRegionalTitleObject(int titleEnd, int k) {
            return k == titleEnd;
        }

        private boolean followsOf(int k, Gazetteer.Match m) {
            // an office as a genitive complement ("مبعوث الرئيس الروسي", "مستشار للرئيس"): definite or with ل,
            // and followed by a demonym or a country/organisation; "وزير الدفاع" after a title is a new office
            String w = t.norm(k);
            if (!(hasArticle(k) || w.startsWith("لل") || (m.cliticChars() > 0 && w.charAt(0) == 'ل'))) return false;
            Gazetteer.Match after = gaz(m.end());
            return after != null && (after.has(Gazetteer.Kind.DEMONYM) || after.has(Gazetteer.Kind.COUNTRY)
                    || after.has(Gazetteer.Kind.ORGANIZATION));
        }

        /** A preposition/link at k followed by an organisation, country, place, state noun or demonym phrase. */
        int linkedPhrase(int k) {
            int e = k;
            String w = t.norm(k);
            boolean standalone = TITLE_LINKS.contains(w) && !startsWithLinkClitic(w);
            int p = standalone ? k + 1 : k;
            // the head word itself may carry the link clitic ("بدولة", "للرئيس", "لدى")
            int limit = Math.min(t.size(), p + 6);
            int lastGood = -1;
            while (p < limit && t.isWord(p)) {
                Gazetteer.Match m = gaz(p);
                String pw = t.norm(p);
                if (m != null && venueOnly(m)) {
                    break; // "رئيس الدولة في قصر الشاطئ": where the meeting is, not what the office is of
                }
                if (m != null && (m.has(Gazetteer.Kind.ORGANIZATION) || m.has(Gazetteer.Kind.COUNTRY)
                        || m.has(Gazetteer.Kind.PLACE) || m.has(Gazetteer.Kind.DEMONYM))
                        && !m.has(Gazetteer.Kind.PERSON)) {
                    boolean national = m.has(Gazetteer.Kind.ORGANIZATION) && NATIONAL.contains(t.norm(m.end()));
                    if (m.has(Gazetteer.Kind.ORGANIZATION) && !national) {
                        // "لدى الأمم المتحدة", "باسم جماعة أنصار الله": the body is an actor too
                        Gazetteer.Entry body = m.first(Gazetteer.Kind.ORGANIZATION);
                        embedded(p, m.end(), m.cliticChars(), body.organization(), body.country());
                    }
                    p = national ? m.end() + 1 : m.end(); // "مجلس الأمن الوطني" is not the Security Council
                    lastGood = p;
                    // "الشرق الأوسط وإفريقيا": a coordinated place continues the phrase
                    if (p < t.size() && t.norm(p).startsWith("و") && gaz(p) != null
                            && (gaz(p).has(Gazetteer.Kind.PLACE) || gaz(p).has(Gazetteer.Kind.COUNTRY))) {
                        continue;
                    }
                    Gazetteer.Match d = gaz(p);
                    if (d != null && d.has(Gazetteer.Kind.DEMONYM)) {
                        p = d.end();
                        lastGood = p;
                    }
                    break;
                }
                if (STATE_NOUNS.contains(pw) || t.anyVariant(pw, STATE_NOUNS::contains) || GOV_NOUNS.contains(pw)) {
                    p++;
                    lastGood = p;
                    if (p + 1 < limit && hasArticle(p) && gaz(p) == null && t.isArabicWord(p)
                            && !lex.functionWords.contains(t.norm(p)) && gaz(p + 1) != null
                            && gaz(p + 1).has(Gazetteer.Kind.DEMONYM) && !gaz(p + 1).has(Gazetteer.Kind.PERSON)) {
                        p++; // "في مجلس الدوما الروسي": a council's own name, then whose it is
                    }
                    continue;
                }
                if ((m != null && m.has(Gazetteer.Kind.TITLE) && p == (standalone ? k + 1 : k))
                        || (p == k && !standalone)) {
                    p++;
                    continue;
                }
                break;
            }
            return lastGood > e ? lastGood : e;
        }

        /** A palace, hall or headquarters and nothing else: a venue is never the complement of an office. */
        boolean venueOnly(Gazetteer.Match m) {
            for (Gazetteer.Entry e : m.entries()) {
                if (e.kind() != Gazetteer.Kind.PLACE || e.place().kind() != io.github.khabar.kb.PlaceKind.VENUE) return false;
            }
            return true;
        }

        /** A demonym inside a title's own words ("المبعوث الأمريكي" is one title form): the office's country. */
        String demonymIn(int a, int b) {
            for (int k = a; k < b; k++) {
                Gazetteer.Match m = gaz(k);
                if (m != null && m.end() <= b && m.has(Gazetteer.Kind.DEMONYM) && !m.has(Gazetteer.Kind.TITLE)) {
                    return m.first(Gazetteer.Kind.DEMONYM).country();
                }
            }
            return null;
        }

        String countryIn(int a, int b) {
            for (int k = a; k < b; k++) {
                Gazetteer.Match m = gaz(k);
                if (m == null) continue;
                for (Gazetteer.Entry e : m.entries()) {
                    if ((e.kind() == Gazetteer.Kind.DEMONYM || e.kind() == Gazetteer.Kind.COUNTRY
                            || e.kind() == Gazetteer.Kind.PLACE || e.kind() == Gazetteer.Kind.ORGANIZATION)
                            && e.country() != null) {
                        return e.country();
                    }
                }
            }
            return null;
        }

        Mention.RoleInfo role(int start, int clitic, int titleEnd, String country, TitleEntry te) {
            int s = t.start(start) + cliticOffset(start, clitic);
            String title = withoutPronoun(t.text.substring(s, t.end(titleEnd - 1)), te);
            return new Mention.RoleInfo(title, country, null, te.personal());
        }

        /** "رئيسه الفريق أول X" (its president): the office without the pronoun that ties it to a body. */
        String withoutPronoun(String title, TitleEntry te) {
            int space = title.indexOf(' ');
            String first = space < 0 ? title : title.substring(0, space);
            for (String suffix : new String[] {"هما", "هم", "ها", "ه"}) {
                if (!first.endsWith(suffix) || first.length() < suffix.length() + 3) continue;
                String bare = Keys.of(first.substring(0, first.length() - suffix.length()));
                for (String form : te.forms()) {
                    String head = Keys.of(form).split(" ")[0];
                    if (head.equals(bare) || head.equals("ال" + bare)) {
                        return first.substring(0, first.length() - suffix.length()) + (space < 0 ? "" : title.substring(space));
                    }
                }
            }
            return title;
        }

        // ---- persons ---------------------------------------------------------------------------------

        int kbPerson(int i, Gazetteer.Match m) {
            Mention p = personFromKb(i, m, i);
            return apposition(p, p.tokEnd);
        }

        Mention personFromKb(int nameStart, Gazetteer.Match m, int mentionStart) {
            PersonEntry pe = m.first(Gazetteer.Kind.PERSON).person();
            int end = m.end();
            // the text may give more of the name than the knowledge base phrase ("محمد بن سلمان بن عبدالعزيز")
            int ext = nameExtent(end, false);
            if (ext > end && continuesName(end)) {
                end = ext;
            }
            Mention p = person(mentionStart, nameStart, end, pe, m);
            return p;
        }

        private boolean continuesName(int k) {
            return k < t.size() && CHAIN_WORDS.contains(t.norm(k));
        }

        Mention person(int mentionStart, int nameStart, int nameEnd, PersonEntry pe, Gazetteer.Match m) {
            int clitic = m != null ? m.cliticChars() : 0;
            int s = t.start(nameStart) + cliticOffset(nameStart, clitic);
            int e = t.end(nameEnd - 1);
            String name = t.text.substring(s, e);
            Mention p = new Mention(Mention.Kind.PERSON, mentionStart, nameEnd, s, e, name, Keys.of(name), pe,
                    pe != null ? pe.country() : null);
            for (int k = nameStart; k < nameEnd; k++) {
                if (CHAIN_WORDS.contains(t.norm(k))) {
                    p.chainName = true;
                }
            }
            out.add(p);
            return p;
        }

        /** After a name: "، وزير الخارجية السعودي" or "ولي عهد أبوظبي نائب القائد الأعلى" add roles. */
        int apposition(Mention person, int j) {
            int k = j;
            boolean comma = false;
            if (t.isComma(k)) {
                k++;
                comma = true;
            }
            int end = j;
            while (true) {
                boolean definiteNext = !comma && hasArticle(k) && end == j && !spokesman(k);
                if (definiteNext && !person.roles.isEmpty()) {
                    break; // "استقبل X القنصل الإيراني": a definite office right after a name is the next noun
                }
                int p = k;
                while (p < t.size() && p < k + 2 && isTitlePrefix(p) && gaz(p + 1) != null
                        && gaz(p + 1).has(Gazetteer.Kind.TITLE)) {
                    p++;
                }
                Gazetteer.Match m = gaz(p);
                if (m == null || !m.has(Gazetteer.Kind.TITLE) || m.has(Gazetteer.Kind.PERSON)) {
                    break;
                }
                if (functionWordNotTitle(p, m)) {
                    break; // "جو بايدن أمام الصحفيين": in front of, not an imam
                }
                TitleEntry te = m.first(Gazetteer.Kind.TITLE).title();
                if (te.category() == TitleCategory.HONORIFIC && p == k && !honorificAsOffice(p, m)) {
                    break; // the honorific of the next person
                }
                boolean wasInternational = sawInternational;
                sawInternational = false;
                Complement c = complement(m.end(), endsWithLink(m), takesDestination(te, k, p), takesPortfolio(te, m));
                boolean international = sawInternational;
                sawInternational = wasInternational;
                if (definiteNext && !linkedBetween(m.end(), c.end)) {
                    // "ليندا توماس غرينفيلد المندوبة الدائمة للولايات المتحدة لدى الأمم المتحدة": an unknown
                    // name's office follows it when it says whose it is; a bare "القنصل الإيراني" is the next noun
                    break;
                }
                // a title followed by its own name is the next person, not an apposition; so is one joined by
                // "و" right after the name and followed by two name words ("أنور إبراهيم والرئيس الإندونيسي
                // جوكو ويدودو")
                int after = t.isComma(c.end) ? c.end + 1 : c.end;
                boolean joined = !comma && end == j && p == k && m.cliticChars() > 0 && t.norm(k).startsWith("و");
                if (startsName(after) || unknownNisba(after) != null || joined && nameExtent(after, true) - after >= 2) {
                    break;
                }
                person.roles.add(role(k, p == k ? m.cliticChars() : cliticOf(k), c.titleEnd, c.country, te));
                person.international |= international && person.ref == null;
                if (person.country == null) {
                    person.country = c.country;
                }
                k = c.end;
                end = k;
                if (t.isComma(k)) {
                    k++;
                }
            }
            if (end > person.tokEnd) {
                person.tokEnd = end;
            }
            return end;
        }

        /**
         * "السفير تميم خلاف المتحدث الرسمي باسم وزارة الخارجية": a spokesman's office is no one's object,
         * so right after a name it describes that name.
         */
        boolean spokesman(int k) {
            Gazetteer.Match m = gaz(k);
            if (m == null || !m.has(Gazetteer.Kind.TITLE) || m.has(Gazetteer.Kind.PERSON)) return false;
            String w = t.norm(k);
            return w.contains(Keys.of("متحدث")) || w.contains(Keys.of("ناطق"));
        }

        /** A link word ("لدى", "باسم"; not "في", which may say where) or a لـ-prefixed word among tokens [a, b). */
        boolean linkedBetween(int a, int b) {
            for (int k = a; k < b; k++) {
                String w = t.norm(k);
                if (TITLE_LINKS.contains(w) && !w.equals(Keys.of("في")) || (w.length() > 3 && (w.startsWith("لل") || w.charAt(0) == 'ل'
                        && gaz(k) != null && gaz(k).cliticChars() > 0))) {
                    return true;
                }
            }
            return false;
        }

        boolean startsName(int k) {
            Gazetteer.Match m = gaz(k);
            if (m != null && m.has(Gazetteer.Kind.PERSON)) {
                return true;
            }
            return nameExtent(k, false) > k && isGivenName(k);
        }

        int unknownPerson(int i) {
            if (!isGivenName(i) && !isForeignSurname(t.norm(i)) && !framedName(i)) {
                return i;
            }
            int end = nameExtent(i, false);
            if (end <= i) {
                return i;
            }
            // a lone given name is too weak ("محمد" may be a prophet, a street, a mosque) unless foreign-looking
            if (end - i < 2 && !isForeignSurname(t.norm(i))) {
                return i;
            }
            // "مبادئ حسن الجوار": a given name and a noun; without a title, ask for a person's context
            if (!personContext(i, end)) {
                return i;
            }
            if (i > 0 && t.anyVariant(t.norm(i - 1), NAMED_AFTER::contains)) {
                return end; // "منتدى عبد الحميد شومان", "شارع حسن البنا": an institution's or a street's name
            }
            Mention p = person(i, i, end, null, null);
            return apposition(p, end);
        }

        /**
         * "استقبل سليم بن عمر، وزير الخارجية، …": two or more plain name words no list knows, right after a
         * speech, meeting or travel word and followed by a comma and an office, are a person's name.
         */
        boolean framedName(int i) {
            if (i == 0 || !t.isArabicWord(i) || hasArticle(i) || !nameLike(i, false)) return false;
            String before = DocIndex.stripConj(t.norm(i - 1));
            if (!(lex.reportingCues.contains(before) || lex.meetingCues.contains(before)
                    || lex.visitCues.contains(before))) {
                return false;
            }
            int end = nameExtent(i, false);
            if (end - i < 2 || end >= t.size() || !t.isComma(end)) return false;
            Gazetteer.Match m = gaz(end + 1);
            return m != null && m.has(Gazetteer.Kind.TITLE);
        }

        /**
         * Is a name found without title or knowledge-base entry used as a person's? Yes after a speech,
         * meeting or travel word or "مع/بين/السيد", before a title or a speech verb, or when it has no
         * article word (two or more plain names: "باولو جينتيلوني", "خالد محفوظ بحاح").
         */
        boolean personContext(int start, int end) {
            boolean allPlain = true;
            for (int k = start + 1; k < end; k++) {
                if (hasArticle(k)) allPlain = false;
            }
            if (allPlain) return true;
            String before = start > 0 ? DocIndex.stripConj(t.norm(start - 1)) : "";
            if (PERSON_BEFORE.contains(before) || lex.reportingCues.contains(before)
                    || lex.meetingCues.contains(before) || lex.visitCues.contains(before)) {
                return true;
            }
            int after = t.isComma(end) ? end + 1 : end;
            Gazetteer.Match m = gaz(after);
            if (m != null && m.has(Gazetteer.Kind.TITLE)) return true;
            String next = DocIndex.stripConj(t.norm(end));
            return lex.reportingCues.contains(next) || lex.meetingCues.contains(next) || t.isComma(end)
                    || SPEECH_AFTER.contains(t.norm(end)) || t.isPunct(end, ':');
        }

        /** The word before i is definite ("الرئيس", "بالجيش"), so a nisba at i agrees with it as an adjective. */
        boolean followsDefinite(int i) {
            if (i == 0 || !t.isArabicWord(i - 1)) return false;
            for (Clitic c : t.variants(t.norm(i - 1))) {
                if (c.stem().startsWith("ال")) return true;
            }
            return gaz(i - 1) != null && gaz(i - 1).has(Gazetteer.Kind.TITLE);
        }

        int surname(int i) {
            if (surnames.isEmpty()) {
                return i;
            }
            for (Clitic c : t.variants(t.norm(i))) {
                if (surnames.contains(c.stem())) {
                    int s = t.start(i) + cliticOffset(i, c.prefixChars());
                    int e = t.end(i);
                    String name = t.text.substring(s, e);
                    Mention p = new Mention(Mention.Kind.PERSON, i, i + 1, s, e, name, c.stem(), null, null);
                    p.surnameOnly = true;
                    out.add(p);
                    return i + 1;
                }
            }
            return i;
        }

        /**
         * "عبد الله", "عبد الرحمن", "عبد الأمير": عبد is never a name alone, and the definite word after it
         * (a divine name, which the word lists may count as a non-name, like الله) is its second half.
         */
        boolean theophoric(int i) {
            return i + 1 < t.size() && t.norm(i).equals(ABD) && t.isArabicWord(i + 1)
                    && (hasArticle(i + 1) || t.norm(i + 1).equals(Keys.of("ربه")));
        }

        boolean isGivenName(int i) {
            if (!t.isArabicWord(i)) return false;
            String w = t.norm(i);
            if (lex.givenNames.contains(w) || theophoric(i)) return true;
            // two-word given names ("عبد الله")
            return i + 1 < t.size() && lex.givenNames.startsPhrase(w)
                    && lex.givenNames.contains(w + " " + t.norm(i + 1));
        }

        boolean isForeignSurname(String w) {
            if (w.length() < 5 || w.startsWith("ال")) return false;
            for (String end : FOREIGN_ENDINGS) {
                if (w.endsWith(end) && !lex.nonNames.contains(w) && !lex.commonVerbs.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The end of a person's name starting at token i (== i when none). {@code afterTitle}: a single
         * word with the article is a name only when it is a known surname ("الرئيس السيسي").
         */
        int nameExtent(int i, boolean afterTitle) {
            int j = i;
            int words = 0;
            boolean chain = false;
            while (j < t.size() && words < 7) {
                String w = t.norm(j);
                if (CHAIN_WORDS.contains(w) && words > 0 && (nameLike(j + 1, true) || chainTitleWord(j + 1)
                        || (w.equals(ABD) && t.isArabicWord(j + 1)))) {
                    j += 2;
                    words += 2;
                    boolean servant = w.equals(ABD) || w.equals(Keys.of("أبو"));
                    chain |= !servant;
                    if (t.norm(j - 1).startsWith("ال") && !CHAIN_WORDS.contains(t.norm(j - 1)) && !servant) {
                        // "آل سعود" / "بن الحسين" closes unless another link follows
                        if (!(j < t.size() && CHAIN_WORDS.contains(t.norm(j)))) break;
                    }
                    continue;
                }
                if (CHAIN_WORDS.contains(w) && words == 0 && (w.equals(Keys.of("أبو")) || w.equals(ABD))
                        && (nameLike(j + 1, true) || theophoric(j))) {
                    j += 2;
                    words += 2;
                    continue;
                }
                if (words > 0 && REGNAL.contains(w) && royalBefore(i)) {
                    j++; // "الملك عبدالله الثاني", "الملك محمد السادس"
                    break;
                }
                if (words == 1 && j == i + 1 && COMPOUND_SECONDS.contains(w) && !hasArticle(i)
                        && !t.norm(i).endsWith("ه") && t.isArabicWord(i)) {
                    j++; // "فضل الله", "نصر الله", "سعد الدين": a compound given name (not "حفظه الله")
                    words++;
                    continue;
                }
                if (words > 0 && nisbaSurname(i, j)) {
                    j++; // "طاهر المصري": a family name that is a demonym, after a bare given name
                    break;
                }
                if (!nameLike(j, words > 0) || (words > 0 && verbLike(j))) {
                    break;
                }
                if (words == 1 && w.startsWith(Keys.of("بال")) && isKnownSurname(i) && !lex.givenNames.contains(w)) {
                    break; // "أشادت جورجيفا بالتقدم": after a lone surname, a preposition and its noun
                }
                boolean article = hasArticle(j);
                if (words == 0 && afterTitle && !article && endsWithTehMarbuta(j) && !endsWithTehMarbuta(i - 1)
                        && i != feminineName && !lex.givenNames.contains(w)) {
                    break; // "أكد الرئيس ضرورة الوقف": a masculine title's name is no unknown word in ة
                }
                if (words == 0 && w.charAt(0) == 'و' && !lex.givenNames.contains(w)) {
                    break; // a name does not open with "و": that is "and …"
                }
                if (article && words == 0) {
                    // a name never opens with the article, except a known surname
                    if (surnames.contains(w) || (afterTitle && isKnownSurname(j))) {
                        j++;
                        words++;
                    }
                    break;
                }
                j++;
                words++;
                if (article && words == 2 && COMPOUND_SECONDS.contains(w)) {
                    article = false; // "برهان الدين", "نصر الله": the given name goes on
                }
                if (article && !chain) {
                    // "أيمن الصفدي": the family name closes the name, unless another family name follows
                    if (!(j < t.size() && hasArticle(j) && nameLike(j, true) && words < 4
                            && !(gaz(j) != null && gaz(j).has(Gazetteer.Kind.DEMONYM)))) {
                        if (afterTitle && words >= 2 && words < 5 && trailingGivenName(j)) j++;
                        break;
                    }
                }
                if (!chain && words >= 4) {
                    break;
                }
            }
            return j;
        }

        /** Tokens [i, end) are an office with no name, the verb's subject; returns {@code end}. */
        int bareOffice(int i, int end, Mention.RoleInfo role) {
            Mention only = new Mention(Mention.Kind.TITLE_ONLY, i, end, t.start(i), t.end(end - 1),
                    t.surface(i, end), Keys.of(t.surface(i, end)), null, role.country());
            only.roles.add(role);
            out.add(only);
            return end;
        }

        /** The token's last letter (diacritics aside) is ة. */
        boolean endsWithTehMarbuta(int j) {
            if (j < 0 || !t.isArabicWord(j)) return false;
            String raw = t.tokens.get(j).text();
            int k = raw.length() - 1;
            while (k > 0 && (Character.getType(raw.charAt(k)) == Character.NON_SPACING_MARK || raw.charAt(k) == '\u0640')) k--;
            return raw.charAt(k) == '\u0629';
        }

        /**
         * "رئيس وزراء النيجر علي محمد الأمين زين": in Sahelian and Maghrebi names a plain name may follow
         * the word with the article ("محمد الأمين" is one given name). After a title only, when that word is
         * a given name and the name ends right after it.
         */
        boolean trailingGivenName(int j) {
            if (!t.isArabicWord(j)) return false;
            String w = t.norm(j);
            String raw = t.tokens.get(j).text();
            if (!lex.givenNames.contains(w) || w.startsWith("و") || MAQSURA_WORDS.contains(w) && raw.endsWith("\u064A")) {
                return false;
            }
            return nameLike(j, true) && !verbLike(j) && !nameLike(j + 1, true);
        }

        /**
         * Token j, a one-word demonym with the article, right after a name that is so far only a given name
         * ("طاهر المصري", "عبد الرحمن السوري"), is the family name: an adjective after a name would describe
         * a person the text names by office, not by given name alone. Not when a name part still follows.
         */
        boolean nisbaSurname(int i, int j) {
            if (!hasArticle(j) || j - i > 2) return false;
            boolean givenOnly = j - i == 1 ? lex.givenNames.contains(t.norm(i)) && !hasArticle(i)
                    : theophoric(i) || lex.givenNames.startsPhrase(t.norm(i))
                            && lex.givenNames.contains(t.norm(i) + " " + t.norm(i + 1));
            if (!givenOnly) return false;
            Gazetteer.Match m = gaz(j);
            return m != null && m.end() == j + 1 && m.cliticChars() == 0 && m.has(Gazetteer.Kind.DEMONYM)
                    && !m.has(Gazetteer.Kind.COUNTRY) && !m.has(Gazetteer.Kind.ORGANIZATION)
                    && !m.has(Gazetteer.Kind.TITLE) && !namePartFollows(j + 1);
        }

        /** "ولد الشيخ", "آل الشيخ": an honorific that is part of a family name after a link word. */
        boolean chainTitleWord(int j) {
            Gazetteer.Match m = gaz(j);
            return t.isArabicWord(j) && m != null && m.has(Gazetteer.Kind.TITLE) && m.end() == j + 1
                    && !lex.functionWords.contains(t.norm(j));
        }

        /** A form-IV past verb (أطلع، أبلغ) or a present verb (يقوده) inside what looked like a name. */
        boolean verbLike(int j) {
            String raw = t.tokens.get(j).text();
            String w = t.norm(j);
            if (lex.givenNames.contains(w) || isForeignSurname(w)) return false;
            // a listed verb with a subject suffix: "تناولت", "بحثا", "التقوا"
            for (String suffix : VERB_SUFFIXES) {
                if (w.length() > suffix.length() + 2 && w.endsWith(suffix)
                        && lex.commonVerbs.contains(w.substring(0, w.length() - suffix.length()))) {
                    return true;
                }
            }
            if (raw.length() == 4 && (raw.charAt(0) == '\u0623')) return true;
            if (raw.startsWith("تت") || raw.startsWith("يت")) return true; // "تتعاون", "يتوجه"
            return raw.length() >= 4 && raw.charAt(0) == '\u064A';
        }

        boolean royalBefore(int nameStart) {
            for (int k = nameStart - 1; k >= Math.max(0, nameStart - 3); k--) {
                if (ROYAL.contains(DocIndex.stripConj(t.norm(k)))) return true;
            }
            return false;
        }

        boolean hasArticle(int j) {
            return t.hasArticle(j);
        }

        /** One word after a title is a name only when it looks like one: "الرئيس هادي", "الوزير ريابكوف". */
        boolean plausibleSingleName(int j) {
            String w = t.norm(j);
            return lex.givenNames.contains(w) || isForeignSurname(w) || isKnownSurname(j);
        }

        boolean isKnownSurname(int j) {
            for (Clitic c : t.variants(t.norm(j))) {
                if (surnames.contains(c.stem())) return true;
            }
            Gazetteer.Match m = gaz(j);
            return m != null && m.has(Gazetteer.Kind.PERSON);
        }

        /** Could token j be (part of) a person's name? */
        boolean nameLike(int j, boolean inside) {
            if (!t.isWord(j) || timeTokens.get(j)) return false;
            String w = t.norm(j);
            if (w.length() < 2) return false;
            if (t.type(j) == TokenType.LATIN_WORD) return false;
            String raw = t.tokens.get(j).text();
            if (raw.indexOf('\u064B') >= 0) return false; // tanween fath: an adverb or a participle
            if (sonOf(j + 1) && t.isArabicWord(j) && !hasArticle(j) && !lex.functionWords.contains(w)
                    && !lex.commonVerbs.contains(w) && w.charAt(0) != 'و') {
                return true; // "مساعد بن محمد", "سلطان بن سعد": before بن, any word is a given name
            }
            if (raw.endsWith("\u064A") && MAQSURA_WORDS.contains(w)) {
                // "علي" written with ya is a name; the preposition is "على"
            } else if (lex.functionWords.contains(w) || lex.commonVerbs.contains(w) || lex.nonNames.contains(w)
                    || lex.reportingCues.contains(w) || lex.meetingCues.contains(w) || lex.visitCues.contains(w)
                    || lex.statusCues.contains(w) || lex.groupWords.contains(w) || COUNTERPART.contains(w)
                    || GOV_NOUNS.contains(w) || MEDIA_HEADS.contains(w) || CAPITAL.contains(w)
                    || OFFICIALS.contains(w)) {
                return false;
            }
            if (w.length() > 3 && w.charAt(0) == 'و' && !lex.givenNames.contains(w)) {
                // inside a name, "و" + word is "and …" ("محمد وعلي"); at its start only when the rest is a
                // known word ("والرئيس", "وقال")
                String rest = w.substring(1);
                String raw0 = t.tokens.get(j).text();
                boolean conjunction = !inside || lex.givenNames.contains(rest) || gaz(j) != null
                        || lex.nonNames.contains(rest) || rest.startsWith("ال")
                        || raw0.endsWith("ه") || raw0.endsWith("ها") || raw0.endsWith("هم") || raw0.endsWith("ة");
                if (conjunction && inside) {
                    return false; // "محمد وعلي": and …
                }
                if (lex.functionWords.contains(rest) || lex.commonVerbs.contains(rest)
                        || lex.nonNames.contains(rest) || lex.reportingCues.contains(rest)
                        || lex.meetingCues.contains(rest) || lex.visitCues.contains(rest)
                        || gaz(j) != null) {
                    return false;
                }
            }
            if (w.length() > 3 && w.charAt(0) == 'ف' && !lex.givenNames.contains(w) && (lex.functionWords.contains(w.substring(1))
                    || lex.commonVerbs.contains(w.substring(1)) || lex.reportingCues.contains(w.substring(1)))) {
                return false;
            }
            if (w.length() > 3 && w.startsWith("س") && lex.commonVerbs.contains(w.substring(1))) return false;
            if (w.length() > 3 && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب') && !lex.givenNames.contains(w)) {
                // "لبحث", "لمناقشة", "بحضور": a purpose or manner phrase, never a name
                String rest = w.substring(1);
                if (lex.meetingCues.contains(rest) || lex.reportingCues.contains(rest) || lex.visitCues.contains(rest)
                        || lex.commonVerbs.contains(rest)) {
                    return false;
                }
            }
            Gazetteer.Match m = gaz(j);
            boolean surnameSlot = inside && m != null && m.end() == j + 1 && m.has(Gazetteer.Kind.PLACE)
                    && !m.has(Gazetteer.Kind.COUNTRY) && isGivenName(j - 1);
            // "عماد الطرابلسي": a given name spelled like a rank (العماد) is a name without the article when a
            // family name, a link (بن) or another given name follows it
            boolean givenNotRank = m != null && m.end() == j + 1 && !hasArticle(j) && lex.givenNames.contains(w)
                    && !m.has(Gazetteer.Kind.DEMONYM) && !m.has(Gazetteer.Kind.COUNTRY)
                    && !m.has(Gazetteer.Kind.ORGANIZATION) && !m.has(Gazetteer.Kind.PLACE) && namePartFollows(j + 1)
                    || m != null && m.end() == j + 1 && !hasArticle(j) && m.has(Gazetteer.Kind.TITLE)
                    && !m.has(Gazetteer.Kind.PLACE) && sonOf(j + 1);
            if (m != null && !m.has(Gazetteer.Kind.PERSON) && !surnameSlot && !givenNotRank && (m.has(Gazetteer.Kind.TITLE)
                    || m.has(Gazetteer.Kind.DEMONYM) || m.has(Gazetteer.Kind.COUNTRY)
                    || m.has(Gazetteer.Kind.ORGANIZATION)
                    || (m.has(Gazetteer.Kind.PLACE) && !lex.givenNames.contains(w)))) {
                return false;
            }
            return true;
        }

        /** Token k is "بن"/"بنت" ("son/daughter of"), which only a given name comes before. */
        private boolean sonOf(int k) {
            if (k >= t.size()) return false;
            String w = t.norm(k);
            return w.equals(Keys.of("بن")) || w.equals(Keys.of("بنت"));
        }

        /** Token k continues a name: a link word, a given name, or a definite word the lists know nothing of. */
        private boolean namePartFollows(int k) {
            if (k >= t.size() || !t.isArabicWord(k)) return false;
            String w = t.norm(k);
            if (CHAIN_WORDS.contains(w) || lex.givenNames.contains(w)) return true;
            return hasArticle(k) && gaz(k) == null && !lex.nonNames.contains(w) && !lex.functionWords.contains(w)
                    && !lex.commonVerbs.contains(w) && !GOV_NOUNS.contains(w);
        }

        // ---- organisations, places, groups -----------------------------------------------------------

        /** "الخارجية الروسية", "الرئاسة السورية", "الإدارة السورية الجديدة", "وزارة الخارجية الأميركية". */
        int governmentBody(int i) {
            Gov g = gov(i, false);
            if (g == null) return i;
            add(Mention.Kind.ORGANIZATION, i, g.end, g.clitic, null, g.country);
            return g.end;
        }

        record Gov(int end, int clitic, String country) {}

        /** A government body at i: a government noun (or "وزارة X") with qualifiers and a demonym. */
        Gov gov(int i, boolean demonymOptional) {
            String w = t.norm(i);
            int clitic = 0;
            String stem = null;
            for (Clitic c : t.variants(w)) {
                if (GOV_NOUNS.contains(c.stem()) || c.stem().equals(MINISTRY)) {
                    stem = c.stem();
                    clitic = c.prefixChars();
                    break;
                }
            }
            if (stem == null) return null;
            int k = i + 1;
            if (stem.equals(MINISTRY)) {
                if (!t.isWord(k)) return null;
                k++; // the portfolio
                if (t.isWord(k) && STATE_NOUNS.contains(t.norm(k))) k++;
            }
            int limit = Math.min(t.size(), k + 2);
            while (k < limit && t.isWord(k) && GOV_QUALIFIERS.contains(t.norm(k))) {
                k++;
            }
            Gazetteer.Match d = gaz(k);
            String country = null;
            int end = k;
            if (d != null && d.has(Gazetteer.Kind.DEMONYM) && !d.has(Gazetteer.Kind.PERSON)) {
                country = d.first(Gazetteer.Kind.DEMONYM).country();
                end = d.end();
                while (end < t.size() && t.isWord(end) && GOV_QUALIFIERS.contains(t.norm(end))) end++;
            } else if (!stem.equals(MINISTRY) && !demonymOptional) {
                return null;
            }
            Gazetteer.Match known = gaz(i);
            if (known != null && known.has(Gazetteer.Kind.ORGANIZATION) && known.end() > end) {
                return null; // "الحرس الثوري": the knowledge base's longer name, not the pattern "الحرس"
            }
            return new Gov(end, clitic, country);
        }

        /** "وكالة “تاس”", "صحيفة إزفيستيا الروسية", "وكالة الأنباء السعودية". */
        int media(int i) {
            String head = null;
            int clitic = 0;
            for (Clitic c : t.variants(t.norm(i))) {
                if (MEDIA_HEADS.contains(c.stem())) {
                    head = c.stem();
                    clitic = c.prefixChars();
                    break;
                }
            }
            if (head == null) return i;
            int k = i + 1;
            if (t.isQuote(k)) k++;
            Gazetteer.Match m = gaz(k);
            if (m != null && m.has(Gazetteer.Kind.ORGANIZATION)) {
                int end = m.end();
                if (t.isQuote(end)) end++;
                Gazetteer.Entry e = m.first(Gazetteer.Kind.ORGANIZATION);
                Mention org = addWithName(Mention.Kind.ORGANIZATION, i, end, k, m.end(), m.cliticChars(),
                        e.organization(), e.country());
                outlet(org, e.organization(), true);
                return end;
            }
            // unknown outlet: a quoted name, or up to two words that are not function words
            int nameStart = k;
            int nameEnd = k;
            if (t.isQuote(k - 1) && k - 1 > i) {
                while (nameEnd < t.size() && t.isWord(nameEnd) && nameEnd - nameStart < 4) nameEnd++;
                if (!t.isQuote(nameEnd)) return i;
            } else {
                while (nameEnd < t.size() && t.isWord(nameEnd) && nameEnd - nameStart < 2
                        && !lex.functionWords.contains(t.norm(nameEnd)) && !lex.commonVerbs.contains(t.norm(nameEnd))
                        && (gaz(nameEnd) == null || gaz(nameEnd).has(Gazetteer.Kind.DEMONYM) == false)) {
                    nameEnd++;
                }
                boolean toOutlet = clitic > 0 && t.norm(i).charAt(clitic - 1) == 'ل'
                        || i > 0 && OUTLET_LINKS.contains(t.norm(i - 1));
                if (nameEnd == nameStart || !(gaz(nameEnd) != null && gaz(nameEnd).has(Gazetteer.Kind.DEMONYM))
                        && !head.equals(Keys.of("وكالة")) && !(toOutlet && speechFrameBefore(i))) {
                    // "قال لصحيفة بيلد", "في حوار مع جريدة الخبر": unknown outlets only where someone speaks
                    return i;
                }
            }
            if (nameEnd == nameStart) return i;
            int end = nameEnd;
            if (t.isQuote(end)) end++;
            String country = null;
            Gazetteer.Match d = gaz(end);
            if (d != null && d.has(Gazetteer.Kind.DEMONYM)) {
                country = d.first(Gazetteer.Kind.DEMONYM).country();
                end = d.end();
            }
            boolean quoted = t.isQuote(nameStart - 1);
            // "وكالة الأنباء القطرية": unquoted, the head word is part of the outlet's name
            Mention org = quoted ? addWithName(Mention.Kind.ORGANIZATION, i, end, nameStart, nameEnd, 0, null, country)
                    : add(Mention.Kind.ORGANIZATION, i, end, clitic, null, country);
            org.media = true;
            return end;
        }

        /**
         * Is token i inside the frame of a speech verb: one comes before it in the sentence (within two dozen
         * words) and no إن/أن or colon has opened its content yet?
         */
        boolean speechFrameBefore(int i) {
            int s0 = t.sentenceFirstToken(t.sentence(i));
            for (int k = i - 1; k >= Math.max(s0, i - 24); k--) {
                String w = t.norm(k);
                if (SPEECH_AFTER.contains(w) || t.isPunct(k, ':')) return false;
                if (t.anyVariant(w, lex.reportingCues::contains)) return true;
            }
            return false;
        }

        /** "في تصريح لـ«هسبريس»": a quoted name after a detached لـ in a speech frame is an outlet. */
        int quotedOutlet(int i) {
            if (!t.norm(i).equals(Keys.of("ل")) || !t.isQuote(i + 1) || !speechFrameBefore(i)) return i;
            int a = i + 2;
            int b = a;
            while (b < t.size() && t.isWord(b) && b - a < 4) b++;
            if (b == a || !t.isQuote(b)) return i;
            Gazetteer.Match m = gaz(a);
            Mention org;
            if (m != null && m.has(Gazetteer.Kind.ORGANIZATION) && m.end() == b) {
                Gazetteer.Entry e = m.first(Gazetteer.Kind.ORGANIZATION);
                org = addWithName(Mention.Kind.ORGANIZATION, i, b + 1, a, b, 0, e.organization(), e.country());
                outlet(org, e.organization(), true);
            } else {
                org = addWithName(Mention.Kind.ORGANIZATION, i, b + 1, a, b, 0, null, null);
                org.media = true;
            }
            return b + 1;
        }

        /** "العاصمة الروسية" = the capital; "العاصمة التركية أنقرة" = the named city. */
        int capital(int i) {
            String w = t.norm(i);
            boolean match = false;
            int clitic = 0;
            for (Clitic c : t.variants(w)) {
                if (CAPITAL.contains(c.stem())) {
                    match = true;
                    clitic = c.prefixChars();
                    break;
                }
            }
            if (!match) return i;
            int k = i + 1;
            String country = null;
            Gazetteer.Match d = gaz(k);
            if (d != null && d.has(Gazetteer.Kind.DEMONYM)) {
                country = d.first(Gazetteer.Kind.DEMONYM).country();
                k = d.end();
            }
            if (t.isComma(k)) k++;
            Gazetteer.Match p = gaz(k);
            if (p != null && p.has(Gazetteer.Kind.PLACE) && !p.has(Gazetteer.Kind.PERSON)) {
                Gazetteer.Entry e = p.first(Gazetteer.Kind.PLACE);
                addWithName(Mention.Kind.PLACE, i, p.end(), k, p.end(), p.cliticChars(), e.place(), e.country());
                return p.end();
            }
            if (country != null) {
                Country c = gazetteerCountry(country);
                String capitalName = c != null ? c.capital() : null;
                PlaceEntry capitalPlace = capitalName == null ? null : placeNamed(capitalName);
                Mention m = add(Mention.Kind.PLACE, i, k, clitic, capitalPlace, country);
                m.roles.clear();
                return k;
            }
            return i;
        }

        Country gazetteerCountry(String code) {
            for (Gazetteer.Entry e : gazetteer.lookupCountry(code)) {
                return e.countryRef();
            }
            return null;
        }

        PlaceEntry placeNamed(String name) {
            for (Gazetteer.Entry e : gazetteer.lookup(name)) {
                if (e.kind() == Gazetteer.Kind.PLACE) return e.place();
            }
            return null;
        }

        /** "نظيره الأمريكي أنتوني بلينكن", "نظيريه الأميركي جون كيري والسعودي عادل الجبير", "بنظيره الروسي". */
        int counterpart(int i) {
            String w = t.norm(i);
            int clitic = -1;
            for (Clitic c : t.variants(w)) {
                if (COUNTERPART.contains(c.stem())) {
                    clitic = c.prefixChars();
                    break;
                }
            }
            if (clitic < 0) return i;
            Mention subject = lastPersonBefore(i);
            int k = i + 1;
            int end = k;
            boolean any = false;
            while (k < t.size()) {
                Gazetteer.Match d = gaz(k);
                if (d == null || !d.has(Gazetteer.Kind.DEMONYM)) break;
                String country = d.first(Gazetteer.Kind.DEMONYM).country();
                int nameStart = d.end();
                if (t.isComma(nameStart)) nameStart++;
                Mention person = null;
                Gazetteer.Match pm = gaz(nameStart);
                if (pm != null && pm.has(Gazetteer.Kind.PERSON)) {
                    person = personFromKb(nameStart, pm, k);
                } else {
                    int ne = nameExtent(nameStart, true);
                    if (ne > nameStart && (ne - nameStart >= 2 || plausibleSingleName(nameStart))) {
                        person = person(k, nameStart, ne, null, null);
                    }
                }
                if (person != null) {
                    person.counterpart = true;
                    person.counterpartOf = subject;
                    person.counterpartCountry = country;
                    if (person.country == null) person.country = country;
                    end = person.tokEnd;
                } else {
                    Mention m = new Mention(Mention.Kind.TITLE_ONLY, i, d.end(), t.start(i), t.end(d.end() - 1),
                            t.surface(i, d.end()), Keys.of(t.surface(i, d.end())), null, country);
                    m.counterpart = true;
                    m.counterpartOf = subject;
                    m.counterpartCountry = country;
                    out.add(m);
                    end = d.end();
                }
                any = true;
                k = end;
                // "والسعودي عادل الجبير"
                if (k < t.size() && t.norm(k).startsWith("و") && gaz(k) != null && gaz(k).has(Gazetteer.Kind.DEMONYM)
                        && gaz(k).cliticChars() > 0) {
                    continue;
                }
                break;
            }
            if (!any) {
                // "نظيره" alone: the counterpart of the subject, country unknown
                Mention m = new Mention(Mention.Kind.TITLE_ONLY, i, i + 1, t.start(i), t.end(i), t.surface(i, i + 1),
                        Keys.of(t.surface(i, i + 1)), null, null);
                m.counterpart = true;
                m.counterpartOf = subject;
                out.add(m);
                return i + 1;
            }
            return end;
        }

        /** The nearest person named before token i in its sentence, else in the one before. */
        Mention lastPersonBefore(int i) {
            int sentence = t.sentence(i);
            for (int k = out.size() - 1; k >= 0 && k >= out.size() - 50; k--) {
                Mention m = out.get(k);
                if (m.tokStart >= i) continue;
                if (t.sentence(m.tokStart) < sentence - 1) break;
                if (m.kind == Mention.Kind.PERSON && !m.counterpart) {
                    return m;
                }
            }
            return null;
        }

        /** Marks an organisation mention as an outlet (a statement's via) and a platform by its entry's kind. */
        void outlet(Mention org, OrganizationEntry e, boolean namedAsOutlet) {
            org.media = namedAsOutlet || isMedia(e);
            org.platform = e.kind() == OrgKind.PLATFORM;
        }

        boolean isMedia(OrganizationEntry o) {
            return o.kind() == OrgKind.NEWS_AGENCY || o.kind() == OrgKind.MEDIA_OUTLET || o.kind() == OrgKind.PLATFORM;
        }

        // ---- helpers ---------------------------------------------------------------------------------

        /** An organisation named inside an office ("باسم وزارة الخارجية الأمريكية"): an actor of its own. */
        void embedded(int a, int b, int clitic, OrganizationEntry entry, String country) {
            for (Mention m : out) {
                if (m.kind == Mention.Kind.ORGANIZATION && m.tokStart == a) {
                    if (m.ref instanceof OrganizationEntry o && o.country() == null) sawInternational = true;
                    return; // looked at twice
                }
            }
            Mention org = add(Mention.Kind.ORGANIZATION, a, b, clitic, entry, country);
            if (entry != null) outlet(org, entry, false);
            if (entry != null && entry.country() == null) sawInternational = true;
        }

        Mention add(Mention.Kind kind, int a, int b, int clitic, Object ref, String country) {
            return addWithName(kind, a, b, a, b, clitic, ref, country);
        }

        Mention addWithName(Mention.Kind kind, int a, int b, int nameA, int nameB, int clitic, Object ref,
                            String country) {
            int s = t.start(nameA) + (nameA == a ? cliticOffset(nameA, clitic) : 0);
            int e = t.end(nameB - 1);
            String name = t.text.substring(s, e);
            Mention m = new Mention(kind, a, b, s, e, name, Keys.of(name), ref, country);
            out.add(m);
            return m;
        }

        /** Original characters to skip for {@code letters} normalised proclitic letters of token i. */
        int cliticOffset(int i, int letters) {
            if (letters <= 0) return 0;
            String raw = t.tokens.get(i).text();
            int seen = 0;
            int k = 0;
            while (k < raw.length() && seen < letters) {
                char c = raw.charAt(k);
                if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\u0640') {
                    seen++;
                }
                k++;
            }
            while (k < raw.length() && (Character.getType(raw.charAt(k)) == Character.NON_SPACING_MARK
                    || raw.charAt(k) == '\u0640')) {
                k++;
            }
            return Math.min(k, raw.length() - 1);
        }
    }
}
