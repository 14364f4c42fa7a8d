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
    /**
     * For WORD tokens: original offset of each normalised char and, last, the word's end, kept for all
     * words in one array ({@link #mapAt} is where token i's run starts, -1 for other tokens).
     */
    private int[] map;
    private int mapSize;
    private int[] mapAt;
    private int[] mapLength;
    /** The readings of a word that can carry no proclitic (shared: callers only read them). */
    private static final String[] NO_CLITICS = new String[3];
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
        mapAt = new int[capacity];
        mapLength = new int[capacity];
        map = new int[Math.max(64, text.length() / 2 + 16)];
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
                t.add(s, i, NUMBER, b.toString(), (int) Math.min(v, Integer.MAX_VALUE), newline, null, 0);
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
                if (k == offs.length) {
                    offs = Arrays.copyOf(offs, k * 2);
                }
                offs[k] = i; // the word's end closes its run
                t.add(s, i, WORD, b.toString(), -1, newline, offs, k + 1);
                newline = false;
                continue;
            }
            t.add(i, i + 1, PUNCT, String.valueOf(c), -1, newline, null, 0);
            newline = false;
            i++;
        }
        return t;
    }

    private void add(int s, int e, byte ty, String nm, int v, boolean nl, int[] m, int mLength) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            type = Arrays.copyOf(type, cap);
            norm = Arrays.copyOf(norm, cap);
            num = Arrays.copyOf(num, cap);
            lineStart = Arrays.copyOf(lineStart, cap);
            mapAt = Arrays.copyOf(mapAt, cap);
            mapLength = Arrays.copyOf(mapLength, cap);
        }
        start[size] = s;
        end[size] = e;
        type[size] = ty;
        norm[size] = nm;
        num[size] = v;
        lineStart[size] = nl;
        if (m == null) {
            mapAt[size] = -1;
            mapLength[size] = 0;
        } else {
            if (mapSize + mLength > map.length) {
                map = Arrays.copyOf(map, Math.max(map.length * 2, mapSize + mLength));
            }
            System.arraycopy(m, 0, map, mapSize, mLength);
            mapAt[size] = mapSize;
            mapLength[size] = mLength;
            mapSize += mLength;
        }
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
        if (c == null && !mayCarryClitic(norm[i])) {
            c = NO_CLITICS;
            clitics[i] = c;
        }
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

    /** Whether {@link #clitics} can find a reading: a word of three letters or more starting with و ف ب ل ك. */
    private static boolean mayCarryClitic(String s) {
        if (s.length() <= 2) {
            return false;
        }
        char f = s.charAt(0);
        return f == 'و' || f == 'ف' || f == 'ب' || f == 'ل' || f == 'ك';
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
        if (prefix <= 0 || mapAt[i] < 0) {
            return start[i];
        }
        return map[mapAt[i] + Math.min(prefix, mapLength[i] - 1)];
    }

    /** First char of the original surface of token i. */
    char firstOriginalChar(int i, int prefix) {
        return text.charAt(startAfter(i, prefix));
    }
}
