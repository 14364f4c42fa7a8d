package io.github.khabar.text;

/**
 * Named code points and code-point ranges shared by the text classes. Logic never uses a bare literal
 * for an Arabic or typographic character; it names it here.
 */
final class ArabicChars {
    private ArabicChars() {}

    // Letters
    static final char HAMZA = '\u0621';
    static final char ALEF_MADDA = '\u0622';
    static final char ALEF_HAMZA_ABOVE = '\u0623';
    static final char WAW_HAMZA = '\u0624';
    static final char ALEF_HAMZA_BELOW = '\u0625';
    static final char YEH_HAMZA = '\u0626';
    static final char ALEF = '\u0627';
    static final char BEH = '\u0628';
    static final char TEH_MARBUTA = '\u0629';
    static final char TEH = '\u062A';
    static final char THEH = '\u062B';
    static final char JEEM = '\u062C';
    static final char HAH = '\u062D';
    static final char DAL = '\u062F';
    static final char THAL = '\u0630';
    static final char REH = '\u0631';
    static final char ZAIN = '\u0632';
    static final char SEEN = '\u0633';
    static final char SHEEN = '\u0634';
    static final char SAD = '\u0635';
    static final char DAD = '\u0636';
    static final char TAH = '\u0637';
    static final char ZAH = '\u0638';
    static final char AIN = '\u0639';
    static final char GHAIN = '\u063A';
    static final char TATWEEL = '\u0640';
    static final char FEH = '\u0641';
    static final char QAF = '\u0642';
    static final char KAF = '\u0643';
    static final char LAM = '\u0644';
    static final char MEEM = '\u0645';
    static final char NOON = '\u0646';
    static final char HEH = '\u0647';
    static final char WAW = '\u0648';
    static final char ALEF_MAKSURA = '\u0649';
    static final char YEH = '\u064A';
    static final char ALEF_WASLA = '\u0671';
    static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
    static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';

    // Diacritics and marks
    static final char FATHATAN = '\u064B';
    static final char SUKUN = '\u0652';
    static final char LAST_COMBINING_MARK = '\u065F';
    static final char SUPERSCRIPT_ALEF = '\u0670';
    static final char QURANIC_SIGN_FIRST = '\u0610';
    static final char QURANIC_SIGN_LAST = '\u061A';
    static final char QURANIC_SMALL_HIGH_FIRST = '\u06D6';
    static final char QURANIC_SMALL_HIGH_LAST = '\u06DC';
    static final char QURANIC_HIGH_STOP_FIRST = '\u06DF';
    static final char QURANIC_HIGH_STOP_LAST = '\u06E4';
    static final char QURANIC_SMALL_HIGH_YEH = '\u06E7';
    static final char QURANIC_SMALL_HIGH_NOON = '\u06E8';
    static final char QURANIC_EMPTY_STOP_FIRST = '\u06EA';
    static final char QURANIC_EMPTY_STOP_LAST = '\u06ED';
    static final char EXTENDED_MARK_FIRST = '\u08D3';
    static final char EXTENDED_MARK_LAST = '\u08FF';
    static final char EXTENDED_MARK_GAP = '\u08E2'; // ARABIC DISPUTED END OF AYAH: a format char, not a mark

    // Persian and other non-Arabic letters used in Arabic-script news
    static final char PEH = '\u067E';
    static final char TCHEH = '\u0686';
    static final char JEH = '\u0698';
    static final char VEH = '\u06A4';
    static final char QAF_THREE_DOTS_ABOVE = '\u06A8'; // Maghrebi g
    static final char KEHEH = '\u06A9';
    static final char SWASH_KAF = '\u06AA';
    static final char NG = '\u06AD';
    static final char GAF = '\u06AF';
    static final char HEH_DOACHASHMEE = '\u06BE';
    static final char HEH_YEH_ABOVE = '\u06C0';
    static final char HEH_GOAL = '\u06C1';
    static final char VE = '\u06CB';
    static final char FARSI_YEH = '\u06CC';
    static final char YEH_E = '\u06D0';
    static final char YEH_BARREE = '\u06D2';
    static final char AE = '\u06D5';
    static final char FEH_THREE_DOTS_BELOW = '\u06A5';
    static final char FEH_DOT_BELOW = '\u06A2'; // Maghrebi feh

    // Digits and number punctuation
    static final char ARABIC_INDIC_ZERO = '\u0660';
    static final char ARABIC_INDIC_NINE = '\u0669';
    static final char ARABIC_PERCENT = '\u066A';
    static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    static final char PERSIAN_ZERO = '\u06F0';
    static final char PERSIAN_NINE = '\u06F9';
    static final char ASCII_ZERO = '0';

    // Arabic punctuation
    static final char ARABIC_COMMA = '\u060C';
    static final char ARABIC_SEMICOLON = '\u061B';
    static final char ARABIC_QUESTION_MARK = '\u061F';
    static final char ARABIC_FULL_STOP = '\u06D4';

    // Quotes
    static final char QUOTATION_MARK = '"';
    static final char APOSTROPHE = '\'';
    static final char LEFT_GUILLEMET = '\u00AB';
    static final char RIGHT_GUILLEMET = '\u00BB';
    static final char LEFT_SINGLE_QUOTE = '\u2018';
    static final char RIGHT_SINGLE_QUOTE = '\u2019';
    static final char SINGLE_LOW_QUOTE = '\u201A';
    static final char SINGLE_HIGH_REVERSED_QUOTE = '\u201B';
    static final char LEFT_DOUBLE_QUOTE = '\u201C';
    static final char RIGHT_DOUBLE_QUOTE = '\u201D';
    static final char DOUBLE_LOW_QUOTE = '\u201E';
    static final char DOUBLE_HIGH_REVERSED_QUOTE = '\u201F';
    static final char PRIME = '\u2032';
    static final char DOUBLE_PRIME = '\u2033';
    static final char LEFT_SINGLE_GUILLEMET = '\u2039';
    static final char RIGHT_SINGLE_GUILLEMET = '\u203A';
    static final char FULLWIDTH_QUOTATION_MARK = '\uFF02';
    static final char FULLWIDTH_APOSTROPHE = '\uFF07';

    // Dashes
    static final char HYPHEN_MINUS = '-';
    static final char HYPHEN = '\u2010';
    static final char HORIZONTAL_BAR = '\u2015';
    static final char MINUS_SIGN = '\u2212';
    static final char TWO_EM_DASH = '\u2E3A';
    static final char THREE_EM_DASH = '\u2E3B';
    static final char SMALL_EM_DASH = '\uFE58';
    static final char SMALL_HYPHEN_MINUS = '\uFE63';
    static final char FULLWIDTH_HYPHEN_MINUS = '\uFF0D';

    // Spaces
    static final char SPACE = ' ';
    static final char NO_BREAK_SPACE = '\u00A0';
    static final char OGHAM_SPACE = '\u1680';
    static final char EN_QUAD = '\u2000';
    static final char HAIR_SPACE = '\u200A';
    static final char NARROW_NO_BREAK_SPACE = '\u202F';
    static final char MEDIUM_MATH_SPACE = '\u205F';
    static final char IDEOGRAPHIC_SPACE = '\u3000';
    static final char LINE_FEED = '\n';
    static final char CARRIAGE_RETURN = '\r';
    static final char LINE_SEPARATOR = '\u2028';
    static final char PARAGRAPH_SEPARATOR = '\u2029';
    static final char NEXT_LINE = '\u0085';

    // Format controls
    static final char SOFT_HYPHEN = '\u00AD';
    static final char ARABIC_LETTER_MARK = '\u061C';
    static final char ZERO_WIDTH_SPACE = '\u200B';
    static final char ZWNJ = '\u200C';
    static final char ZWJ = '\u200D';
    static final char LRM = '\u200E';
    static final char RLM = '\u200F';
    static final char LRE = '\u202A';
    static final char RLO = '\u202E';
    static final char WORD_JOINER = '\u2060';
    static final char LRI = '\u2066';
    static final char PDI = '\u2069';
    static final char BOM = '\uFEFF';

    /** Harakat, tanween, shadda, sukun, the other combining marks of the Arabic block, and Quranic marks. */
    static boolean isDiacritic(char c) {
        return (c >= FATHATAN && c <= LAST_COMBINING_MARK)
                || c == SUPERSCRIPT_ALEF
                || (c >= QURANIC_SIGN_FIRST && c <= QURANIC_SIGN_LAST)
                || (c >= QURANIC_SMALL_HIGH_FIRST && c <= QURANIC_SMALL_HIGH_LAST)
                || (c >= QURANIC_HIGH_STOP_FIRST && c <= QURANIC_HIGH_STOP_LAST)
                || c == QURANIC_SMALL_HIGH_YEH || c == QURANIC_SMALL_HIGH_NOON
                || (c >= QURANIC_EMPTY_STOP_FIRST && c <= QURANIC_EMPTY_STOP_LAST)
                || (c >= EXTENDED_MARK_FIRST && c <= EXTENDED_MARK_LAST && c != EXTENDED_MARK_GAP);
    }

    /** Zero-width and bidi format characters that carry no letters. */
    static boolean isFormatControl(char c) {
        return c == SOFT_HYPHEN || c == ARABIC_LETTER_MARK
                || (c >= ZERO_WIDTH_SPACE && c <= RLM)
                || (c >= LRE && c <= RLO)
                || c == WORD_JOINER
                || (c >= LRI && c <= PDI)
                || c == BOM;
    }

    /** Space characters other than the ASCII space and the line breaks. */
    static boolean isExoticSpace(char c) {
        return c == NO_BREAK_SPACE || c == OGHAM_SPACE
                || (c >= EN_QUAD && c <= HAIR_SPACE)
                || c == NARROW_NO_BREAK_SPACE || c == MEDIUM_MATH_SPACE || c == IDEOGRAPHIC_SPACE;
    }

    static boolean isLineBreak(char c) {
        return c == LINE_FEED || c == CARRIAGE_RETURN || c == LINE_SEPARATOR
                || c == PARAGRAPH_SEPARATOR || c == NEXT_LINE;
    }

    /** White space in the broad sense: Java white space plus NBSP-like spaces and NEL. */
    static boolean isSpace(char c) {
        return c == SPACE || Character.isWhitespace(c) || isExoticSpace(c) || isLineBreak(c);
    }

    static boolean isArabicIndicDigit(char c) {
        return c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_NINE;
    }

    static boolean isPersianDigit(char c) {
        return c >= PERSIAN_ZERO && c <= PERSIAN_NINE;
    }
}
