package io.github.khabar.pipeline;

import io.github.khabar.kb.TitleCategory;
import io.github.khabar.kb.TitleEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Titles and offices: a title with its complements, honorifics and the name after it ("وزير الخارجية
 * المصري سامح شكري"), an office alone standing for its holder, and an apposition title after a name
 * ("عادل الجبير وزير الخارجية").
 * One part of {@link MentionScan}; per document, not shared between threads.
 */
final class Offices {
    static final Set<String> TITLE_QUALIFIERS = Keys.set("الخاص", "الخاصة", "الدائم", "الدائمة", "الأول", "الأولى",
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
    /** Adjectives of bodies no state owns: "المفوضة الأوروبية", "المبعوث الأممي". */
    static final Set<String> INTERNATIONAL_ADJ = Keys.set("الأوروبي", "الأوروبية", "الأممي", "الأممية");
    /** Nouns of places and institutions named after people: the name that follows is no person here. */
    static final Set<String> NAMED_AFTER = Keys.set("منتدى", "مؤسسة", "جامعة", "مستشفى", "شارع", "ملعب",
            "مسجد", "جامع", "مدرسة", "جائزة", "مركز", "قاعة", "مطار", "ميناء", "ساحة", "حي", "مجمع", "معهد",
            "كلية", "مكتبة", "متحف", "نادي", "مخيم", "ضريح", "جسر", "طريق", "مدينة", "قاعدة", "كرسي");
    static final java.util.Map<String, String> HONORIFIC_PRONOUNS = java.util.Map.of(
            Keys.of("جلالته"), Keys.of("جلالة"), Keys.of("سموه"), Keys.of("سمو"), Keys.of("فخامته"), Keys.of("فخامة"),
            Keys.of("معاليه"), Keys.of("معالي"), Keys.of("سعادته"), Keys.of("سعادة"), Keys.of("سماحته"),
            Keys.of("سماحة"), Keys.of("سيادته"), Keys.of("سيادة"), Keys.of("جلالتها"), Keys.of("جلالة"),
            Keys.of("سموها"), Keys.of("سمو"), Keys.of("فضيلته"), Keys.of("فضيلة"));
    static final Set<String> HONORIFIC_HEADS = Keys.set("جلالة", "سمو", "فخامة", "معالي", "سعادة", "سماحة",
            "سيادة", "فضيلة");
    /** Words that make an office of an office: "نائب وزير الخارجية", "مساعد وزير الدفاع". */
    static final Set<String> TITLE_PREFIXES = Keys.set("نائب", "مساعد", "وكيل", "القائم بأعمال", "كبير", "كبيرة",
            "نائبة", "مساعدة", "وكيلة", "مستشار", "مستشارة", "سكرتير", "نائب رئيس", "النائب", "مبعوث", "المبعوث",
            "القائم", "القائمة", "بأعمال");
    static final Set<String> LINK_ENDINGS = Keys.set("باسم", "لدى", "في", "لشؤون", "ل", "عن");
    static final String MADAM = Keys.of("السيدة");
    /** Words that make an office acting or interim; they stand between the office and the name. */
    static final Set<String> ACTING = Keys.set("بالإنابة", "بالنيابة", "بالوكالة", "المؤقت", "المؤقتة");

    /** "هو", "هي" between an office and its holder's name. */
    static final Set<String> APPOSITION_PRONOUNS = Keys.set("هو", "هي");

    private final MentionScan scan;
    private final PreparedText t;
    private final Lexicon lex;
    private final Gazetteer gazetteer;

    Offices(MentionScan s) {
        this.scan = s;
        this.t = s.t;
        this.lex = s.lex;
        this.gazetteer = s.gazetteer;
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
        Gazetteer.Match next = scan.gaz(k);
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

    // ---- titles ----------------------------------------------------------------------------------

    /** Title (+ complements) (+ honorifics) (+ name). */
    int titled(int i) {
        scan.sawInternational = false;
        List<Mention.RoleInfo> roles = new ArrayList<>();
        java.util.Set<String> seenHonorifics = new java.util.HashSet<>();
        int j = i;
        boolean honorificOnly = true;
        boolean feminine = false; // "المتحدثة", "وزيرة", "نائبة": a woman's office, whose name may end in ة
        int roleStart = -1;
        while (true) {
            int p = j;
            while (p < t.size() && p < j + 3 && isTitlePrefix(p) && (scan.gaz(p + 1) != null
                    && scan.gaz(p + 1).has(Gazetteer.Kind.TITLE) || isTitlePrefix(p + 1))) {
                p++;
            }
            Gazetteer.Match m = scan.gaz(p);
            if (m == null || !m.has(Gazetteer.Kind.TITLE) || m.has(Gazetteer.Kind.PERSON)) {
                break;
            }
            if (!roles.isEmpty() && m.end() == p + 1 && !scan.hasArticle(p) && scan.words.sonOf(p + 1)) {
                break; // "الدكتور مساعد بن محمد العيبان": a rank is never followed by بن; a given name is
            }
            if (!roles.isEmpty() && p == j && m.end() == p + 1 && !scan.hasArticle(p)
                    && lex.givenNames.contains(t.norm(p))) {
                break; // "وزير الداخلية الليبي عماد الطرابلسي": a given name, not the rank "العماد"
            }
            TitleEntry te = m.first(Gazetteer.Kind.TITLE).title();
            if (!roles.isEmpty() && p == j && t.norm(p).equals(MADAM) && roleStart >= 0
                    && !scan.words.endsWithTehMarbuta(roleStart)) {
                // "استقبل رئيس الوزراء السيدة X": a man's office, then a woman named with her honorific —
                // the office is the verb's subject, she is someone else
                return bareOffice(i, j, roles.get(0));
            }
            boolean honorific = te.category() == TitleCategory.HONORIFIC && p == j && !honorificAsOffice(p, m);
            int end = m.end();
            String hk = honorificKey(p, m.end());
            if (hk != null) seenHonorifics.add(hk);
            if (!honorific) {
                feminine |= scan.words.endsWithTehMarbuta(j) || scan.words.endsWithTehMarbuta(p);
                honorificOnly = false;
                OfficeComplements.Complement c = scan.complements.complement(end, endsWithLink(m), takesDestination(te, j, p), scan.complements.takesPortfolio(te, m), te.personal());
                String country = c.country() != null ? c.country() : scan.complements.demonymIn(p, m.end());
                roles.add(role(j, p == j ? m.cliticChars() : cliticOf(j), c.titleEnd(), country, te));
                roleStart = roleStart < 0 ? j : roleStart;
                end = c.end();
                if (roles.size() == 1 && bareSubject(i, p, m, c)) {
                    // "استقبل الرئيس وزير الخارجية السنغالي X": the verb's subject, then its object
                    return bareOffice(i, end, roles.get(0));
                }
            }
            j = end;
            if (t.isComma(j) && !honorificOnly && scan.gaz(j + 1) != null && scan.gaz(j + 1).has(Gazetteer.Kind.TITLE)) {
                j++;
            }
        }
        if (j == i) {
            return i;
        }
        int nameStart = t.isComma(j) ? j + 1 : j;
        if (nameStart > i && nameStart < t.size() && APPOSITION_PRONOUNS.contains(t.norm(nameStart))
                && scan.words.nameExtent(nameStart + 1, true) - (nameStart + 1) >= 2) {
            nameStart++; // "دبلوماسية كورية، هي كانغ كيونغ-وا،": the pronoun of apposition, then the name
        }
        while (nameStart < t.size() && ACTING.contains(t.norm(nameStart))) {
            nameStart++; // "المبعوثة الأممية بالإنابة ستيفاني خوري": acting, then the name
        }
        // honorifics between the title and the name ("الأستاذ", "الدكتور")
        while (scan.gaz(nameStart) != null && scan.gaz(nameStart).has(Gazetteer.Kind.TITLE)
                && scan.gaz(nameStart).first(Gazetteer.Kind.TITLE).title().category() == TitleCategory.HONORIFIC) {
            String hk = honorificKey(nameStart, scan.gaz(nameStart).end());
            if (hk != null) seenHonorifics.add(hk);
            nameStart = scan.gaz(nameStart).end();
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
        Gazetteer.Match pm = scan.gaz(nameStart);
        Mention person = null;
        if (!roles.isEmpty() && i > 0 && t.anyVariant(t.norm(i - 1), NAMED_AFTER::contains)) {
            // "مستشفى الملك فيصل التخصصي", "جامعة الأمير سلطان": an institution named after a person
            int e = pm != null && pm.has(Gazetteer.Kind.PERSON) ? pm.end() : scan.words.nameExtent(nameStart, true);
            return Math.max(e, j);
        }
        if (pm != null && pm.has(Gazetteer.Kind.PERSON)) {
            person = scan.names.personFromKb(nameStart, pm, i);
        } else {
            scan.feminineName = feminine ? nameStart : -1;
            int nameEnd = scan.words.nameExtent(nameStart, true);
            scan.feminineName = -1;
            if (nameEnd > nameStart && (nameEnd - nameStart >= 2 || scan.words.plausibleSingleName(nameStart))) {
                person = scan.names.person(i, nameStart, nameEnd, null, null);
            }
        }
        for (int k = i; k < nameStart && !scan.sawInternational; k++) {
            scan.sawInternational = INTERNATIONAL_ADJ.contains(t.norm(k));
        }
        if (person != null) {
            person.international |= scan.sawInternational && person.ref == null;
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
        scan.out.add(m);
        return j;
    }

    /**
     * A definite nisba adjective ("المالي", "الغابوني") no list holds as a demonym, between a title and a
     * name of two or more words that starts like one: the country code its stem names ("مالي", "الغابون",
     * "غانا"), "" when none, or null when token k is no such word.
     */
    String unknownNisba(int k) {
        if (k + 2 >= t.size() || !t.isArabicWord(k) || !scan.hasArticle(k)) return null;
        String w = t.norm(k);
        // a known demonym or any other listed word is read by the complement already
        if (w.length() < 5 || !w.endsWith("ي") || scan.gaz(k) != null || lex.functionWords.contains(w)) return null;
        if (!(scan.words.isGivenName(k + 1) || scan.words.isForeignSurname(t.norm(k + 1)))) return null;
        if (scan.words.nameExtent(k + 1, true) - (k + 1) < 2) return null;
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
    boolean bareSubject(int i, int p, Gazetteer.Match m, OfficeComplements.Complement c) {
        boolean head = m.end() == i + 1 && c.end() == m.end() && scan.hasArticle(i); // "الرئيس"
        boolean ofCountry = c.country() != null && c.end() > m.end(); // "أمير قطر", "العاهل الأردني"
        if (p != i || i == 0 || !(head || ofCountry)) return false;
        String before = DocIndex.stripConj(t.norm(i - 1));
        if (!(lex.meetingCues.contains(before) || lex.reportingCues.contains(before)
                || lex.commonVerbs.contains(before))) {
            return false;
        }
        int k = c.end();
        Gazetteer.Match next = scan.gaz(k);
        boolean office = next != null && next.has(Gazetteer.Kind.TITLE) && !next.has(Gazetteer.Kind.PERSON)
                && next.first(Gazetteer.Kind.TITLE).title().category() != TitleCategory.HONORIFIC;
        if (!head) {
            // "استقبل أمير قطر وزير الخارجية الإيطالي": after a meeting verb, an office of another kind; not a
            // rank before the holder's own name ("وزير الطاقة السعودي الأمير عبدالعزيز", "… الليبي عماد …")
            TitleCategory kind = office ? next.first(Gazetteer.Kind.TITLE).title().category() : null;
            return office && lex.meetingCues.contains(before) && kind != TitleCategory.ROYAL
                    && kind != TitleCategory.MILITARY && !lex.givenNames.contains(t.norm(k));
        }
        return office || isTitlePrefix(k) && scan.gaz(k + 1) != null && scan.gaz(k + 1).has(Gazetteer.Kind.TITLE);
    }

    Mention.RoleInfo role(int start, int clitic, int titleEnd, String country, TitleEntry te) {
        int s = t.start(start) + scan.cliticOffset(start, clitic);
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
            boolean definiteNext = !comma && scan.hasArticle(k) && end == j && !spokesman(k);
            if (definiteNext && !person.roles.isEmpty()) {
                break; // "استقبل X القنصل الإيراني": a definite office right after a name is the next noun
            }
            int p = k;
            while (p < t.size() && p < k + 2 && isTitlePrefix(p) && scan.gaz(p + 1) != null
                    && scan.gaz(p + 1).has(Gazetteer.Kind.TITLE)) {
                p++;
            }
            Gazetteer.Match m = scan.gaz(p);
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
            boolean wasInternational = scan.sawInternational;
            scan.sawInternational = false;
            OfficeComplements.Complement c = scan.complements.complement(m.end(), endsWithLink(m), takesDestination(te, k, p), scan.complements.takesPortfolio(te, m), te.personal());
            boolean international = scan.sawInternational;
            scan.sawInternational = wasInternational;
            if (definiteNext && !linkedBetween(m.end(), c.end()) && !speechFollows(c.end())) {
                // "ليندا توماس غرينفيلد المندوبة الدائمة للولايات المتحدة لدى الأمم المتحدة": an unknown
                // name's office follows it when it says whose it is; a bare "القنصل الإيراني" is the next noun
                break;
            }
            // a title followed by its own name is the next person, not an apposition; so is one joined by
            // "و" right after the name and followed by two name words ("أنور إبراهيم والرئيس الإندونيسي
            // جوكو ويدودو")
            int after = t.isComma(c.end()) ? c.end() + 1 : c.end();
            boolean joined = !comma && end == j && p == k && m.cliticChars() > 0 && t.norm(k).startsWith("و");
            if (scan.names.startsName(after) || unknownNisba(after) != null || joined && scan.words.nameExtent(after, true) - after >= 2) {
                break;
            }
            person.roles.add(role(k, p == k ? m.cliticChars() : cliticOf(k), c.titleEnd(), c.country(), te));
            person.international |= international && person.ref == null;
            if (person.country == null) {
                person.country = c.country();
            }
            k = c.end();
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
        Gazetteer.Match m = scan.gaz(k);
        if (m == null || !m.has(Gazetteer.Kind.TITLE) || m.has(Gazetteer.Kind.PERSON)) return false;
        String w = t.norm(k);
        return w.contains(Keys.of("متحدث")) || w.contains(Keys.of("ناطق"));
    }

    /**
     * "وقال X المستشار القانوني إن …", "ويعلق X المستشار القانوني قائلا": an office followed by what its
     * holder says describes the name before it; an object ("استقبل X القنصل") is followed by other words.
     */
    boolean speechFollows(int k) {
        if (k >= t.size() || !t.isArabicWord(k)) return false;
        String w = t.norm(k);
        return SPEECH_OPENERS.contains(w) || w.startsWith(Keys.of("قائل"));
    }

    /** The word that opens what someone says after قال: "إن" (not "أن", which also follows أبلغ + object). */
    static final Set<String> SPEECH_OPENERS = Keys.set("إن");

    /** A link word ("لدى", "باسم"; not "في", which may say where) or a لـ-prefixed word among tokens [a, b). */
    boolean linkedBetween(int a, int b) {
        for (int k = a; k < b; k++) {
            String w = t.norm(k);
            if (OfficeComplements.TITLE_LINKS.contains(w) && !w.equals(Keys.of("في")) || (w.length() > 3 && (w.startsWith("لل") || w.charAt(0) == 'ل'
                    && scan.gaz(k) != null && scan.gaz(k).cliticChars() > 0))) {
                return true;
            }
        }
        return false;
    }

    /** Tokens [i, end) are an office with no name, the verb's subject; returns {@code end}. */
    int bareOffice(int i, int end, Mention.RoleInfo role) {
        Mention only = new Mention(Mention.Kind.TITLE_ONLY, i, end, t.start(i), t.end(end - 1),
                t.surface(i, end), Keys.of(t.surface(i, end)), null, role.country());
        only.roles.add(role);
        scan.out.add(only);
        return end;
    }
}
