package io.github.khabar.pipeline;

/**
 * How one document spells what the normalisation folds: today, whether it writes a final ى as ي
 * ("علي الجانب", "إلي الرياض", "مستوي"), as many web sites do. Decided once per document from the words
 * {@code lexicon/maqsura-words.txt} lists: the document writes them with ي at least as often as it writes
 * any word with a final ى (and at least twice, or once when it has no final ى at all).
 * Immutable; read through {@link PreparedText#spelling()}.
 */
final class SpellingProfile {
    private static final SpellingProfile STANDARD = new SpellingProfile(false, 0, 0);
    private static final WordList MAQSURA = WordList.load("maqsura-words.txt");
    /** Particles that are not evidence of the spelling: علي is a name, لديّ "I have". */
    private static final java.util.Set<String> NOT_EVIDENCE = Keys.set("على", "لدى");
    private static final char YA = '\u064A';
    private static final char ALEF_MAQSURA = '\u0649';
    private static final char TATWEEL = '\u0640';

    /** The document writes final ى as ي. */
    final boolean yaForMaqsura;
    /** Listed words written with ي, and words written with a final ى (what the decision was made from). */
    final int yaSpelled;
    final int maqsuraSpelled;

    private SpellingProfile(boolean yaForMaqsura, int yaSpelled, int maqsuraSpelled) {
        this.yaForMaqsura = yaForMaqsura;
        this.yaSpelled = yaSpelled;
        this.maqsuraSpelled = maqsuraSpelled;
    }

    static SpellingProfile of(PreparedText t) {
        int ya = 0;
        int maqsura = 0;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isArabicWord(i)) continue;
            String bare = t.bare(i);
            char last = bare.isEmpty() ? 0 : bare.charAt(bare.length() - 1);
            if (last == ALEF_MAQSURA) {
                maqsura++;
            } else if (last == YA) {
                String w = t.norm(i);
                if (MAQSURA.contains(w) && !NOT_EVIDENCE.contains(w)) ya++;
            }
        }
        boolean yaForMaqsura = maqsura == 0 ? ya >= 1 : ya >= 2 && ya >= maqsura;
        return yaForMaqsura || ya > 0 || maqsura > 0 ? new SpellingProfile(yaForMaqsura, ya, maqsura) : STANDARD;
    }

    /** A particle of the list (على، إلى، حتى، لدى، متى، سوى), by its normalised form. */
    static boolean particle(String norm) {
        return "1".equals(MAQSURA.attr(norm, "PARTICLE"));
    }

    /** The word without diacritics and tatweel, its letters as written. */
    static String bare(String raw) {
        StringBuilder b = null;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            boolean mark = c == TATWEEL || Character.getType(c) == Character.NON_SPACING_MARK;
            if (mark && b == null) {
                b = new StringBuilder(raw.length()).append(raw, 0, k);
            } else if (!mark && b != null) {
                b.append(c);
            }
        }
        return b == null ? raw : b.toString();
    }

    /** The bare word ends in ya (not alef maqsura). */
    static boolean endsWithYa(String bare) {
        return !bare.isEmpty() && bare.charAt(bare.length() - 1) == YA;
    }
}
