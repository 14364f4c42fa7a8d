package io.github.khabar.pipeline;

import io.github.khabar.text.ArabicNormalizer;

/** The one normalisation used to compare words with the lexicon and the knowledge base. */
final class Keys {
    private static final ArabicNormalizer SEARCH = ArabicNormalizer.search();

    private Keys() {}

    /** The keys of {@code words}, as an immutable set (with a fast reject for the words it cannot hold). */
    static java.util.Set<String> set(String... words) {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (String w : words) {
            s.add(of(w));
        }
        return new KeySet(s);
    }

    /** SEARCH-normalised, whitespace collapsed and trimmed. */
    static String of(CharSequence s) {
        String n = SEARCH.normalizeToString(s);
        if (!hasWhitespace(n)) {
            return n; // a single word (nearly every call): nothing to collapse, no second copy
        }
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean hasWhitespace(String n) {
        for (int i = 0; i < n.length(); i++) {
            if (Character.isWhitespace(n.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
