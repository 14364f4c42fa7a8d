package io.github.khabar.text.time;

/**
 * Character normalisation used for matching only (the original text is never changed): drops
 * diacritics and tatweel, folds hamza-carrying alefs to bare alef, alef maqsura to ya, ta marbuta to
 * ha, Persian kaf/ya to Arabic, and maps Arabic-Indic and extended Arabic-Indic digits to ASCII.
 */
final class ArabicNorm {
    private ArabicNorm() {}

    /** True for characters that are dropped: harakat, Quranic marks, superscript alef, tatweel. */
    static boolean isIgnorable(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                || (c >= '\u0610' && c <= '\u061A') || (c >= '\u06D6' && c <= '\u06ED') || c == '\u200C'
                || c == '\u200D' || c == '\u200E' || c == '\u200F';
    }

    /** The folded form of a letter, or the letter itself. */
    static char fold(char c) {
        switch (c) {
            case '\u0622': // آ
            case '\u0623': // أ
            case '\u0625': // إ
            case '\u0671': // ٱ
                return '\u0627';
            case '\u0649': // ى
            case '\u06CC': // ی
                return '\u064A';
            case '\u0629': // ة
                return '\u0647';
            case '\u0624': // ؤ
                return '\u0648';
            case '\u0626': // ئ
                return '\u064A';
            case '\u06A9': // ک
                return '\u0643';
            default:
                return Character.toLowerCase(c);
        }
    }

    /** ASCII value of a decimal digit in any of the three scripts, or -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return -1;
    }

    static boolean isWordChar(char c) {
        return Character.isLetter(c) && !Character.isSurrogate(c);
    }

    /** Normalises a whole lexicon string (used on data, not on user text). */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isIgnorable(c)) {
                continue;
            }
            int d = digit(c);
            b.append(d >= 0 ? (char) ('0' + d) : fold(c));
        }
        return b.toString();
    }
}
