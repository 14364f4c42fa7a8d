package io.github.khabar.text.time;

import java.util.Set;

/**
 * Words that point back to the time told before: "الشهر نفسه", "العام ذاته", "السنة نفسها", "اليوم عينه"
 * (the noun, then نفسه/ذاته/عينه) and "نفس الأسبوع", "ذات اليوم", "بنفس العام" (نفس/ذات, then the noun).
 * What they point to is {@link PreviousTime}.
 *
 * @param unit   D (day), W (week), M (month) or Y (year)
 * @param first  first token
 * @param prefix clitic letters left out of the first token
 * @param end    token after the phrase
 */
record SameAs(char unit, int first, int prefix, int end) {
    private static final Set<String> AFTER = Set.of("نفسه", "ذاته", "نفسها", "ذاتها", "عينه", "عينها");
    private static final Set<String> BEFORE = Set.of("نفس", "ذات", "بنفس", "بذات", "ونفس", "وذات", "وبنفس", "وبذات");

    /** The phrase at token j, or null. */
    static SameAs at(Tokens t, int j) {
        char u = unit(t, j);
        if (u != 0 && t.isWord(j + 1) && AFTER.contains(t.norm[j + 1])) {
            return new SameAs(u, j, prefix(t, j), j + 2);
        }
        if (t.isWord(j) && BEFORE.contains(t.norm[j])) {
            u = unit(t, j + 1);
            if (u != 0 && prefix(t, j + 1) == 0) {
                return new SameAs(u, j, t.norm[j].length() - 3, j + 2);
            }
        }
        return null;
    }

    /** الأسبوع، الشهر، العام، السنة، اليوم (with a clitic) at k: W, M, Y, D; 0 otherwise. */
    private static char unit(Tokens t, int k) {
        if (!t.isWord(k)) {
            return 0;
        }
        switch (t.norm[k].substring(prefix(t, k))) {
            case "اليوم":
                return 'D';
            case "الاسبوع":
                return 'W';
            case "الشهر":
                return 'M';
            case "العام":
            case "السنه":
                return 'Y';
            default:
                return 0;
        }
    }

    /** Clitic letters (و، ف، ب، وب، فب) before the article of the word at k. */
    private static int prefix(Tokens t, int k) {
        String w = t.norm[k];
        if (w.length() > 3 && "وفب".indexOf(w.charAt(0)) >= 0 && w.startsWith("ال", 1)) {
            return 1;
        }
        if (w.length() > 4 && "وف".indexOf(w.charAt(0)) >= 0 && w.charAt(1) == 'ب' && w.startsWith("ال", 2)) {
            return 2;
        }
        return 0;
    }
}
