package io.github.khabar.cli;

import com.ibm.icu.text.Normalizer2;
import java.util.regex.Pattern;

/**
 * The loose Arabic normalisation the evaluator compares strings with, a port of {@code arnorm.norm}:
 * <ol>
 *   <li>NFKC;</li>
 *   <li>remove harakat, Quranic marks, superscript alef and tatweel ({@code U+0610–061A, U+064B–065F,
 *       U+0670, U+06D6–06ED, U+0640});</li>
 *   <li>map hamza-carrying alefs and alef wasla to bare alef, alef maqsura and yeh with hamza to yeh, teh
 *       marbuta to heh, waw with hamza to waw, typographic quotes to {@code "}, no-break space to space,
 *       Arabic-Indic digits to ASCII digits;</li>
 *   <li>remove zero-width and bidi controls ({@code U+200B–200F, U+202A–202E, U+2066–2069}) and {@code #};
 *       {@code _} becomes a space;</li>
 *   <li>collapse runs of Python whitespace ({@code str.isspace}, which unlike Java's {@code \s} includes
 *       {@code U+001C–001F}, {@code U+0085} and the Unicode spaces) to one space, and strip.</li>
 * </ol>
 * Not meant for extraction: it is deliberately the same loose rule the reference scorer uses. Thread-safe.
 */
final class EvalNorm {
    private EvalNorm() {}

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Pattern DIACRITICS = Pattern.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]");
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B-\u200F\u202A-\u202E\u2066-\u2069#]");
    private static final Pattern SPACES = Pattern.compile("[" + EvalPy.SPACE_CLASS + "]+");

    private static final char ALEF = '\u0627';
    private static final char ALEF_HAMZA_ABOVE = '\u0623';
    private static final char ALEF_HAMZA_BELOW = '\u0625';
    private static final char ALEF_MADDA = '\u0622';
    private static final char ALEF_WASLA = '\u0671';
    private static final char ALEF_MAQSURA = '\u0649';
    private static final char YEH = '\u064A';
    private static final char TEH_MARBUTA = '\u0629';
    private static final char HEH = '\u0647';
    private static final char WAW_HAMZA = '\u0624';
    private static final char WAW = '\u0648';
    private static final char YEH_HAMZA = '\u0626';
    private static final char NBSP = '\u00A0';

    /** {@code arnorm.norm(s)}; {@code null} gives the empty string. */
    static String norm(String s) {
        if (s == null) return "";
        s = NFKC.normalize(s);
        s = DIACRITICS.matcher(s).replaceAll("");
        s = translate(s);
        s = INVISIBLE.matcher(s).replaceAll("").replace('_', ' ');
        return EvalPy.strip(SPACES.matcher(s).replaceAll(" "));
    }

    private static String translate(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) cs[i] = map(cs[i]);
        return new String(cs);
    }

    private static char map(char c) {
        switch (c) {
            case ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, ALEF_WASLA:
                return ALEF;
            case ALEF_MAQSURA, YEH_HAMZA:
                return YEH;
            case TEH_MARBUTA:
                return HEH;
            case WAW_HAMZA:
                return WAW;
            case '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E':
                return '"';
            case NBSP:
                return ' ';
            default:
                if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
                return c;
        }
    }

    /** {@code _contains(name, part)}: {@code part} occurs in {@code name} as whole (space-separated) words. */
    static boolean containsWords(String name, String part) {
        return (" " + name + " ").contains(" " + part + " ");
    }
}
