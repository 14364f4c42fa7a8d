package io.github.khabar.pipeline;

/**
 * How one document spells what the normalisation folds: whether it writes a final ى as ي ("علي الجانب",
 * "إلي الرياض", "مستوي") and whether it drops the hamza of an initial أ/إ ("اكد", "الى"), as many web sites do. Decided once per document from the words
 * {@code lexicon/maqsura-words.txt} lists: the document writes them with ي at least as often as it writes
 * any word with a final ى (and at least twice, or once when it has no final ى at all).
 * Immutable; read through {@link PreparedText#spelling()}.
 */
final class SpellingProfile {
    private static final SpellingProfile STANDARD = new SpellingProfile(false, false, 0, 0);
    private static final WordList MAQSURA = WordList.load("maqsura-words.txt");
    private static final WordList HAMZA = WordList.load("hamza-words.txt");
    /** Particles that are not evidence of the spelling: علي is a name, لديّ "I have". */
    private static final java.util.Set<String> NOT_EVIDENCE = Keys.set("على", "لدى");
    private static final char YA = '\u064A';
    private static final char ALEF_MAQSURA = '\u0649';
    private static final char TATWEEL = '\u0640';

    /** The document writes final ى as ي. */
    final boolean yaForMaqsura;
    /**
     * The document drops the hamza of an initial أ/إ: the words of {@code lexicon/hamza-words.txt} are written
     * with a bare ا (three times or more) more often than any word opens with أ or إ.
     */
    final boolean bareAlef;
    /** Listed words written with ي, and words written with a final ى (what the decision was made from). */
    final int yaSpelled;
    final int maqsuraSpelled;

    private SpellingProfile(boolean yaForMaqsura, boolean bareAlef, int yaSpelled, int maqsuraSpelled) {
        this.yaForMaqsura = yaForMaqsura;
        this.bareAlef = bareAlef;
        this.yaSpelled = yaSpelled;
        this.maqsuraSpelled = maqsuraSpelled;
    }

    static SpellingProfile of(PreparedText t) {
        int ya = 0;
        int maqsura = 0;
        int alef = 0;
        int hamza = 0;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isArabicWord(i)) continue;
            String bare = t.bare(i);
            if (bare.isEmpty()) continue;
            char first = bare.charAt(0);
            if (first == '\u0623' || first == '\u0625') hamza++;
            else if (first == '\u0627' && HAMZA.contains(t.norm(i))) alef++;
            char last = bare.charAt(bare.length() - 1);
            if (last == ALEF_MAQSURA) {
                maqsura++;
            } else if (last == YA) {
                String w = t.norm(i);
                if (MAQSURA.contains(w) && !NOT_EVIDENCE.contains(w)) ya++;
            }
        }
        boolean yaForMaqsura = maqsura == 0 ? ya >= 1 : ya >= 2 && ya >= maqsura;
        boolean bareAlef = alef >= 3 && alef > hamza;
        return yaForMaqsura || bareAlef || ya > 0 || maqsura > 0
                ? new SpellingProfile(yaForMaqsura, bareAlef, ya, maqsura) : STANDARD;
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
