package io.github.khabar.text;

import static io.github.khabar.text.ArabicChars.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keys for matching variant spellings of the same name, and a similarity score for near misses.
 * Stateless and thread-safe; linear in the length of the name (similarity: quadratic in at most
 * {@value #MAX_SIMILARITY_LENGTH} characters).
 *
 * <p>{@link #of(CharSequence)} applies, in this order:
 * <ol>
 *   <li>Removes diacritics, tatweel, format controls and the bare hamza ء; splits words on anything that is
 *       not a letter or digit (so {@code -}, quotes and dots separate words) and joins them with one space.</li>
 *   <li>Folds letters: أ إ آ ٱ ٲ ٳ → ا; ؤ → و; ئ ى ی ې ے → ي; ة ە ہ ھ ۀ → ه; ک ڪ → ك; the spellings of g
 *       غ گ ڭ ڨ → ج (ج is g in Egyptian and in transliteration: {@code سيرغي}, {@code سيرجي}, {@code سيرگي}); v
 *       ڤ ڥ ڢ → ف; p پ → ب; zh ژ → ز; ۋ → و; ch چ → تش (its usual Arabic transliteration). ك is not folded into
 *       g: كمال and جمال are different names. Digits become ASCII; other scripts are lower-cased and stripped of
 *       accents.</li>
 *   <li>Drops the article ال from the start of each word when at least {@value #MIN_STEM} letters remain;
 *       joins عبد and ابو to the following word ({@code عبد الله} = {@code عبدالله}, {@code أبو ظبي} =
 *       {@code أبوظبي}).</li>
 *   <li>In words of at least {@value #LONG_WORD} letters, drops the long vowels ا و ي between the first and the
 *       last letter: long words are almost always transliterated foreign names, whose vowels are spelled
 *       inconsistently ({@code ستولتنبيرغ}/{@code ستولتنبرغ}). Shorter words keep them, because there the vowel is
 *       what tells native names apart (حسن/حسين، محمد/محمود، سلمان/سليمان).</li>
 *   <li>Collapses doubled letters (a written-out shadda).</li>
 * </ol>
 * Keys are deterministic and contain only letters, digits and single spaces.
 */
public final class NameKey {
    /** Words at least this long lose their inner long vowels. */
    static final int LONG_WORD = 7;
    /** Shortest word left after dropping the article. */
    static final int MIN_STEM = 2;
    /** Similarity compares at most this many characters of each key. */
    static final int MAX_SIMILARITY_LENGTH = 256;

    private static final double VOWEL_EDIT_COST = 0.5;
    private static final double SIMILAR_LETTER_COST = 0.5;
    private static final String ARTICLE = "" + ALEF + LAM;
    private static final String ABD = "" + AIN + BEH + DAL;
    private static final String ABU = "" + ALEF + BEH + WAW;

    private NameKey() {}

    /**
     * The matching key of {@code name}; empty when it has no letters or digits. Never throws for a non-null
     * argument.
     */
    public static String of(CharSequence name) {
        return key(name, true);
    }

    private static String key(CharSequence name, boolean dropVowelsOfLongWords) {
        List<StringBuilder> words = foldedWords(name.toString());
        List<String> keyed = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).toString();
            if ((word.equals(ABD) || word.equals(ABU)) && i + 1 < words.size()) {
                word = word + words.get(++i);
            } else {
                word = dropArticle(word);
            }
            boolean drop = dropVowelsOfLongWords && word.length() >= LONG_WORD;
            keyed.add(collapseDoubles(drop ? dropInnerVowels(word) : word));
        }
        return String.join(" ", keyed);
    }

    /**
     * How alike two names are, from 0 (nothing in common) to 1 (same key): one minus the edit distance between
     * their keys (before long-word vowel dropping) divided by the longer key's weighted length, where adding or dropping a long vowel ا و ي and swapping
     * letters that transliterations confuse (ت/ط, س/ص, د/ض, ز/ذ/ظ, ه/ح, ق/ك, ا/ع) cost half an edit.
     */
    public static double similarity(CharSequence a, CharSequence b) {
        if (of(a).equals(of(b))) {
            return 1.0;
        }
        // Vowels are compared (at half cost) rather than dropped, so short and long spellings stay comparable.
        String x = truncate(key(a, false));
        String y = truncate(key(b, false));
        double longer = Math.max(weightedLength(x), weightedLength(y));
        double[] previous = new double[y.length() + 1];
        double[] current = new double[y.length() + 1];
        for (int j = 1; j <= y.length(); j++) {
            previous[j] = previous[j - 1] + indelCost(y.charAt(j - 1));
        }
        for (int i = 1; i <= x.length(); i++) {
            char xc = x.charAt(i - 1);
            current[0] = previous[0] + indelCost(xc);
            for (int j = 1; j <= y.length(); j++) {
                char yc = y.charAt(j - 1);
                double substitute = previous[j - 1] + substitutionCost(xc, yc);
                double delete = previous[j] + indelCost(xc);
                double insert = current[j - 1] + indelCost(yc);
                current[j] = Math.min(substitute, Math.min(delete, insert));
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.max(0.0, 1.0 - previous[y.length()] / longer);
    }

    /** The cost of inserting the whole key, so that a name against nothing scores 0. */
    private static double weightedLength(String key) {
        double sum = 0;
        for (int i = 0; i < key.length(); i++) {
            sum += indelCost(key.charAt(i));
        }
        return sum;
    }

    private static String truncate(String key) {
        return key.length() > MAX_SIMILARITY_LENGTH ? key.substring(0, MAX_SIMILARITY_LENGTH) : key;
    }

    private static double indelCost(char c) {
        return isLongVowel(c) ? VOWEL_EDIT_COST : 1.0;
    }

    private static double substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        return confusable(a, b) || confusable(b, a) ? SIMILAR_LETTER_COST : 1.0;
    }

    private static boolean confusable(char a, char b) {
        return (a == TEH && b == TAH) || (a == SEEN && b == SAD) || (a == DAL && b == DAD)
                || (a == ZAIN && (b == THAL || b == ZAH)) || (a == THAL && b == ZAH)
                || (a == HEH && b == HAH) || (a == QAF && b == KAF) || (a == ALEF && b == AIN)
                || (isLongVowel(a) && isLongVowel(b));
    }

    private static boolean isLongVowel(char c) {
        return c == ALEF || c == WAW || c == YEH;
    }

    private static List<StringBuilder> foldedWords(String s) {
        List<StringBuilder> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDiacritic(c) || c == TATWEEL || isFormatControl(c) || c == HAMZA) {
                continue;
            }
            byte cls = CharClass.of(c);
            if (!CharClass.isLetter(cls) && cls != CharClass.DIGIT && cls != CharClass.MARK) {
                word = null;
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
                words.add(word);
            }
            appendFolded(word, c, cls);
        }
        for (StringBuilder w : words) {
            foldForeign(w);
        }
        return words;
    }

    private static void appendFolded(StringBuilder word, char c, byte cls) {
        switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, ALEF_WAVY_HAMZA_ABOVE,
                    ALEF_WAVY_HAMZA_BELOW -> word.append(ALEF);
            case WAW_HAMZA, VE -> word.append(WAW);
            case YEH_HAMZA, ALEF_MAKSURA, FARSI_YEH, YEH_BARREE, YEH_E -> word.append(YEH);
            case TEH_MARBUTA, AE, HEH_GOAL, HEH_DOACHASHMEE, HEH_YEH_ABOVE -> word.append(HEH);
            case KEHEH, SWASH_KAF -> word.append(KAF);
            case GHAIN, GAF, NG, QAF_THREE_DOTS_ABOVE -> word.append(JEEM);
            case VEH, FEH_THREE_DOTS_BELOW, FEH_DOT_BELOW -> word.append(FEH);
            case PEH -> word.append(BEH);
            case JEH -> word.append(ZAIN);
            case TCHEH -> word.append(TEH).append(SHEEN);
            default -> {
                if (cls == CharClass.DIGIT) {
                    int value = Character.digit(c, 10);
                    word.append(value >= 0 ? (char) (ASCII_ZERO + value) : c);
                } else {
                    word.append(c);
                }
            }
        }
    }

    /** Lower-cases and strips accents from words of other scripts; Arabic words are left alone. */
    private static void foldForeign(StringBuilder word) {
        boolean foreign = false;
        for (int i = 0; i < word.length() && !foreign; i++) {
            foreign = CharClass.of(word.charAt(i)) == CharClass.OTHER_LETTER
                    || CharClass.of(word.charAt(i)) == CharClass.MARK;
        }
        if (!foreign) {
            return;
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        word.setLength(0);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            byte cls = CharClass.of(c);
            if (cls != CharClass.MARK && (CharClass.isLetter(cls) || cls == CharClass.DIGIT
                    || Character.isSurrogate(c))) {
                word.append(Character.toLowerCase(c));
            }
        }
    }

    private static String dropArticle(String word) {
        return word.startsWith(ARTICLE) && word.length() - ARTICLE.length() >= MIN_STEM
                ? word.substring(ARTICLE.length()) : word;
    }

    private static String dropInnerVowels(String word) {
        StringBuilder b = new StringBuilder(word.length());
        int last = word.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = word.charAt(i);
            if (i == 0 || i == last || !isLongVowel(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String collapseDoubles(String word) {
        StringBuilder b = null;
        for (int i = 1; i < word.length(); i++) {
            boolean doubled = word.charAt(i) == word.charAt(i - 1) && Character.isLetter(word.charAt(i));
            if (doubled && b == null) {
                b = new StringBuilder(word.length()).append(word, 0, i);
            } else if (!doubled && b != null) {
                b.append(word.charAt(i));
            }
        }
        return b == null ? word : b.toString();
    }
}
