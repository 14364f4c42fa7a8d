package io.github.khabar.pipeline;

import io.github.khabar.kb.TitleEntry;

import java.util.Set;

/**
 * What an office is of: demonyms, "باسم/لدى/في" + a body or state, portfolios no list holds,
 * the field ("لشؤون …"), the body an office heads ("رئيس حركة …"), an envoy's destination.
 * One part of {@link MentionScan}; per document, not shared between threads.
 */
final class OfficeComplements {
    /** "لشؤون X", "للشؤون X": the field of an office. */
    static final Set<String> AFFAIRS = Keys.set("لشؤون", "للشؤون", "لشئون", "للشئون");
    /** "المكلف ب…": a qualifier whose charge follows with بـ. */
    static final Set<String> CHARGED = Keys.set("المكلف", "المكلفة");
    static final Set<String> TITLE_LINKS = Keys.set("باسم", "لدى", "في", "إلى", "لشؤون", "عن", "لـ", "ل", "من",
            "لمجلس", "بمجلس", "لرئيس", "للرئيس", "لوزير", "بوزارة", "لوزارة", "بدولة", "بمملكة", "بجمهورية",
            "بسلطنة");
    /** After a title, "ل" + state noun is where someone goes ("… وزير الدفاع للمملكة الأردنية"), not the office. */
    static final Set<String> NOT_AFTER_LAM = Keys.set("المملكة", "الجمهورية", "الدولة", "السلطنة", "الإمارة");
    static final Set<String> STATE_NOUNS = Keys.set("دولة", "مملكة", "جمهورية", "سلطنة", "إمارة", "حكومة",
            "وزارة", "مجلس", "الحكومة", "المملكة", "الجمهورية", "الدولة", "الوزراء", "النواب", "الأمة", "الشورى",
            "الأمن", "الوطني", "القومي", "الحرمين", "الشريفين", "تصريف", "الأعمال", "المرحلة", "الانتقالية",
            "الشؤون", "الخارجية", "الدفاع", "الداخلية", "العامة", "السياسي", "المكتب", "مكتب", "المكتب السياسي", "البلاد",
            "مجلس الوزراء", "القوات", "المسلحة", "الأركان", "العربية", "المتحدة", "الإسلامية", "الرئيس", "الأمين",
            "العام", "عام", "أمين", "الإعلام", "الثقافة", "الاقتصاد", "المالية", "الطاقة", "الشرق", "الأوسط");
    static final String IN_THE_NAME_OF = Keys.of("باسم");
    /** Head nouns of parties, movements and other bodies an office may be "of". */
    static final Set<String> BODY_HEADS = Keys.set("حركة", "حزب", "جبهة", "تيار", "جماعة", "منظمة", "هيئة",
            "جمعية", "ائتلاف", "تحالف", "تجمع", "تنظيم",
            // councils and committees an office chairs: "رئيس لجنة الشؤون الدولية", "رئيس المجلس الأعلى للقوات المسلحة"
            "لجنة", "اللجنة", "المجلس", "مجلس", "مفوضية", "المفوضية", "المكتب",
            // clubs, unions, festivals, companies and blocs a non-government office heads: "رئيس نادي الباحة"
            "نادي", "اتحاد", "مهرجان", "شركة", "مجموعة", "كتلة",
            // a team, a branch, a department or command, a militia, a mosque, a university, a chair:
            // "المدير الفني لفريق …", "مدير عام فرع وزارة …", "قائد المقاومة الشعبية", "مشرف كرسي …"
            "فريق", "فرع", "إدارة", "دائرة", "قيادة", "المقاومة", "مقاومة", "مسجد", "المسجد", "جامع", "الجامع",
            "جامعة", "كلية",
            "كرسي", "مؤسسة");
    /** Nouns of a region an office serves, after بـ: "قائد المقاومة بمحافظة إب", "مدير الفرع بالمنطقة الشرقية". */
    static final Set<String> REGION_NOUNS = Keys.set("منطقة", "المنطقة", "محافظة", "المحافظة", "ولاية", "مدينة",
            "إقليم", "الإقليم", "مديرية", "بلدية");
    static final String TO = Keys.of("إلى");
    static final Set<String> NATIONAL = Keys.set("الوطني", "القومي", "المحلي", "الوطنية", "القومية");
    static final Set<String> INDEFINITE_PORTFOLIOS = Keys.set("خارجية", "دفاع", "داخلية", "مالية", "عدل",
            "اقتصاد", "طاقة", "نفط", "إعلام", "صحة", "تجارة");

    private final MentionScan scan;
    private final PreparedText t;
    private final Lexicon lex;

    OfficeComplements(MentionScan s) {
        this.scan = s;
        this.t = s.t;
        this.lex = s.lex;
    }

    record Complement(int titleEnd, int end, String country) {}

    /** Complements after a title ending at token j; titleEnd drops a final demonym from the title text. */
    /** {@code envoy}: the office may take "إلى" ("المبعوث الخاص إلى سوريا"); a minister's may not. */
    /** {@code portfolio}: whether a minister's portfolio may go on in words no list holds ({@link #takesPortfolio}). */
    Complement complement(int j, boolean linked, boolean envoy, int portfolio) {
        return complement(j, linked, envoy, portfolio, true);
    }

    /** {@code office}: a personal office, whose body, field and region may follow with لـ/بـ; not a rank. */
    Complement complement(int j, boolean linked, boolean envoy, int portfolio, boolean office) {
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
            Gazetteer.Match m = scan.gaz(k);
            String w = t.norm(k);
            if (k == j && INDEFINITE_PORTFOLIOS.contains(w) && scan.gaz(k + 1) != null
                    && scan.gaz(k + 1).has(Gazetteer.Kind.COUNTRY)) {
                // "وزير خارجية السعودية": the portfolio and the country in construct
                if (country == null) country = scan.gaz(k + 1).first(Gazetteer.Kind.COUNTRY).country();
                k = scan.gaz(k + 1).end();
                titleEnd = k;
                continue;
            }
            Outlets.Gov g = scan.outlets.gov(k, true);
            if (g != null && (linked || k > j || g.country() != null)) {
                // "باسم الخارجية الروسية", "وزير الدفاع في الحكومة السورية"
                if (country == null) country = g.country();
                if (linked && k == j) scan.embedded(k, g.end(), g.clitic(), null, g.country());
                k = g.end();
                titleEnd = trimTrailing(j, k);
                continue;
            }
            if ((linked || j > 0 && !scan.hasArticle(j - 1)) && k == j && m != null && m.has(Gazetteer.Kind.ORGANIZATION)
                    && !m.has(Gazetteer.Kind.PERSON)) {
                if (country == null) country = m.first(Gazetteer.Kind.ORGANIZATION).country();
                Gazetteer.Entry e = m.first(Gazetteer.Kind.ORGANIZATION);
                scan.embedded(k, m.end(), m.cliticChars(), e.organization(), e.country());
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
                while (e < Math.min(t.size(), k + 4) && t.isArabicWord(e) && scan.hasArticle(e)
                        && (scan.gaz(e) == null || !scan.gaz(e).has(Gazetteer.Kind.PERSON) && !scan.gaz(e).has(Gazetteer.Kind.TITLE))
                        && !lex.functionWords.contains(t.norm(e))) {
                    if (scan.gaz(e) != null && scan.gaz(e).has(Gazetteer.Kind.DEMONYM) && e > k + 1) break;
                    e = scan.gaz(e) != null ? scan.gaz(e).end() : e + 1;
                }
                if (e > k + 1) {
                    k = e;
                    titleEnd = e;
                    continue;
                }
            }
            if (Offices.TITLE_QUALIFIERS.contains(w)) {
                k++;
                titleEnd = k;
                if (CHARGED.contains(w) && k < t.size() && t.isArabicWord(k) && t.norm(k).startsWith(Keys.of("بال"))
                        && (scan.gaz(k) == null || !scan.gaz(k).has(Gazetteer.Kind.PERSON))) {
                    // "المفوضة المكلفة بالمتوسط", "الوزير المكلف بالشؤون الإفريقية": the charge is the office's
                    k = scan.gaz(k) != null ? scan.gaz(k).end() : k + 1;
                    while (k < Math.min(t.size(), titleEnd + 4) && t.isArabicWord(k) && scan.gaz(k) == null
                            && (scan.hasArticle(k) || t.norm(k).startsWith(Keys.of("وال")))
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
                    Gazetteer.Match after = scan.gaz(e);
                    String bodyCountry = after != null && after.has(Gazetteer.Kind.DEMONYM)
                            ? after.first(Gazetteer.Kind.DEMONYM).country() : countryIn(head, e);
                    Gazetteer.Match kb = scan.gaz(head) != null && scan.gaz(head).end() == e ? scan.gaz(head)
                            : scan.gaz(head + 1) != null && scan.gaz(head + 1).end() == e ? scan.gaz(head + 1) : null;
                    if (kb != null && kb.has(Gazetteer.Kind.ORGANIZATION) && !kb.has(Gazetteer.Kind.PERSON)
                            && (after == null || !after.has(Gazetteer.Kind.DEMONYM)
                                || bodyCountry.equals(kb.first(Gazetteer.Kind.ORGANIZATION).country()))) {
                        // a known body ("حركة حماس"): the same actor as its other mentions
                        Gazetteer.Entry known = kb.first(Gazetteer.Kind.ORGANIZATION);
                        scan.embedded(head, e, 0, known.organization(), known.country());
                        bodyCountry = known.country();
                    } else {
                        scan.embedded(head, e, 0, null, bodyCountry);
                    }
                    if (country == null) country = bodyCountry;
                    k = e;
                    titleEnd = e;
                    continue;
                }
            }
            if (linked && k == j && k > 0 && t.norm(k - 1).equals(IN_THE_NAME_OF)) {
                int e = bodyPhrase(k);
                int chain = bodyChain(k); // "باسم قيادة حرس الحدود": a construct chain
                if (chain > k + 1) e = Math.max(e, chain);
                if (e > k) {
                    k = e; // "المتحدث باسم قوات التحالف": what follows باسم is a body, not the speaker's name
                    titleEnd = e;
                    continue;
                }
            }
            if (k > j && w.startsWith("و") && scan.gaz(k) == null && k + 1 < t.size() && scan.gaz(k + 1) != null
                    && scan.gaz(k + 1).has(Gazetteer.Kind.DEMONYM) && k == titleEnd) {
                // "وزير التنمية والتكنولوجيا البولندي": a coordinated portfolio
                k++;
                titleEnd = k;
                continue;
            }
            if (k == titleEnd && STATE_NOUNS.contains(w) && !scan.hasArticle(k) && scan.gaz(k + 1) != null
                    && scan.gaz(k + 1).has(Gazetteer.Kind.COUNTRY) && !scan.gaz(k + 1).has(Gazetteer.Kind.PERSON)) {
                // "سفيرة جمهورية بيلاروس", "رئيس وزراء مملكة ليسوتو": the state named with its kind
                if (country == null) country = scan.gaz(k + 1).first(Gazetteer.Kind.COUNTRY).country();
                k = scan.gaz(k + 1).end();
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
            if (office && k == titleEnd) {
                int e = lamBody(k);
                if (e < 0) e = field(k);
                if (e < 0) e = region(k);
                if (e > k) {
                    if (country == null) country = countryIn(k, e);
                    k = e;
                    titleEnd = e;
                    continue;
                }
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
        if (te.title().endsWith("وزارة")) {
            // "وكيل وزارة الحج": the ministry's portfolio follows the construct head
            return t.norm(m.end() - 1).endsWith(Keys.of("وزارة")) && !scan.hasArticle(m.end() - 1) ? BARE : NONE;
        }
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
    int portfolioEnd(int j, int mode) {
        int p = j;
        while (p < Math.min(t.size(), j + 5) && t.isArabicWord(p)) {
            String w = t.norm(p);
            boolean coordinated = w.startsWith(Keys.of("وال"));
            boolean definite = p == j ? (mode == BARE ? scan.hasArticle(p) : coordinated) : scan.hasArticle(p) || coordinated;
            if (p > j && p + 1 < t.size() && coordinated && scan.gaz(p) != null && scan.gaz(p).has(Gazetteer.Kind.DEMONYM)
                    && scan.gaz(p).end() == p + 1 && abroad(p + 1)) {
                p += 2; // "والتونسيين بالخارج", "والمصريين بالخارج": a people abroad, part of the portfolio
                continue;
            }
            if (!definite || scan.gaz(p) != null || scan.timeTokens.get(p) || lex.functionWords.contains(w)
                    || lex.reportingCues.contains(w) || lex.meetingCues.contains(w) || lex.visitCues.contains(w)
                    || Outlets.GOV_NOUNS.contains(w)) {
                break;
            }
            p++;
        }
        if (p == j) return j;
        Gazetteer.Match after = scan.gaz(p);
        boolean anchored = after != null && !after.has(Gazetteer.Kind.PERSON)
                && (after.has(Gazetteer.Kind.DEMONYM) || after.has(Gazetteer.Kind.COUNTRY));
        boolean named = (after != null && after.has(Gazetteer.Kind.PERSON)) || scan.words.isGivenName(p)
                || scan.words.isForeignSurname(t.norm(p))
                // "وكيل وزارة الحج لشئون الحج الدكتور …": the field or an honorific before the name
                || AFFAIRS.contains(t.norm(p)) || Offices.TITLE_QUALIFIERS.contains(t.norm(p))
                || after != null && after.has(Gazetteer.Kind.TITLE)
                    && after.first(Gazetteer.Kind.TITLE).title().category() == io.github.khabar.kb.TitleCategory.HONORIFIC;
        return anchored || named ? p : j;
    }

    /** "بالخارج", "في الخارج" is one word here: "بالخارج". */
    boolean abroad(int p) {
        return t.norm(p).equals(Keys.of("بالخارج"));
    }

    /**
     * A body named by its kind ("حركة مجتمع السلم", "حزب العدالة والتنمية"): the head, then words in
     * construct with it — an indefinite one only before a definite one — up to a given name, a title, a
     * demonym or a function word. Returns the end, or k when nothing follows the head.
     */
    int bodyChain(int k) {
        int e = k + 1;
        boolean definite = false;
        int namedEnd = namedAfter(k);
        if (namedEnd > e) return namedEnd;
        while (e < t.size() && e < k + 5 && t.isArabicWord(e)) {
            String w = t.norm(e);
            Gazetteer.Match m = scan.gaz(e);
            if (lex.functionWords.contains(w) || lex.commonVerbs.contains(w) || scan.words.isGivenName(e)
                    || lex.reportingCues.contains(DocIndex.stripConj(w))
                    || (m != null && (m.has(Gazetteer.Kind.TITLE) || m.has(Gazetteer.Kind.PERSON)))) {
                break;
            }
            if (m != null && m.has(Gazetteer.Kind.DEMONYM) && e > k + 1) break; // "… المصري": the country
            boolean known = m != null && m.has(Gazetteer.Kind.ORGANIZATION);
            if (w.startsWith(Keys.of("بال")) && !known) break; // "رئيسة المفوضية بالدور": the verb's object
            boolean article = scan.hasArticle(e) || w.startsWith("وال"); // "العدالة والتنمية"
            if (!article && !known) {
                // an indefinite word only heads a construct ("مجتمع السلم"), never after a definite one,
                // and not as a compound given name ("فضل الله")
                boolean next = e + 1 < t.size() && scan.hasArticle(e + 1) && !scan.words.isGivenName(e + 1)
                        && !NameWords.COMPOUND_SECONDS.contains(t.norm(e + 1));
                if (definite || !next) break;
            }
            definite |= article || known;
            e++;
        }
        return e;
    }

    /**
     * "المدير الفني لفريق الهلال", "الرئيس التنفيذي لشركة …", "المتحدث الرسمي للنادي": a body's head
     * noun with لـ and the words in construct with it; the end, or -1.
     */
    int lamBody(int k) {
        String w = t.norm(k);
        if (w.length() < 4 || w.charAt(0) != 'ل' || scan.gaz(k) != null && scan.gaz(k).has(Gazetteer.Kind.PERSON)) return -1;
        boolean definite = w.startsWith("لل");
        String stem = definite ? "ا" + w.substring(1) : w.substring(1);
        String head = definite ? stem.substring(2) : stem;
        if (!BODY_HEADS.contains(stem) && !BODY_HEADS.contains(head)) return -1;
        int e = bodyChain(k);
        if (e == k + 1 && !definite && k + 2 < t.size() && t.isArabicWord(k + 1) && !scan.hasArticle(k + 1)
                && scan.gaz(k + 1) == null && !lex.functionWords.contains(t.norm(k + 1)) && !scan.words.isGivenName(k + 1)
                && (scan.words.isGivenName(k + 2) || scan.gaz(k + 2) != null && scan.gaz(k + 2).has(Gazetteer.Kind.PERSON))) {
            e = k + 2; // "الرئيس التنفيذي لشركة سوناطراك رشيد …": a one-word name of the body, then the holder's
        }
        if (e > k + 1) {
            scan.embedded(k, e, 1, null, countryIn(k, e));
            return e;
        }
        return definite ? k + 1 : -1;
    }

    /**
     * "المدير العام للعلاقات الخارجية", "المتحدث الرسمي لحقوق الإنسان": the field of an office, a لـ word
     * and the definite words in construct with it (two words at least, so "للصحفيين" alone is no field);
     * the end, or -1.
     */
    int field(int k) {
        String w = t.norm(k);
        if (w.length() < 4 || w.charAt(0) != 'ل' || !t.isArabicWord(k) || scan.gaz(k) != null
                || lex.functionWords.contains(w) || scan.timeTokens.get(k)) {
            return -1;
        }
        int e = k + 1;
        while (e < Math.min(t.size(), k + 4) && t.isArabicWord(e) && (scan.hasArticle(e) || t.norm(e).startsWith(Keys.of("وال")))
                && !lex.functionWords.contains(t.norm(e)) && !scan.timeTokens.get(e)
                && (scan.gaz(e) == null || !scan.gaz(e).has(Gazetteer.Kind.PERSON) && !scan.gaz(e).has(Gazetteer.Kind.TITLE)
                    && !scan.gaz(e).has(Gazetteer.Kind.DEMONYM))) {
            e = scan.gaz(e) != null ? scan.gaz(e).end() : e + 1;
        }
        return e > k + 1 ? e : -1;
    }

    /**
     * "القائد العسكري بعدن", "قائد المقاومة بمحافظة إب", "مدير الفرع بالمنطقة الشرقية": the place an office
     * serves, with بـ; the end, or -1.
     */
    int region(int k) {
        String w = t.norm(k);
        if (w.length() < 3 || w.charAt(0) != 'ب') return -1;
        Gazetteer.Match m = scan.gaz(k);
        if (m != null && m.cliticChars() > 0 && (m.has(Gazetteer.Kind.PLACE) || m.has(Gazetteer.Kind.COUNTRY))
                && !m.has(Gazetteer.Kind.PERSON) && !venueOnly(m)) {
            return m.end();
        }
        String stem = w.substring(1);
        // "بمحافظة" is read as the office "محافظة" too: a region noun after بـ is the place's kind here
        if ((m == null || !m.has(Gazetteer.Kind.PERSON)) && REGION_NOUNS.contains(stem) && k + 1 < t.size() && t.isArabicWord(k + 1)
                && !lex.functionWords.contains(t.norm(k + 1))
                && (scan.gaz(k + 1) == null || !scan.gaz(k + 1).has(Gazetteer.Kind.PERSON) && !scan.gaz(k + 1).has(Gazetteer.Kind.TITLE))) {
            return scan.gaz(k + 1) != null ? scan.gaz(k + 1).end() : k + 2;
        }
        return -1;
    }

    /**
     * "كرسي الملك عبدالله", "جامعة الأمير سلطان", "مسجد الشيخ زايد": an institution named after a person
     * (a royal or honorific title and the name); the end, or k + 1 when the head is no such noun.
     */
    int namedAfter(int k) {
        String head = t.norm(k);
        if (head.startsWith("ل")) head = head.startsWith("لل") ? "ا" + head.substring(1) : head.substring(1);
        if (!Offices.NAMED_AFTER.contains(head) || k + 2 >= t.size()) return k + 1;
        Gazetteer.Match m = scan.gaz(k + 1);
        if (m != null && m.has(Gazetteer.Kind.PERSON) && m.has(Gazetteer.Kind.TITLE)) return m.end(); // "الملك فهد" as one entry
        if (m == null || !m.has(Gazetteer.Kind.TITLE) || m.has(Gazetteer.Kind.PERSON)) return k + 1;
        io.github.khabar.kb.TitleCategory c = m.first(Gazetteer.Kind.TITLE).title().category();
        if (c != io.github.khabar.kb.TitleCategory.ROYAL && c != io.github.khabar.kb.TitleCategory.HONORIFIC) return k + 1;
        int p = m.end();
        Gazetteer.Match pm = scan.gaz(p);
        int end = pm != null && pm.has(Gazetteer.Kind.PERSON) ? pm.end()
                : scan.words.isGivenName(p) ? Math.min(scan.words.nameExtent(p, true), p + 2) : p;
        return end > p ? end : k + 1;
    }

    /** An unknown body after "باسم": a head noun and the definite words in construct with it. */
    int bodyPhrase(int k) {
        int e = k;
        while (e < t.size() && e < k + 4 && t.isArabicWord(e) && (e == k || scan.hasArticle(e))) {
            String w = t.norm(e);
            Gazetteer.Match m = scan.gaz(e);
            if (lex.functionWords.contains(w) || lex.commonVerbs.contains(w) || scan.words.isGivenName(e)
                    || (m != null && (m.has(Gazetteer.Kind.TITLE) || m.has(Gazetteer.Kind.DEMONYM)
                        || m.has(Gazetteer.Kind.PERSON)))) {
                break;
            }
            e++;
        }
        return e;
    }

    int trimTrailing(int from, int end) {
        int e = end;
        while (e > from && scan.gaz(e - 1) != null && scan.gaz(e - 1).has(Gazetteer.Kind.DEMONYM)
                && scan.gaz(e - 1).end() == e) {
            e--;
        }
        return e;
    }

    boolean startsWithLinkClitic(String w) {
        if (w.length() < 3) return false;
        char c = w.charAt(0);
        if (c != 'ب' && c != 'ل') return false;
        String rest = w.startsWith("لل") ? "ا" + w.substring(1) : w.substring(1);
        if (c == 'ل' && NOT_AFTER_LAM.contains(rest)) return false;
        return STATE_NOUNS.contains(rest);
    }

    /** Only directly after the title ("أمير قطر"), never after other complements. */
    boolean isRegionalTitleObject(int titleEnd, int k) {
        return k == titleEnd;
    }

    boolean followsOf(int k, Gazetteer.Match m) {
        // an office as a genitive complement ("مبعوث الرئيس الروسي", "مستشار للرئيس"): definite or with ل,
        // and followed by a demonym or a country/organisation; "وزير الدفاع" after a title is a new office
        String w = t.norm(k);
        if (!(scan.hasArticle(k) || w.startsWith("لل") || (m.cliticChars() > 0 && w.charAt(0) == 'ل'))) return false;
        Gazetteer.Match after = scan.gaz(m.end());
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
            Gazetteer.Match m = scan.gaz(p);
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
                    scan.embedded(p, m.end(), m.cliticChars(), body.organization(), body.country());
                }
                p = national ? m.end() + 1 : m.end(); // "مجلس الأمن الوطني" is not the Security Council
                lastGood = p;
                // "الشرق الأوسط وإفريقيا": a coordinated place continues the phrase
                if (p < t.size() && t.norm(p).startsWith("و") && scan.gaz(p) != null
                        && (scan.gaz(p).has(Gazetteer.Kind.PLACE) || scan.gaz(p).has(Gazetteer.Kind.COUNTRY))) {
                    continue;
                }
                Gazetteer.Match d = scan.gaz(p);
                if (d != null && d.has(Gazetteer.Kind.DEMONYM)) {
                    p = d.end();
                    lastGood = p;
                }
                break;
            }
            if (lastGood == p && p > k && pw.startsWith(Keys.of("وال")) && m == null && !lex.functionWords.contains(pw)) {
                p++; // "في وزارة الشؤون الإسلامية والأوقاف والدعوة": a ministry's coordinated portfolio
                lastGood = p;
                continue;
            }
            if (STATE_NOUNS.contains(pw) || t.anyVariant(pw, STATE_NOUNS::contains) || Outlets.GOV_NOUNS.contains(pw)) {
                p++;
                lastGood = p;
                if (p + 1 < limit && scan.hasArticle(p) && scan.gaz(p) == null && t.isArabicWord(p)
                        && !lex.functionWords.contains(t.norm(p)) && scan.gaz(p + 1) != null
                        && scan.gaz(p + 1).has(Gazetteer.Kind.DEMONYM) && !scan.gaz(p + 1).has(Gazetteer.Kind.PERSON)) {
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
            Gazetteer.Match m = scan.gaz(k);
            if (m != null && m.end() <= b && m.has(Gazetteer.Kind.DEMONYM) && !m.has(Gazetteer.Kind.TITLE)) {
                return m.first(Gazetteer.Kind.DEMONYM).country();
            }
        }
        return null;
    }

    String countryIn(int a, int b) {
        for (int k = a; k < b; k++) {
            Gazetteer.Match m = scan.gaz(k);
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
}
