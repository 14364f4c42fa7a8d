package io.github.khabar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Matching-only normalisation and tokenisation for {@link PageCleaner}. Nothing here produces offsets: the
 * cleaner only decides per line, and line offsets come from the line splitter.
 */
final class PageText {
    private PageText() {}

    /** The token standing for a colon; the only punctuation kept as a token. */
    static final String COLON = ":";

    /** Characters that carry no matching value: diacritics, tatweel, joiners, bidi controls, BOM. */
    static boolean isIgnorable(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                || (c >= '\u06D6' && c <= '\u06ED')
                || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD';
    }

    /** Whitespace, including no-break spaces, or an ignorable character. */
    static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || isIgnorable(c);
    }

    static boolean isArabicLetter(char c) {
        return ((c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3')
                || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08C9')
                || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC'))
                && Character.isLetter(c);
    }

    /** The matching form of one letter or digit. */
    static char fold(char c) {
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
                return 'ا';
            case 'ى', 'ی', 'ې':
                return 'ي';
            case 'ة':
                return 'ه';
            case 'ک':
                return 'ك';
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return Character.toLowerCase(c);
    }

    private static int script(char c) {
        if (Character.isDigit(c)) {
            return 0;
        }
        return isArabicLetter(c) ? 1 : 2;
    }

    /**
     * Tokens of {@code s[from,to)}: runs of letters and digits (split where Arabic and other letters
     * meet, so {@code "iconالنص"} gives two tokens), folded with {@link #fold}; a colon is a token of its
     * own; every other character separates tokens.
     */
    static List<String> tokens(String s, int from, int to, TextWork work) {
        work.add(to - from);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int curScript = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isIgnorable(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
                int sc = script(c);
                if (cur.length() > 0 && sc != 0 && curScript != 0 && sc != curScript) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                if (sc != 0) {
                    curScript = sc;
                }
                cur.append(fold(c));
                continue;
            }
            if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            curScript = -1;
            if (c == ':' || c == '\uFF1A') {
                out.add(COLON);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    static List<String> tokens(String s) {
        return tokens(s, 0, s.length(), TextWork.NONE);
    }

    static boolean isWord(String token) {
        return !token.equals(COLON);
    }

    static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return !token.isEmpty();
    }

    static boolean hasArabic(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (isArabicLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Folded stems of reporting verbs; a token with one of them (after و/ف) marks a line as reported speech. */
    private static final String[] REPORTING = {
        "قال", "قالت", "قالوا", "يقول", "تقول", "اكد", "اكدت", "اكدوا", "يؤكد", "تؤكد", "اعلن", "اعلنت",
        "اعلنوا", "يعلن", "تعلن", "اضاف", "اضافت", "اوضح", "اوضحت", "اشار", "اشارت", "صرح", "صرحت", "ذكر",
        "ذكرت", "شدد", "شددت", "افاد", "افادت", "كشف", "كشفت", "تابع", "تابعت", "اعتبر", "اعتبرت"
    };

    static boolean isReportingVerb(String token) {
        String t = token;
        if (t.length() > 3 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف')) {
            t = t.substring(1);
        }
        for (String stem : REPORTING) {
            if (t.equals(stem) || token.equals(stem)) {
                return true;
            }
        }
        return false;
    }
}
