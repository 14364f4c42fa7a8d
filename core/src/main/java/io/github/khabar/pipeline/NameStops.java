package io.github.khabar.pipeline;

/**
 * Words that end a person's name, read from the normalised and bare forms only, so a vowelled text and the
 * same text without its harakat end a name at the same word: an indefinite accusative whose tanween is not
 * written ("جدلا واسعا"), a preposition's noun without the article ("بجائزة"), an indefinite noun after a
 * full name ("كرة عرضية"), and — in a document that writes final ى as ي — the particle "علي" ("علي الجانب").
 * One part of {@link NameWords}; per document, not shared between threads.
 */
final class NameStops {
    private static final String[] PRONOUNS = {"ه", "ها", "هم", "هما"};
    private static final java.util.Set<String> THAT = Keys.set("أن", "أنه", "أنها", "أنهم", "أنهما", "بأن");

    private final NameWords words;
    private final MentionScan scan;
    private final PreparedText t;
    private final Lexicon lex;

    NameStops(NameWords words, MentionScan scan) {
        this.words = words;
        this.scan = scan;
        this.t = scan.t;
        this.lex = scan.lex;
    }

    /**
     * Token j ends in an alef that is the accusative's tanween (written "جدلًا" or plain "جدلا"): a word of
     * four letters or more, without the article, in no name list ("أوباما", "كينياتا" are listed) and not a
     * long Slavic surname ("إيفانوفا"; "طفيفا", "معروفا" are accusatives). "أحمد عصيد جدلا واسعا", "كيت
     * ميدلتون مولودا", "محمد عبادي أمينا عاما".
     */
    boolean indefiniteAccusative(int j) {
        if (!t.isArabicWord(j) || t.hasArticle(j)) return false;
        String bare = t.bare(j);
        String w = t.norm(j);
        if (w.length() < 4 || bare.charAt(bare.length() - 1) != '\u0627' || bare.endsWith("اا")) return false;
        return accusativeShape(w.substring(0, w.length() - 1)) && !words.knownNameToken(j) && !words.isKnownSurname(j)
                && !(w.length() >= 7 && words.isForeignSurname(w));
    }

    /**
     * The word before the accusative's alef has the shape of an Arabic noun or adjective: three letters
     * (جدل، عام، شخص), فاعل/فعيل/فعول/فعال and مُفعَل (واسع، أمين، مصاب), مفعول and مُتفعِّل/مُستفعِل/مُنفعِل
     * (مولود، متوقع، منفرد), إفعال (إجمال), or a nisba in ي of four or five letters (رسمي، سياسي). Foreign
     * names in -ا mostly have none of these shapes ("أنخيلا", "شويتسا", "ماهاما"). Normalised letters.
     */
    static boolean accusativeShape(String stem) {
        int n = stem.length();
        if (n == 3) return true;
        if (n == 4) {
            return stem.charAt(1) == 'ا' || "يوا".indexOf(stem.charAt(2)) >= 0 || stem.charAt(0) == 'م'
                    || stem.charAt(3) == 'ي';
        }
        if (stem.charAt(0) == 'م' && (n == 5 && stem.charAt(3) == 'و' || "تسن".indexOf(stem.charAt(1)) >= 0)) return true;
        if (n == 5 && stem.charAt(0) == 'ا' && stem.charAt(3) == 'ا') return true;
        return n == 5 && stem.charAt(4) == 'ي';
    }

    /**
     * Token j is بـ or لـ with an indefinite or possessed noun ("بجائزة", "بتهمة", "بانضمامه", "لمنصبه"):
     * a preposition's phrase, not a name word, unless a name list holds the word ("بلال", "لبنى").
     */
    boolean prepositionalNoun(int j) {
        if (!t.isArabicWord(j) || t.hasArticle(j)) return false;
        String bare = t.bare(j);
        char first = bare.charAt(0);
        if (bare.length() < 5 || (first != '\u0628' && first != '\u0644')) return false;
        boolean nounEnding = bare.endsWith("ة");
        for (String p : PRONOUNS) nounEnding |= bare.endsWith(p);
        if (!nounEnding || words.knownNameToken(j) || words.isKnownSurname(j)) return false;
        String rest = t.norm(j).substring(1);
        return !lex.givenNames.contains(rest) && !lex.nameTokens.contains(rest);
    }

    /**
     * Token j opens with بـ or لـ and reads as a preposition's phrase, not as the first word of a name: with
     * the article ("للوقوف", "بالضيوف", "للفيفا"), with a noun of an Arabic shape — a verbal noun ("لتنسيق"),
     * a broken plural فعول ("بظروف", "بصفوف"), a word the lists know as no name — or, right after an office,
     * with a noun in construct with a definite one ("الإمام السابق لبيت الله", "رئيس المجلس لقوى الثورة",
     * "مدرب الفريق بنادي الاتحاد").
     * A name list holding the whole word keeps it a name ("بلال", "لبنى", "بوبوف").
     */
    boolean prepositionalOpener(int j, boolean afterTitle) {
        if (!t.isArabicWord(j)) return false;
        String bare = t.bare(j);
        if (bare.length() < 4 || (bare.charAt(0) != '\u0628' && bare.charAt(0) != '\u0644')) return false;
        if (words.knownNameToken(j) || words.isKnownSurname(j)) return false;
        String w = t.norm(j);
        if (NameWords.prepositionalDefinite(w)) return true;
        String stem = bare.substring(1);
        if (masdarShape(stem) || brokenPluralShape(stem) || lex.nonNames.contains(w.substring(1))) return true;
        return afterTitle && t.isArabicWord(j + 1) && t.hasArticle(j + 1);
    }

    /** The broken plural فعول of four letters ("ظروف", "صفوف", "وقوف"). */
    static boolean brokenPluralShape(String bare) {
        return bare.length() == 4 && bare.charAt(2) == '\u0648';
    }

    /**
     * Token j, after a name, is a noun no name list holds: a plural in ات ("معزوفات", "انقسامات"), a
     * feminine noun with a possessive pronoun ("سعادته", "رغبتها"), or an indefinite feminine in ة with an
     * indefinite adjective agreeing with it ("كرة عرضية", "حياة صعبة"); a family name in ة alone stays
     * ("سعيد مرضمة قال", "حسن خالد شلحة رئيس").
     */
    boolean indefiniteNoun(int j) {
        if (!t.isArabicWord(j) || t.hasArticle(j) || words.knownNameToken(j) || words.isKnownSurname(j)) return false;
        String w = t.norm(j);
        String bare = t.bare(j);
        if (w.length() < 3 || w.charAt(0) == 'و') return false;
        if (w.length() >= 5 && (w.endsWith("ات") || bare.endsWith("ته") || bare.endsWith("تها")
                || bare.endsWith("تهم") || bare.endsWith("تهما"))) {
            return true;
        }
        return words.endsWithTehMarbuta(j) && t.isArabicWord(j + 1) && !t.hasArticle(j + 1)
                && !words.knownNameToken(j + 1) && (words.endsWithTehMarbuta(j + 1) || t.norm(j + 1).endsWith("ات"));
    }

    /**
     * "علي" (a listed particle written with ي) in a document that writes final ى as ي reads as the
     * preposition before a definite noun (or one in construct with it), a verbal noun or أن ("علي الجانب",
     * "علي هامش القمة", "علي تعزيز", "علي أن"), unless an
     * office comes right before it ("الرئيس علي …") or a known name word follows ("علي عبد الله صالح").
     */
    boolean particleHere(int j) {
        if (!t.spelling().yaForMaqsura) return false;
        if (!t.isArabicWord(j + 1) || titleBefore(j) || words.knownNameToken(j + 1)
                || NameWords.CHAIN_WORDS.contains(t.norm(j + 1))) {
            return false;
        }
        // a noun in construct with a definite noun ("علي هامش القمة", "علي رأس الوفد") is definite too
        return t.hasArticle(j + 1) || THAT.contains(t.norm(j + 1)) || masdarShape(t.bare(j + 1))
                || t.isArabicWord(j + 2) && t.hasArticle(j + 2) && !words.isForeignSurname(t.norm(j + 1));
    }

    /** An office (a title the gazetteer knows) ends right before token j. */
    private boolean titleBefore(int j) {
        for (int k = j - 1; k >= Math.max(0, j - 5); k--) {
            Gazetteer.Match m = scan.gaz(k);
            if (m != null && m.end() == j && m.has(Gazetteer.Kind.TITLE)) return true;
        }
        return false;
    }

    /**
     * The shape of a derived verbal noun: تفعيل (تعزيز، تطوير), إفعال/افتعال/استفعال (إعلان، انعقاد،
     * استقبال) and مفاعلة (مساعدة، مشاركة).
     */
    static boolean masdarShape(String bare) {
        int n = bare.length();
        if (n < 5) return false;
        char first = bare.charAt(0);
        char beforeLast = bare.charAt(n - 2);
        if (first == '\u062A' && beforeLast == '\u064A') return true;
        if ((first == '\u0627' || first == '\u0625' || first == '\u0623') && beforeLast == '\u0627') return true;
        return first == '\u0645' && bare.charAt(2) == '\u0627' && bare.endsWith("ة");
    }
}
