package io.github.khabar.pipeline;

/**
 * Person, gender and number, as a verb or a pronoun marks them and as a subject can be judged to have them.
 * A null field is unknown and agrees with anything: a person named without an office says nothing of gender.
 *
 * @param person 1, 2 or 3 (0: unknown)
 * @param gender 'M', 'F' or null
 * @param number 'S', 'D', 'P' or null
 */
record Agreement(int person, Character gender, Character number) {
    static final Agreement UNKNOWN = new Agreement(0, null, null);
    static final Agreement HE = new Agreement(3, 'M', 'S');
    static final Agreement SHE = new Agreement(3, 'F', 'S');

    /** From a paradigm cell's name (S3M, D3F, P1…), as the lexicon stores it in {@code CELL=}. */
    static Agreement ofCell(String cell) {
        if (cell == null || cell.length() < 2) return UNKNOWN;
        char n = cell.charAt(0);
        int p = cell.charAt(1) - '0';
        Character g = cell.length() > 2 ? cell.charAt(2) : null;
        return new Agreement(p, g, n);
    }

    /** A pronoun suffix (ه، ها، هما، هم، هن) of a noun or verb. */
    static Agreement ofSuffix(String word) {
        if (word.endsWith("هما")) return new Agreement(3, null, 'D');
        if (word.endsWith("هم")) return new Agreement(3, 'M', 'P');
        if (word.endsWith("هن")) return new Agreement(3, 'F', 'P');
        if (word.endsWith("ها")) return SHE;
        if (word.endsWith("ه")) return HE;
        return UNKNOWN;
    }

    /**
     * Whether a subject of agreement {@code subject} fits a verb of this agreement. {@code verbFirst}: the verb
     * stands before its subject, where Arabic writes it singular whatever the subject's number.
     */
    boolean fits(Agreement subject, boolean verbFirst) {
        if (person != 0 && subject.person != 0 && person != subject.person) return false;
        if (gender != null && subject.gender != null && !gender.equals(subject.gender)) {
            // a plural of persons not all women takes the masculine; non-human plurals the feminine singular
            if (!(subject.number != null && subject.number != 'S')) return false;
        }
        if (verbFirst || number == null || subject.number == null) return true;
        return number.equals(subject.number) || number == 'S' && subject.number == 'P' && 'F' == gender;
    }
}
