package io.github.khabar.pipeline;

import java.util.Collection;

/**
 * A fast "certainly not listed" test in front of a set of normalised words: the word's length and its
 * first and last characters (low six bits) against those of the entries. Most words the rules probe are
 * in none of the lists they ask, and this rejects them without hashing a freshly cut string or probing a
 * table; a word that passes is looked up as before, so answers never change. Immutable, thread-safe.
 */
final class KeyFilter {
    /** Bit min(length, 63) set for each entry length. */
    private final long lengths;
    /** Row: first char's low six bits; bit: last char's low six bits. */
    private final long[] firstLast = new long[64];

    KeyFilter(Collection<String> keys) {
        long l = 0;
        for (String k : keys) {
            int n = k.length();
            l |= 1L << Math.min(n, 63);
            if (n > 0) {
                firstLast[k.charAt(0) & 63] |= 1L << (k.charAt(n - 1) & 63);
            }
        }
        this.lengths = l;
    }

    /** False when no entry can equal {@code w}; true when one may. */
    boolean mayContain(String w) {
        int n = w.length();
        if ((lengths & (1L << Math.min(n, 63))) == 0) {
            return false;
        }
        return n == 0 || (firstLast[w.charAt(0) & 63] & (1L << (w.charAt(n - 1) & 63))) != 0;
    }
}
