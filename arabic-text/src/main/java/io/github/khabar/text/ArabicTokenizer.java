package io.github.khabar.text;

import static io.github.khabar.text.ArabicChars.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits running Arabic (and mixed-script) text into {@link Token}s whose offsets point into the original.
 * Stateless and thread-safe; one linear pass with one table read per character.
 *
 * <p>Rules:
 * <ul>
 *   <li>white space, control characters and format controls (RLM, BOM, …) separate tokens and are not tokens;
 *       ZWNJ/ZWJ between two letters of a word stay inside it;</li>
 *   <li>a word is a run of letters of one script class with their combining marks; Arabic words keep their
 *       diacritics and tatweel, so a glued prefix such as {@code لـ} in {@code لـ”دعم} is an
 *       {@link TokenType#ARABIC_WORD} of its own, followed by a {@link TokenType#QUOTE} and the next word;</li>
 *   <li>a change between Arabic and non-Arabic letters ends a word; a non-Arabic word also takes digits after
 *       its first letter ({@code G20}, {@code COP28}) and an apostrophe between two of its letters
 *       ({@code O'Brien});</li>
 *   <li>a {@link TokenType#NUMBER} is a run of digits of any script with single separators {@code . , : /}
 *       ٫ ٬ between digits, so {@code 2.7}, {@code 10:30}, {@code ٢٠٢٥} and {@code 24/2/2025} are each one token;
 *       a hyphen is never inside a number ({@code 2024-2025} is two numbers and a dash) because it reads as a
 *       range — the date recogniser does its own scan;</li>
 *   <li>every quote mark is a {@link TokenType#QUOTE} and every other punctuation character a
 *       {@link TokenType#PUNCTUATION} token of length one; everything else visible is a
 *       {@link TokenType#SYMBOL} (with its combining marks), including unpaired surrogates.</li>
 * </ul>
 */
public final class ArabicTokenizer {
    private static final ArabicTokenizer INSTANCE = new ArabicTokenizer();
    /** Average token length in news text is about five characters; sizing the list once avoids regrowth. */
    private static final int CHARS_PER_TOKEN_ESTIMATE = 5;
    private static final char ARABIC_BLOCK_FIRST = '\u0600';
    private static final char ARABIC_EXTENDED_LAST = '\u08FF';

    private ArabicTokenizer() {}

    /** The shared tokenizer. */
    public static ArabicTokenizer create() {
        return INSTANCE;
    }

    /**
     * Tokenises {@code text}. Never throws for a non-null argument.
     *
     * @return the tokens in order (unmodifiable)
     */
    public List<Token> tokenize(CharSequence text) {
        return tokenize(text, TextWork.NONE);
    }

    /**
     * As {@link #tokenize(CharSequence)}, adding its steps to {@code work} (for tests): one per pass of the
     * main loop plus the characters the scans move over.
     */
    List<Token> tokenize(CharSequence text, TextWork work) {
        String s = text.toString();
        int n = s.length();
        List<Token> out = new ArrayList<>(n / CHARS_PER_TOKEN_ESTIMATE + 1);
        int i = 0;
        long passes = 0;
        while (i < n) {
            passes++;
            char c = s.charAt(i);
            byte cls = CharClass.of(c);
            int width = 1;
            if (cls == CharClass.HIGH_SURROGATE || cls == CharClass.LOW_SURROGATE) {
                if (cls == CharClass.HIGH_SURROGATE && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    cls = CharClass.ofCodePoint(Character.toCodePoint(c, s.charAt(i + 1)));
                    width = 2;
                } else {
                    out.add(token(s, i, i + 1, TokenType.SYMBOL));
                    i++;
                    continue;
                }
            }
            switch (cls) {
                case CharClass.SPACE, CharClass.CONTROL, CharClass.FORMAT -> i += width;
                case CharClass.ARABIC_LETTER -> i = emit(out, s, i, scanWord(s, i + width, CharClass.ARABIC_LETTER),
                        TokenType.ARABIC_WORD);
                case CharClass.OTHER_LETTER -> i = emit(out, s, i, scanWord(s, i + width, CharClass.OTHER_LETTER),
                        TokenType.LATIN_WORD);
                case CharClass.MARK -> {
                    // A mark with no base letter: an Arabic haraka starts an Arabic word, anything else is a symbol.
                    if (c >= ARABIC_BLOCK_FIRST && c <= ARABIC_EXTENDED_LAST) {
                        i = emit(out, s, i, scanWord(s, i + width, CharClass.ARABIC_LETTER), TokenType.ARABIC_WORD);
                    } else {
                        i = emit(out, s, i, scanMarks(s, i + width), TokenType.SYMBOL);
                    }
                }
                case CharClass.DIGIT -> i = emit(out, s, i, scanNumber(s, i + width), TokenType.NUMBER);
                case CharClass.QUOTE -> i = emit(out, s, i, i + 1, TokenType.QUOTE);
                case CharClass.PUNCTUATION -> i = emit(out, s, i, i + width, TokenType.PUNCTUATION);
                default -> i = emit(out, s, i, scanMarks(s, i + width), TokenType.SYMBOL);
            }
        }
        // every scan only moves forward, so together they move over the n characters once
        work.add(passes + n);
        return Collections.unmodifiableList(out);
    }

    private static int emit(List<Token> out, String s, int start, int end, TokenType type) {
        out.add(token(s, start, end, type));
        return end;
    }

    private static Token token(String s, int start, int end, TokenType type) {
        return Token.of(s, start, end, type);
    }

    /** Class of the code point at {@code i}, pairing surrogates; {@code -1} past the end. */
    private static byte classAt(String s, int i) {
        if (i >= s.length()) {
            return -1;
        }
        char c = s.charAt(i);
        byte cls = CharClass.of(c);
        if (cls == CharClass.HIGH_SURROGATE && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            return CharClass.ofCodePoint(Character.toCodePoint(c, s.charAt(i + 1)));
        }
        return cls;
    }

    private static int widthAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
    }

    private static int scanWord(String s, int i, byte wordClass) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            byte cls = CharClass.of(c);
            // Fast path: a BMP letter or mark of the word (nearly every char of a word) is one table read.
            if (inWord(cls, wordClass)) {
                i++;
                continue;
            }
            if (cls == CharClass.HIGH_SURROGATE) {
                cls = classAt(s, i);
            }
            if (inWord(cls, wordClass)) {
                i += widthAt(s, i);
            } else if ((c == ZWNJ || c == ZWJ) && continuesWord(classAt(s, i + 1), wordClass)) {
                i++;
            } else if (wordClass == CharClass.OTHER_LETTER && (c == APOSTROPHE || c == RIGHT_SINGLE_QUOTE)
                    && classAt(s, i + 1) == CharClass.OTHER_LETTER) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** A letter of the word's class or a mark; a non-Arabic word also takes digits ({@code G20}). */
    private static boolean inWord(byte cls, byte wordClass) {
        return cls == wordClass || cls == CharClass.MARK
                || (wordClass == CharClass.OTHER_LETTER && cls == CharClass.DIGIT);
    }

    /** What may follow a ZWNJ/ZWJ inside a word: a letter of the word's class or a mark. */
    private static boolean continuesWord(byte cls, byte wordClass) {
        return cls == wordClass || cls == CharClass.MARK;
    }

    private static int scanMarks(String s, int i) {
        while (i < s.length() && classAt(s, i) == CharClass.MARK) {
            i += widthAt(s, i);
        }
        return i;
    }

    private static int scanNumber(String s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            byte cls = CharClass.of(c);
            if (cls == CharClass.DIGIT) {
                i++;
            } else if (isNumberSeparator(c) && i + 1 < n && CharClass.of(s.charAt(i + 1)) == CharClass.DIGIT) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == ':' || c == '/'
                || c == ARABIC_DECIMAL_SEPARATOR || c == ARABIC_THOUSANDS_SEPARATOR;
    }
}
