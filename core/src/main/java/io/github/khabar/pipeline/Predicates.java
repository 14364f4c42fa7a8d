package io.github.khabar.pipeline;

import java.util.Map;
import java.util.Set;

/**
 * Reads the predicate of a clause at a token: a verb the lexicon knows (a cue, a light verb, a status verb, a
 * frequent news verb) or an event noun (a meeting or travel masdar), with its lemma, tense, negation, modality
 * and agreement. Lemma, aspect and person/gender/number come from the forms the lexicon generated with
 * {@code io.github.khabar.text.morph} ({@code LEMMA=}, {@code ASPECT=}, {@code CELL=}); a hand-listed form is
 * read from its letters. Looks at most three tokens back for particles (سوف، لم، لن، لا، ما، قد، كان).
 */
final class Predicates {
    enum Tense { PAST, PRESENT, FUTURE, NONE }

    /** How the predicate was read. */
    enum Kind { VERB, NOUN }

    /**
     * A clause's predicate at tokens [start, end).
     *
     * @param lemma     the citation form (التقى، زيارة) or, when the lexicon gives none, the word itself
     * @param firstPerson a first-person form (التقيت، نلتقي), read only inside a direct quote
     * @param negation  the negating particle (normalised), or null
     * @param may       "قد" before an imperfect: a possibility
     * @param cue       the event cue the predicate is, or null
     */
    record Predicate(int start, int end, Kind kind, String lemma, Tense tense, Agreement agreement, String negation,
                     boolean may, boolean possessed, DocIndex.Cue cue) {
        boolean verb() {
            return kind == Kind.VERB;
        }
    }

    private final DocIndex ix;
    private final Set<String> negPast;
    private final Set<String> negFuture;
    private final Set<String> neg;
    private final Set<String> mayWords;
    private final Set<String> future;
    private final Set<String> was;

    Predicates(DocIndex ix) {
        this.ix = ix;
        WordClasses w = ix.lex.clauseWords;
        negPast = w.of("NEG_PAST");
        negFuture = w.of("NEG_FUTURE");
        neg = w.of("NEG");
        mayWords = w.of("MAY");
        future = w.of("FUTURE");
        was = w.of("WAS");
    }

    /** The predicate starting at token k, or null. */
    Predicate at(int k) {
        PreparedText t = ix.t;
        if (!t.isWord(k) || t.isDropped(k)) return null;
        DocIndex.Cue cue = ix.cueAt[k];
        if (cue != null && cue.start() != k) return null;
        String w = t.norm(k);
        Map<String, String> a = null;
        boolean fut = false;
        int end = k + 1;
        if (cue != null) {
            end = cue.end();
            boolean light = end - k > 1 && ix.verbOf("LIGHT", w);
            a = light ? verbAttrs(w) : cue.attrs();
            fut = cue.future();
            if (a == null) a = Map.of();
            boolean noun = !light && "NOUN".equals(a.get("KIND")) || "NOUN".equals(a.get("TYPE"))
                    || "PARTICIPLE".equals(a.get("TYPE"));
            if (noun) {
                boolean possessed = MeetingFinder.possessive(t.tokens.get(k).text());
                return new Predicate(k, end, Kind.NOUN, a.getOrDefault("LEMMA", cue.word()), Tense.NONE,
                        possessed ? Agreement.ofSuffix(w) : Agreement.UNKNOWN, null, false, possessed, cue);
            }
        } else {
            a = verbAttrs(w);
            if (a == null) {
                a = firstPersonAttrs(k, w);
                if (a == null) return null;
            }
            String stem = DocIndex.stripConj(w);
            fut = stem.length() > 3 && stem.charAt(0) == 'س' && a.containsKey("FUTURE");
        }
        String stem = DocIndex.stripConj(w);
        Agreement agr = a.containsKey("CELL") ? Agreement.ofCell(a.get("CELL")) : fromLetters(stem);
        Tense tense = fut ? Tense.FUTURE : tense(a.get("ASPECT"), stem);
        String negation = null;
        boolean may = false;
        for (int j = k - 1; j >= Math.max(0, k - 3) && t.isWord(j); j--) {
            String p = t.norm(j);
            if (p.length() > 2 && (p.charAt(0) == 'و' || p.charAt(0) == 'ف') && !neg.contains(p)) p = p.substring(1);
            if (future.contains(p)) tense = Tense.FUTURE;
            else if (negPast.contains(p)) { negation = p; tense = Tense.PAST; }
            else if (negFuture.contains(p)) { negation = p; tense = Tense.FUTURE; }
            else if (neg.contains(p) && j == k - 1) negation = p;
            else if (mayWords.contains(p) && j == k - 1) may = tense == Tense.PRESENT;
            else if (was.contains(p) && tense == Tense.PRESENT) tense = Tense.PAST; // كان يلتقي: habit in the past
            else continue;
        }
        return new Predicate(k, end, Kind.VERB, a.getOrDefault("LEMMA", stem), tense, agr, negation, may, false, cue);
    }

    /** Attributes of a verb the lexicon lists (cue lists first), read with its proclitics and future س off. */
    private Map<String, String> verbAttrs(String w) {
        Lexicon lex = ix.lex;
        for (Clitic v : ix.t.variants(w)) {
            String s = v.stem();
            for (WordList list : new WordList[] {lex.lightVerbs, lex.statusCues, lex.reportingCues, lex.meetingCues,
                    lex.visitCues}) {
                Map<String, String> a = list.get(s);
                if (a != null && a.containsKey("ASPECT") && !"MASDAR".equals(a.get("ASPECT"))
                        && !"ACTIVE_PARTICIPLE".equals(a.get("ASPECT"))) {
                    return a;
                }
                if (s.length() > 3 && s.charAt(0) == 'س' && (a = list.get(s.substring(1))) != null
                        && "IMPERFECT".equals(a.get("ASPECT"))) {
                    Map<String, String> f = new java.util.HashMap<>(a);
                    f.put("FUTURE", "1");
                    return f;
                }
            }
            if (lex.commonVerbs.contains(s)) return Map.of();
        }
        return null;
    }

    /** A first-person form of a meeting or travel verb inside a direct quote ("التقيت نظيري", "سنزور"). */
    private Map<String, String> firstPersonAttrs(int k, String w) {
        if (ix.quoteHolding(ix.t.start(k)) == null) return null;
        for (Clitic v : ix.t.variants(w)) {
            String s = v.stem();
            for (WordList list : new WordList[] {ix.lex.meetingCues, ix.lex.visitCues}) {
                Map<String, String> a = list.firstPerson(s);
                if (a != null) return a;
            }
        }
        return null;
    }

    private static Tense tense(String aspect, String stem) {
        if (aspect != null) {
            return switch (aspect) {
                case "PERFECT", "PASSIVE_PERFECT" -> Tense.PAST;
                case "IMPERFECT", "SUBJUNCTIVE", "JUSSIVE", "PASSIVE_IMPERFECT" -> Tense.PRESENT;
                default -> Tense.NONE;
            };
        }
        return stem.startsWith("ي") || stem.startsWith("ت") && stem.length() > 4 ? Tense.PRESENT : Tense.PAST;
    }

    /** Third-person agreement of a verb form the lexicon lists by hand, read from its prefix and suffix. */
    static Agreement fromLetters(String w) {
        boolean imperfect = w.startsWith("ي") || w.startsWith("ت");
        if (imperfect) {
            if (w.endsWith("ون")) return new Agreement(3, 'M', 'P');
            if (w.endsWith("ان")) return new Agreement(3, w.startsWith("ت") ? 'F' : 'M', 'D');
            return w.startsWith("ت") ? Agreement.SHE : Agreement.HE;
        }
        if (w.endsWith("وا")) return new Agreement(3, 'M', 'P');
        if (w.endsWith("تا")) return new Agreement(3, 'F', 'D');
        if (w.endsWith("ا")) return new Agreement(3, 'M', 'D');
        if (w.endsWith("ت")) return Agreement.SHE;
        return Agreement.HE;
    }
}
