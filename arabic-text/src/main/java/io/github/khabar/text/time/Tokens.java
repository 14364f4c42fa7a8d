package io.github.khabar.text.time;

import java.util.Arrays;

/**
 * The text cut into words, digit runs and single punctuation characters, in one linear pass. Each
 * token keeps its UTF-16 span in the original text and its normalised form; for words, {@link #map}
 * gives the original offset of each normalised character so that a clitic prefix can be left out of
 * a mention.
 */
final class Tokens {
    static final byte WORD = 1;
    static final byte NUMBER = 2;
    static final byte PUNCT = 3;

    final CharSequence text;
    int size;
    int[] start;
    int[] end;
    byte[] type;
    String[] norm;
    /** Numeric value of a NUMBER token (capped), or -1. */
    int[] num;
    /** A line break occurs between the previous token and this one (or this is the first token). */
    boolean[] lineStart;
    /** For WORD tokens: original offset of each normalised char; null otherwise. */
    int[][] map;
    /** Proclitic readings of each word, made on first use by {@link #clitics} (one call owns a Tokens). */
    private String[][] clitics;
    /** Per token, for {@link #lexicon}: 0 not asked yet, 1 no reading starts an entry, 2 one may. */
    private byte[] entryStart;
    private Lexicon lexicon;

    private Tokens(CharSequence text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        type = new byte[capacity];
        norm = new String[capacity];
        num = new int[capacity];
        lineStart = new boolean[capacity];
        map = new int[capacity][];
    }

    static Tokens of(CharSequence text) {
        int n = text.length();
        Tokens t = new Tokens(text, Math.max(16, Math.min(n / 3 + 16, 1 << 16)));
        boolean newline = true;
        int i = 0;
        StringBuilder b = new StringBuilder();
        int[] offs = new int[64];
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                newline = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                i++;
                continue;
            }
            if (ArabicNorm.digit(c) >= 0) {
                int s = i;
                long v = 0;
                b.setLength(0);
                while (i < n && ArabicNorm.digit(text.charAt(i)) >= 0) {
                    int d = ArabicNorm.digit(text.charAt(i));
                    if (v < 100_000_000L) {
                        v = v * 10 + d;
                    }
                    b.append((char) ('0' + d));
                    i++;
                }
                t.add(s, i, NUMBER, b.toString(), (int) Math.min(v, Integer.MAX_VALUE), newline, null);
                newline = false;
                continue;
            }
            if (ArabicNorm.isWordChar(c) || (ArabicNorm.isIgnorable(c) && c != '\u200E' && c != '\u200F')) {
                int s = i;
                b.setLength(0);
                int k = 0;
                while (i < n) {
                    char d = text.charAt(i);
                    if (ArabicNorm.isIgnorable(d) && d != '\u200E' && d != '\u200F') {
                        i++;
                        continue;
                    }
                    if (ArabicNorm.isWordChar(d)) {
                        if (k == offs.length) {
                            offs = Arrays.copyOf(offs, k * 2);
                        }
                        offs[k++] = i;
                        b.append(ArabicNorm.fold(d));
                    } else {
                        break;
                    }
                    i++;
                }
                if (k == 0) {
                    continue; // only marks
                }
                int[] m = Arrays.copyOf(offs, k + 1);
                m[k] = i;
                t.add(s, i, WORD, b.toString(), -1, newline, m);
                newline = false;
                continue;
            }
            t.add(i, i + 1, PUNCT, String.valueOf(c), -1, newline, null);
            newline = false;
            i++;
        }
        return t;
    }

    private void add(int s, int e, byte ty, String nm, int v, boolean nl, int[] m) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            type = Arrays.copyOf(type, cap);
            norm = Arrays.copyOf(norm, cap);
            num = Arrays.copyOf(num, cap);
            lineStart = Arrays.copyOf(lineStart, cap);
            map = Arrays.copyOf(map, cap);
        }
        start[size] = s;
        end[size] = e;
        type[size] = ty;
        norm[size] = nm;
        num[size] = v;
        lineStart[size] = nl;
        map[size] = m;
        size++;
    }

    /** {@link Lexicon#startsSomeEntry}, asked once per token (the scanner tries every category at each token). */
    boolean mayStartEntry(int i, Lexicon lex) {
        if (lexicon != lex) {
            lexicon = lex;
            entryStart = new byte[size];
        }
        byte b = entryStart[i];
        if (b == 0) {
            b = lex.startsSomeEntry(this, i) ? (byte) 2 : (byte) 1;
            entryStart[i] = b;
        }
        return b == 2;
    }

    /**
     * The proclitic readings of word i that {@link Lexicon#match} tries, computed once per token: {@code [0]}
     * the word without و/ف (or null), {@code [1]} without a following ب/ل/ك (or null), {@code [2]} the
     * article restored after لل ({@code ا} + {@code [1]}, or null). The rules of each are those of
     * {@code match}; caching them saves the substrings and their hashes on every category tried.
     */
    String[] clitics(int i) {
        if (clitics == null) {
            clitics = new String[size][];
        }
        String[] c = clitics[i];
        if (c == null) {
            c = new String[3];
            String s = norm[i];
            if (s.length() > 2 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
                s = s.substring(1);
                c[0] = s;
            }
            if (s.length() > 2 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل' || s.charAt(0) == 'ك')) {
                c[1] = s.substring(1);
                if (s.startsWith("لل") && s.length() > 3) {
                    c[2] = "ا" + c[1];
                }
            }
            clitics[i] = c;
        }
        return c;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && type[i] == WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && type[i] == NUMBER;
    }

    /** Number token with 1..maxDigits digits. */
    boolean isNumber(int i, int minDigits, int maxDigits) {
        return isNumber(i) && norm[i].length() >= minDigits && norm[i].length() <= maxDigits;
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < size && type[i] == PUNCT && norm[i].charAt(0) == c;
    }

    /** True when tokens i and j touch (no space between). */
    boolean adjacent(int i, int j) {
        return i >= 0 && j < size && end[i] == start[j];
    }

    /** Original offset where the word i starts after skipping {@code prefix} normalised letters. */
    int startAfter(int i, int prefix) {
        if (prefix <= 0 || map[i] == null) {
            return start[i];
        }
        return map[i][Math.min(prefix, map[i].length - 1)];
    }

    /** First char of the original surface of token i. */
    char firstOriginalChar(int i, int prefix) {
        return text.charAt(startAfter(i, prefix));
    }
}
