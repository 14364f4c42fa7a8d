package io.github.khabar.text;

import static io.github.khabar.text.ArabicChars.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks the way they are really used in Arabic web text. Stateless and thread-safe; one
 * linear pass with a stack, so even 100k consecutive marks take linear time.
 *
 * <p>Rules:
 * <ol>
 *   <li>Families: guillemets « », single guillemets ‹ ›, double marks “ ” „ ‟ {@code "} ＂ (all interchangeable,
 *       because real text writes ” … “, “ … ”, ” … ” and “ … “ alike), and single marks ‘ ’ ‚ ‛. The ASCII
 *       apostrophe and the primes ′ ″ are not quote marks here (elisions, minutes and inches).</li>
 *   <li>« opens and » closes the nearest open «; a » with no « open opens a reversed quote that « closes
 *       (same for ‹ ›). Guillemets nest.</li>
 *   <li>A double or single mark closes the nearest open mark of its family, unless it is shaped like an opening
 *       mark (space or punctuation before, a non-space after): then the older open mark is reported unbalanced
 *       and this one opens. „ and ‚ always open.</li>
 *   <li>A mark glued to a one-letter prefix ({@code لـ”دعم}, {@code بـ”الحملات}, {@code و"الدعم}) counts as an
 *       opening mark.</li>
 *   <li>A single mark between two letters is an apostrophe, not a quote.</li>
 *   <li>Closing a quote reports any marks opened inside it and left open; a line break (paragraph end) and the
 *       end of the text report every mark still open. Each is a {@link TextIssue#UNBALANCED_QUOTE} issue.</li>
 * </ol>
 */
public final class QuoteFinder {
    private static final QuoteFinder INSTANCE = new QuoteFinder();

    private static final byte NONE = -1;
    private static final byte GUILLEMET = 0;
    private static final byte REVERSED_GUILLEMET = 1;
    private static final byte SINGLE_GUILLEMET = 2;
    private static final byte REVERSED_SINGLE_GUILLEMET = 3;
    private static final byte DOUBLE = 4;
    private static final byte SINGLE = 5;
    private static final int FAMILIES = 6;

    private static final int OPENING = 1;
    private static final int CLOSING = 2;
    private static final int AMBIGUOUS = 3;

    /** A glued prefix is at most this long: و + ب + ال + tatweel. */
    private static final int MAX_GLUED_PREFIX = 5;

    private QuoteFinder() {}

    /** The shared finder. */
    public static QuoteFinder create() {
        return INSTANCE;
    }

    /**
     * Finds the quotations of {@code text}. Never throws for a non-null argument.
     */
    public QuoteAnalysis find(CharSequence text) {
        return find(text, TextWork.NONE);
    }

    /** As {@link #find(CharSequence)}, adding the characters read and the stack operations to {@code work}. */
    QuoteAnalysis find(CharSequence text, TextWork work) {
        String s = text.toString();
        Scan scan = new Scan(s, work);
        int n = s.length();
        work.add(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isLineBreak(c)) {
                scan.flush();
                continue;
            }
            byte family = familyOf(c);
            if (family == NONE) {
                continue;
            }
            work.add(1);
            scan.mark(i, c, family);
        }
        scan.flush();
        scan.quotes.sort(Comparator.comparingInt(Quote::start).thenComparing(Quote::end, Comparator.reverseOrder()));
        scan.issues.sort(Comparator.comparingInt(TextIssue::start));
        return new QuoteAnalysis(scan.quotes, scan.issues);
    }

    private static byte familyOf(char c) {
        return switch (c) {
            case LEFT_GUILLEMET, RIGHT_GUILLEMET -> GUILLEMET;
            case LEFT_SINGLE_GUILLEMET, RIGHT_SINGLE_GUILLEMET -> SINGLE_GUILLEMET;
            case LEFT_DOUBLE_QUOTE, RIGHT_DOUBLE_QUOTE, DOUBLE_LOW_QUOTE, DOUBLE_HIGH_REVERSED_QUOTE, QUOTATION_MARK,
                    FULLWIDTH_QUOTATION_MARK -> DOUBLE;
            case LEFT_SINGLE_QUOTE, RIGHT_SINGLE_QUOTE, SINGLE_LOW_QUOTE, SINGLE_HIGH_REVERSED_QUOTE -> SINGLE;
            default -> NONE;
        };
    }

    /** Mutable state of one call; never shared. */
    private static final class Scan {
        final String s;
        final TextWork work;
        final List<Quote> quotes = new ArrayList<>();
        final List<TextIssue> issues = new ArrayList<>();
        int[] position = new int[16];
        byte[] family = new byte[16];
        /** Stack index of the previous open entry of the same family, or -1. */
        int[] previousOfFamily = new int[16];
        int size;
        final int[] topOfFamily = new int[FAMILIES];

        Scan(String s, TextWork work) {
            this.s = s;
            this.work = work;
            Arrays.fill(topOfFamily, -1);
        }

        void mark(int i, char c, byte fam) {
            switch (fam) {
                case GUILLEMET -> guillemet(i, c == LEFT_GUILLEMET, GUILLEMET, REVERSED_GUILLEMET);
                case SINGLE_GUILLEMET -> guillemet(i, c == LEFT_SINGLE_GUILLEMET, SINGLE_GUILLEMET,
                        REVERSED_SINGLE_GUILLEMET);
                case SINGLE -> {
                    if (isLetterAt(i - 1) && isLetterAt(i + 1)) {
                        return; // an apostrophe
                    }
                    toggle(i, c == SINGLE_LOW_QUOTE, SINGLE);
                }
                default -> toggle(i, c == DOUBLE_LOW_QUOTE, DOUBLE);
            }
        }

        private void guillemet(int i, boolean left, byte normal, byte reversed) {
            if (left) {
                if (topOfFamily[reversed] > topOfFamily[normal]) {
                    close(reversed, i);
                } else {
                    push(i, normal);
                }
            } else if (topOfFamily[normal] >= 0) {
                close(normal, i);
            } else if (shape(i) == CLOSING) {
                issue(i, "closing mark " + s.charAt(i) + " with no opening mark");
            } else {
                push(i, reversed);
            }
        }

        private void toggle(int i, boolean alwaysOpens, byte fam) {
            int open = topOfFamily[fam];
            if (open < 0) {
                push(i, fam);
                return;
            }
            if (alwaysOpens || shape(i) == OPENING) {
                popThrough(open);
                push(i, fam);
                return;
            }
            close(fam, i);
        }

        private void push(int i, byte fam) {
            if (size == position.length) {
                int grown = size * 2;
                position = Arrays.copyOf(position, grown);
                family = Arrays.copyOf(family, grown);
                previousOfFamily = Arrays.copyOf(previousOfFamily, grown);
            }
            position[size] = i;
            family[size] = fam;
            previousOfFamily[size] = topOfFamily[fam];
            topOfFamily[fam] = size;
            size++;
            work.add(1);
        }

        /** Pops the top entry, fixing the per-family top. */
        private int pop() {
            size--;
            topOfFamily[family[size]] = previousOfFamily[size];
            work.add(1);
            return position[size];
        }

        /** Pops entries down to and including stack index {@code target}, reporting each as unbalanced. */
        private void popThrough(int target) {
            while (size > target) {
                int at = pop();
                issue(at, "opening mark " + s.charAt(at) + " is never closed");
            }
        }

        private void close(byte fam, int closeAt) {
            int target = topOfFamily[fam];
            popThrough(target + 1);
            int openAt = pop();
            quotes.add(new Quote(openAt, closeAt + 1, openAt + 1, closeAt, s.charAt(openAt), s.charAt(closeAt)));
        }

        void flush() {
            popThrough(0);
        }

        private void issue(int at, String message) {
            issues.add(new TextIssue(TextIssue.UNBALANCED_QUOTE, at, at + 1, message + " (offset " + at + ")"));
        }

        private int shape(int i) {
            if (isGluedPrefixBefore(i) && !isBoundaryAt(i + 1)) {
                return OPENING;
            }
            boolean left = isBoundaryAt(i - 1);
            boolean right = isBoundaryAt(i + 1);
            if (left && !right) {
                return OPENING;
            }
            if (right && !left) {
                return CLOSING;
            }
            return AMBIGUOUS;
        }

        private boolean isBoundaryAt(int i) {
            if (i < 0 || i >= s.length()) {
                return true;
            }
            byte cls = CharClass.of(s.charAt(i));
            return cls == CharClass.SPACE || cls == CharClass.PUNCTUATION || cls == CharClass.CONTROL
                    || cls == CharClass.FORMAT;
        }

        private boolean isLetterAt(int i) {
            return i >= 0 && i < s.length() && CharClass.isLetter(CharClass.of(s.charAt(i)));
        }

        /** True when the letters right before {@code i} are only a clitic prefix such as لـ, بـ, و, وبالـ. */
        private boolean isGluedPrefixBefore(int i) {
            int j = i - 1;
            int letters = 0;
            boolean alef = false;
            while (j >= 0 && letters <= MAX_GLUED_PREFIX && isPrefixLetter(s.charAt(j))) {
                alef |= s.charAt(j) == ALEF;
                j--;
                letters++;
            }
            if (letters == 0 || letters > MAX_GLUED_PREFIX || !isBoundaryAt(j)) {
                return false;
            }
            // A tatweel marks the prefix explicitly (لـ”, بالـ”); without one only و ف ب ل ك alone or paired
            // count, so that words such as لا or كلا before a closing mark stay words.
            return s.charAt(i - 1) == TATWEEL || (letters <= 2 && !alef);
        }

        private static boolean isPrefixLetter(char c) {
            return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF || c == ALEF || c == TATWEEL;
        }
    }
}
