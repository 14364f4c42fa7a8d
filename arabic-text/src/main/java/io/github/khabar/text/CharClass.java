package io.github.khabar.text;

import static io.github.khabar.text.ArabicChars.*;

/**
 * Coarse character classes for the scanners, precomputed for the whole BMP so a scan does one array read per
 * character. The table is private and never written after class initialisation.
 */
final class CharClass {
    static final byte SPACE = 0;
    static final byte ARABIC_LETTER = 1;
    static final byte OTHER_LETTER = 2;
    static final byte MARK = 3;
    static final byte DIGIT = 4;
    static final byte QUOTE = 5;
    static final byte PUNCTUATION = 6;
    static final byte FORMAT = 7;
    static final byte CONTROL = 8;
    static final byte SYMBOL = 9;
    static final byte HIGH_SURROGATE = 10;
    static final byte LOW_SURROGATE = 11;

    private static final byte[] TABLE = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            TABLE[c] = compute(c);
        }
    }

    private CharClass() {}

    static byte of(char c) {
        return TABLE[c];
    }

    /** Class of a whole code point; supplementary code points are classified on the fly. */
    static byte ofCodePoint(int cp) {
        return cp <= Character.MAX_VALUE ? TABLE[cp] : compute(cp);
    }

    static boolean isLetter(byte cls) {
        return cls == ARABIC_LETTER || cls == OTHER_LETTER;
    }

    static boolean isQuoteMark(char c) {
        return switch (c) {
            case QUOTATION_MARK, APOSTROPHE, LEFT_GUILLEMET, RIGHT_GUILLEMET, LEFT_SINGLE_QUOTE, RIGHT_SINGLE_QUOTE,
                    SINGLE_LOW_QUOTE, SINGLE_HIGH_REVERSED_QUOTE, LEFT_DOUBLE_QUOTE, RIGHT_DOUBLE_QUOTE,
                    DOUBLE_LOW_QUOTE, DOUBLE_HIGH_REVERSED_QUOTE, PRIME, DOUBLE_PRIME, LEFT_SINGLE_GUILLEMET,
                    RIGHT_SINGLE_GUILLEMET, FULLWIDTH_QUOTATION_MARK, FULLWIDTH_APOSTROPHE -> true;
            default -> false;
        };
    }

    private static byte compute(int cp) {
        if (cp <= Character.MAX_VALUE) {
            char c = (char) cp;
            if (Character.isHighSurrogate(c)) {
                return HIGH_SURROGATE;
            }
            if (Character.isLowSurrogate(c)) {
                return LOW_SURROGATE;
            }
            if (isQuoteMark(c)) {
                return QUOTE;
            }
            if (isSpace(c)) {
                return SPACE;
            }
            if (isFormatControl(c)) {
                return FORMAT;
            }
            if (c == TATWEEL) {
                return ARABIC_LETTER;
            }
        }
        int type = Character.getType(cp);
        switch (type) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER -> {
                return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC ? ARABIC_LETTER
                        : OTHER_LETTER;
            }
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                return MARK;
            }
            case Character.DECIMAL_DIGIT_NUMBER -> {
                return DIGIT;
            }
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> {
                return PUNCTUATION;
            }
            case Character.FORMAT -> {
                return FORMAT;
            }
            case Character.CONTROL -> {
                return CONTROL;
            }
            default -> {
                return SYMBOL;
            }
        }
    }
}
