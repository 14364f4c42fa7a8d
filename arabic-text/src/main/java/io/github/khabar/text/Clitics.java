package io.github.khabar.text;

import static io.github.khabar.text.ArabicChars.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Light clitic segmentation of Arabic words: proclitics و ف (conjunctions), ب ل ك (prepositions), س (future),
 * ال (article, لل after ل) and their combinations; enclitics ه ها هم هما كم كما هن نا ي. Stateless and
 * thread-safe; all work is on one short word.
 *
 * <p>Rules:
 * <ol>
 *   <li>Diacritics, tatweel and format controls are removed first; letters are otherwise returned as written,
 *       so raw and normalised input both work. The unsegmented word is always one of the analyses.</li>
 *   <li>Every stem has at least {@value #MIN_STEM} letters. The article never takes an enclitic. س needs a
 *       present-tense prefix (ي ت ن ا أ) after it.</li>
 *   <li>When an article is present, the analysis that keeps it on the stem ({@code ("ب","الرياض","")}) comes
 *       just before the one that splits it ({@code ("بال","رياض","")}). لل elides the article's alef, so there
 *       only the split form exists ({@code ("ولل","رئيس","")}); {@code proclitics + stem + enclitic} always
 *       equals the cleaned word, except for the ت → ة restoration below.</li>
 *   <li>Analyses are ranked by evidence: an article is strong evidence; a future س with a verb prefix, a
 *       pronoun enclitic ها هم هما and a conjunction in front of another proclitic are good evidence; a lone
 *       و ف ب ل ك is weak evidence, and none when the rest starts like a transliterated foreign name
 *       (بو, كي, ي after ب/ك, bare ا that is not a derived verb form: {@code ماكرون}, {@code كيري},
 *       {@code بلينكن}); ي (my), the second-person enclitics and ه after ا are possible but never first;
 *       two-letter stems are penalised.</li>
 *   <li>A small built-in list of common whole words that begin or end with clitic letters (وزير، وفد، لجنة،
 *       بيان…, and country and capital names such as لبنان، فرنسا، بغداد) is preferred unsegmented, and a stem
 *       found in it is preferred. Callers with a lexicon pass it to {@link #analyze(String, Predicate)}.</li>
 *   <li>Before an enclitic a stem ending in ت is also offered with ة ({@code وزارتها} → {@code وزارة} + ها),
 *       first when the ة form is a known word.</li>
 * </ol>
 */
public final class Clitics {
    /** Shortest stem any analysis may leave. */
    static final int MIN_STEM = 2;

    private static final String ARTICLE = "" + ALEF + LAM;
    private static final String[] ENCLITICS = {
        "" + HEH + MEEM + ALEF, "" + KAF + MEEM + ALEF, "" + HEH + ALEF, "" + HEH + MEEM, "" + HEH + NOON,
        "" + KAF + MEEM, "" + NOON + ALEF, "" + HEH, "" + YEH, ""
    };

    private static final double UNSEGMENTED_SCORE = 0;
    private static final double KNOWN_WORD_BONUS = 5;
    private static final double KNOWN_STEM_BONUS = 2;
    private static final double ARTICLE_SCORE = 3;
    private static final double ARTICLE_ATTACHED_BONUS = 0.1;
    private static final double STACKED_PROCLITIC_BONUS = 0.5;
    private static final double FUTURE_SCORE = 1.5;
    private static final double LONE_PROCLITIC_SCORE = 1;
    private static final double IMPLAUSIBLE_SCORE = -1;
    private static final double SHORT_STEM_PENALTY = -1.5;
    private static final double STRONG_ENCLITIC_SCORE = 1;
    private static final double HEH_ENCLITIC_SCORE = 0.8;
    private static final double WEAK_ENCLITIC_SCORE = -0.3;
    private static final double RESTORED_TEH_MARBUTA_PENALTY = -0.05;
    /** Stems shorter than this before an enclitic are unlikely ({@code فيها} is في + ها, not a noun). */
    private static final int MIN_STEM_BEFORE_ENCLITIC = 3;
    /** A conjunction plus preposition is preferred over the conjunction alone only before stems this long. */
    private static final int MIN_STACKED_STEM = 4;

    private Clitics() {}

    /**
     * All plausible segmentations of {@code word}, most likely first, always including the unsegmented word.
     * Never throws for a non-null argument.
     */
    public static List<CliticAnalysis> analyze(String word) {
        return analyze(word, stem -> false);
    }

    /**
     * As {@link #analyze(String)}, also preferring stems (and whole words) the caller's lexicon knows.
     *
     * @param knownStem tested with diacritic-free stems as written, e.g. {@code "الرئيس"}, {@code "روسيا"}
     */
    public static List<CliticAnalysis> analyze(String word, Predicate<String> knownStem) {
        Objects.requireNonNull(knownStem, "knownStem");
        String w = clean(Objects.requireNonNull(word, "word"));
        List<Scored> found = new ArrayList<>();
        boolean wordKnown = isKnown(w, knownStem);
        found.add(new Scored(new CliticAnalysis("", w, ""),
                UNSEGMENTED_SCORE + (wordKnown ? KNOWN_WORD_BONUS : 0), 0));
        for (Proclitic p : Proclitic.VALUES) {
            if (!w.startsWith(p.letters)) {
                continue;
            }
            for (String enclitic : ENCLITICS) {
                int stemEnd = w.length() - enclitic.length();
                if (stemEnd - p.letters.length() < MIN_STEM || (p.article && !enclitic.isEmpty())
                        || (p.letters.isEmpty() && enclitic.isEmpty()) || !w.endsWith(enclitic)) {
                    continue;
                }
                String stem = w.substring(p.letters.length(), stemEnd);
                if (p.future && !startsLikePresentTense(stem)) {
                    continue;
                }
                double score = procliticScore(p, stem) + encliticScore(enclitic, stem);
                if (stem.length() == MIN_STEM) {
                    score += SHORT_STEM_PENALTY;
                }
                addWithVariants(found, p, stem, enclitic, score, knownStem);
            }
        }
        found.sort(null);
        List<CliticAnalysis> out = new ArrayList<>(found.size());
        for (Scored s : found) {
            if (!out.contains(s.analysis)) {
                out.add(s.analysis);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static void addWithVariants(List<Scored> found, Proclitic p, String stem, String enclitic, double score,
            Predicate<String> knownStem) {
        int order = found.size();
        if (p.article && p.letters.endsWith(ARTICLE)) {
            String outer = p.letters.substring(0, p.letters.length() - ARTICLE.length());
            String withArticle = ARTICLE + stem;
            {
                double known = isKnown(withArticle, knownStem) || isKnown(stem, knownStem) ? KNOWN_STEM_BONUS : 0;
                found.add(new Scored(new CliticAnalysis(outer, withArticle, enclitic),
                        score + known + ARTICLE_ATTACHED_BONUS, order++));
            }
        }
        double known = isKnown(stem, knownStem) ? KNOWN_STEM_BONUS : 0;
        found.add(new Scored(new CliticAnalysis(p.letters, stem, enclitic), score + known, order++));
        if (!enclitic.isEmpty() && stem.charAt(stem.length() - 1) == TEH) {
            String restored = stem.substring(0, stem.length() - 1) + TEH_MARBUTA;
            boolean restoredKnown = isKnown(restored, knownStem);
            double restoredScore = restoredKnown ? score + KNOWN_STEM_BONUS + ARTICLE_ATTACHED_BONUS
                    : score + known + RESTORED_TEH_MARBUTA_PENALTY;
            found.add(new Scored(new CliticAnalysis(p.letters, restored, enclitic), restoredScore, order));
        }
    }

    private static double procliticScore(Proclitic p, String stem) {
        if (p.letters.isEmpty()) {
            return 0;
        }
        if (p.article) {
            return ARTICLE_SCORE + (p.conjunction ? STACKED_PROCLITIC_BONUS : 0)
                    + (p.preposition ? STACKED_PROCLITIC_BONUS : 0);
        }
        if (p.future) {
            return FUTURE_SCORE + (p.conjunction ? STACKED_PROCLITIC_BONUS : 0);
        }
        if (!plausibleAfter(p, stem)) {
            return IMPLAUSIBLE_SCORE;
        }
        // و + ب before a short stem is as often و + a ب-initial word (وبحثا); before a long one it is the norm.
        boolean stacked = p.conjunction && p.preposition && stem.length() >= MIN_STACKED_STEM;
        return LONE_PROCLITIC_SCORE + (stacked ? STACKED_PROCLITIC_BONUS : 0);
    }

    private static double encliticScore(String enclitic, String stem) {
        if (enclitic.isEmpty()) {
            return 0;
        }
        if (stem.length() < MIN_STEM_BEFORE_ENCLITIC) {
            return IMPLAUSIBLE_SCORE;
        }
        char last = stem.charAt(stem.length() - 1);
        return switch (enclitic.length()) {
            case 1 -> enclitic.charAt(0) == HEH && last != ALEF ? HEH_ENCLITIC_SCORE : WEAK_ENCLITIC_SCORE;
            default -> enclitic.charAt(0) == HEH ? STRONG_ENCLITIC_SCORE : WEAK_ENCLITIC_SCORE;
        };
    }

    /**
     * Whether the rest of the word after a lone conjunction or preposition starts like an Arabic word. Foreign
     * names transliterate o/u/i/e with و ي ا right after the first consonant (ماكرون، كيري، بلينكن), which is rare
     * for a native stem after ب ك; a bare ا there is only native in derived verb forms (اتفاق، انتخاب، استقبال).
     */
    private static boolean plausibleAfter(Proclitic p, String stem) {
        if (stem.length() < MIN_STEM_BEFORE_ENCLITIC) {
            return false;
        }
        char first = stem.charAt(0);
        if (first == ALEF_MAKSURA || first == HAMZA || first == WAW_HAMZA || first == YEH_HAMZA) {
            return false;
        }
        if (!p.preposition) {
            return true; // و and ف join anything, verbs included (ويلتقي، فوزير)
        }
        if (first == WAW) {
            return false;
        }
        if (first == YEH) {
            return stem.charAt(stem.length() - 1) != ALEF && p.letters.charAt(p.letters.length() - 1) == LAM;
        }
        if (first == ALEF) {
            char second = stem.charAt(1);
            char third = stem.charAt(2);
            return second == TEH || second == NOON || (second == SEEN && third == TEH)
                    || third == TEH || third == TAH || third == DAL;
        }
        return true;
    }

    private static boolean startsLikePresentTense(String stem) {
        char first = stem.charAt(0);
        return stem.length() >= MIN_STEM_BEFORE_ENCLITIC
                && (first == YEH || first == TEH || first == NOON || first == ALEF || first == ALEF_HAMZA_ABOVE);
    }

    private static boolean isKnown(String s, Predicate<String> knownStem) {
        return knownStem.test(s) || CommonWords.contains(s);
    }

    /** Removes diacritics, tatweel and format controls. */
    static String clean(String word) {
        StringBuilder b = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean drop = isDiacritic(c) || c == TATWEEL || isFormatControl(c);
            if (drop && b == null) {
                b = new StringBuilder(word.length()).append(word, 0, i);
            } else if (!drop && b != null) {
                b.append(c);
            }
        }
        return b == null ? word : b.toString();
    }

    /** One admissible proclitic combination. */
    private enum Proclitic {
        NONE("", false, false, false, false),
        WA("" + WAW, true, false, false, false),
        FA("" + FEH, true, false, false, false),
        BI("" + BEH, false, true, false, false),
        LI("" + LAM, false, true, false, false),
        KA("" + KAF, false, true, false, false),
        WA_BI("" + WAW + BEH, true, true, false, false),
        WA_LI("" + WAW + LAM, true, true, false, false),
        WA_KA("" + WAW + KAF, true, true, false, false),
        FA_BI("" + FEH + BEH, true, true, false, false),
        FA_LI("" + FEH + LAM, true, true, false, false),
        FA_KA("" + FEH + KAF, true, true, false, false),
        SA("" + SEEN, false, false, true, false),
        WA_SA("" + WAW + SEEN, true, false, true, false),
        FA_SA("" + FEH + SEEN, true, false, true, false),
        AL(ARTICLE, false, false, false, true),
        WA_AL(WAW + ARTICLE, true, false, false, true),
        FA_AL(FEH + ARTICLE, true, false, false, true),
        BI_AL(BEH + ARTICLE, false, true, false, true),
        KA_AL(KAF + ARTICLE, false, true, false, true),
        LIL("" + LAM + LAM, false, true, false, true),
        WA_BI_AL("" + WAW + BEH + ARTICLE, true, true, false, true),
        WA_KA_AL("" + WAW + KAF + ARTICLE, true, true, false, true),
        FA_BI_AL("" + FEH + BEH + ARTICLE, true, true, false, true),
        FA_KA_AL("" + FEH + KAF + ARTICLE, true, true, false, true),
        WA_LIL("" + WAW + LAM + LAM, true, true, false, true),
        FA_LIL("" + FEH + LAM + LAM, true, true, false, true);

        static final List<Proclitic> VALUES = List.of(values());

        final String letters;
        final boolean conjunction;
        final boolean preposition;
        final boolean future;
        final boolean article;

        Proclitic(String letters, boolean conjunction, boolean preposition, boolean future, boolean article) {
            this.letters = letters;
            this.conjunction = conjunction;
            this.preposition = preposition;
            this.future = future;
            this.article = article;
        }
    }

    /** An analysis with its score; ties keep generation order. */
    private record Scored(CliticAnalysis analysis, double score, int order) implements Comparable<Scored> {
        @Override
        public int compareTo(Scored o) {
            int byScore = Double.compare(o.score, score);
            return byScore != 0 ? byScore : Integer.compare(order, o.order);
        }
    }

    static Set<String> commonWords() {
        return CommonWords.WORDS;
    }
}
