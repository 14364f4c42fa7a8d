package io.github.khabar.text;

import static io.github.khabar.text.ArabicChars.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits text into sentences. Stateless and thread-safe; linear time.
 *
 * <p>Rules:
 * <ol>
 *   <li>A line break always ends a sentence (news paragraphs and headlines are lines).</li>
 *   <li>{@code .} ۔ {@code !} {@code ?} ؟ and ؛ end a sentence, together with any run of further terminators
 *       and closing quote marks or brackets glued after them ({@code ؟!}, {@code ."}, {@code .)}).</li>
 *   <li>A full stop between two digits is a decimal point ({@code 3.5}), and one between two Latin letters or
 *       digits is part of a name or address ({@code U.S}, {@code example.com}); neither ends a sentence.</li>
 *   <li>A full stop after a single letter standing alone (د. م. أ. U.) marks an abbreviation, not an end.</li>
 *   <li>Terminators inside a quotation paired by {@link QuoteFinder} whose content is at most
 *       {@value #MAX_PROTECTED_QUOTE} characters do not end the sentence, except at the very end of the quote
 *       ({@code قال: «انتهى.» وأضاف} ends after »). Longer quotes and unpaired marks protect
 *       nothing, so an unclosed quote never swallows the rest of the text, and quotes never cross a line.</li>
 *   <li>Ranges are trimmed of surrounding white space; together they cover every non-space character, in
 *       order, without overlap.</li>
 * </ol>
 */
public final class SentenceSplitter {
    /** Longest quotation content (UTF-16 units) whose inner terminators are ignored. */
    static final int MAX_PROTECTED_QUOTE = 400;

    private static final SentenceSplitter INSTANCE = new SentenceSplitter();
    private static final char FULL_STOP = '.';
    private static final char EXCLAMATION_MARK = '!';
    private static final char QUESTION_MARK = '?';

    private SentenceSplitter() {}

    /** The shared splitter. */
    public static SentenceSplitter create() {
        return INSTANCE;
    }

    /**
     * Splits {@code text} into sentence ranges of the original. Never throws for a non-null argument.
     *
     * @return the sentences in order (unmodifiable)
     */
    public List<TextRange> split(CharSequence text) {
        return split(text, TextWork.NONE);
    }

    /** As {@link #split(CharSequence)}, adding every loop iteration (its quote finder's too) to {@code work}. */
    List<TextRange> split(CharSequence text, TextWork work) {
        String s = text.toString();
        int n = s.length();
        List<Quote> quotes = QuoteFinder.create().find(s, work).quotes();
        List<TextRange> out = new ArrayList<>();
        int nextQuote = 0;
        int protectedUntil = -1;
        int sentenceStart = 0;
        for (int i = 0; i < n; i++) {
            work.add(1);
            while (nextQuote < quotes.size() && quotes.get(nextQuote).contentStart() <= i) {
                work.add(1);
                Quote q = quotes.get(nextQuote++);
                if (q.contentEnd() - q.contentStart() <= MAX_PROTECTED_QUOTE) {
                    protectedUntil = Math.max(protectedUntil, q.contentEnd());
                }
            }
            char c = s.charAt(i);
            if (isLineBreak(c)) {
                emit(out, s, sentenceStart, i, work);
                sentenceStart = i + 1;
            } else if (isTerminator(c) && (i >= protectedUntil || endsQuote(s, i, protectedUntil, work))
                    && !isInnerFullStop(s, i, work)) {
                int end = i + 1;
                while (end < n && (isTerminator(s.charAt(end)) || isClosingMark(s.charAt(end)))) {
                    work.add(1);
                    end++;
                }
                emit(out, s, sentenceStart, end, work);
                sentenceStart = end;
                i = end - 1;
            }
        }
        emit(out, s, sentenceStart, n, work);
        return Collections.unmodifiableList(out);
    }

    /** True when only terminators follow {@code i} up to the closing mark at {@code closeAt}: «… انتهى.» */
    private static boolean endsQuote(String s, int i, int closeAt, TextWork work) {
        for (int j = i + 1; j < closeAt; j++) {
            work.add(1);
            if (!isTerminator(s.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static void emit(List<TextRange> out, String s, int start, int end, TextWork work) {
        while (start < end && isSpace(s.charAt(start))) {
            work.add(1);
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            work.add(1);
            end--;
        }
        if (start < end) {
            out.add(new TextRange(start, end));
        }
    }

    private static boolean isConjunction(char c) {
        return c == WAW || c == FEH;
    }

    static boolean isTerminator(char c) {
        return c == FULL_STOP || c == EXCLAMATION_MARK || c == QUESTION_MARK || c == ARABIC_QUESTION_MARK
                || c == ARABIC_SEMICOLON || c == ARABIC_FULL_STOP;
    }

    private static boolean isClosingMark(char c) {
        return CharClass.of(c) == CharClass.QUOTE || Character.getType(c) == Character.END_PUNCTUATION;
    }

    /** A full stop that is a decimal point, inside a Latin name/address, or after a one-letter abbreviation. */
    private static boolean isInnerFullStop(String s, int i, TextWork work) {
        if (s.charAt(i) != FULL_STOP || i == 0) {
            return false;
        }
        byte before = CharClass.of(s.charAt(i - 1));
        byte after = i + 1 < s.length() ? CharClass.of(s.charAt(i + 1)) : CharClass.SPACE;
        if (before == CharClass.DIGIT && after == CharClass.DIGIT) {
            return true;
        }
        if ((before == CharClass.OTHER_LETTER || before == CharClass.DIGIT)
                && (after == CharClass.OTHER_LETTER || after == CharClass.DIGIT)) {
            return true;
        }
        int letter = i - 1;
        while (letter > 0 && CharClass.of(s.charAt(letter)) == CharClass.MARK) {
            work.add(1);
            letter--;
        }
        if (CharClass.isLetter(CharClass.of(s.charAt(letter)))) {
            // One letter (with any harakat on it) after a boundary is an initial such as د. or أ.; a glued
            // conjunction may come first (وأ.د.).
            if (letter > 0 && isConjunction(s.charAt(letter - 1))) {
                letter--;
            }
            if (letter == 0) {
                return true;
            }
            byte prior = CharClass.of(s.charAt(letter - 1));
            return prior == CharClass.SPACE || prior == CharClass.PUNCTUATION || prior == CharClass.QUOTE;
        }
        return false;
    }
}
