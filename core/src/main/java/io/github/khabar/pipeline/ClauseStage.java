package io.github.khabar.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The clause stage, between actors and events: reads each sentence into clauses, one per predicate
 * ({@link Predicates}: a verb or an event noun, with tense, negation and modality), with its subject
 * ({@link Subjects}) and complements ({@link Complements}). One pass in text order carries the subject of
 * the last clause and the paragraph's topic, so a dropped subject, a pronoun or a possessor is resolved
 * from what came before (after an agreement check), and a possessor in an opening adjunct ("على هامش
 * زيارته لـ…، التقى X") from the main clause after it. "جاء ذلك في كلمة لـX … حيث قال" makes X the subject
 * carried on. Runs after the statements are found (a first-person verb in a quote is its speaker's). Every
 * step looks a bounded number of tokens around its predicate, so the pass is linear in the document.
 * Stateless; thread-safe.
 */
final class ClauseStage {
    /** How many tokens after a frame verb its frame noun and author may stand. */
    private static final int FRAME_REACH = 10;

    Clauses read(DocIndex ix) {
        PreparedText t = ix.t;
        WordClasses w = ix.lex.clauseWords;
        Set<String> openers = w.of("OPENER");
        Set<String> boundaries = w.of("BOUNDARY");
        Set<String> adjuncts = w.of("ADJUNCT");
        Predicates predicates = new Predicates(ix);
        Subjects subjects = new Subjects(ix);
        Complements complements = new Complements(ix);

        List<Clauses.Reading> out = new ArrayList<>();
        Subjects.Subject carried = null;
        Subjects.Subject topic = null;
        List<Integer> pending = new ArrayList<>(); // possessors in an opening adjunct, waiting for the main subject
        int sentence = -1;
        int boundary = 0;
        int lastEnd = 0;
        for (int k = 0; k < t.size(); k++) {
            if (k > 0 && newParagraph(t, k)) {
                carried = null;
                topic = null;
            }
            if (t.sentence(k) != sentence) {
                sentence = t.sentence(k);
                boundary = k;
                pending.clear();
            }
            String n = t.norm(k);
            if (!t.isWord(k) || t.isQuote(k) || openers.contains(n) || boundaries.contains(n)) {
                boundary = k + 1;
                // "…، بينما ألغى X زيارته": the clause before ends at the word that opens the next
                if (!out.isEmpty() && (t.isWord(k) || t.isQuote(k))) close(out, k);
                continue;
            }
            Subjects.Subject frame = frame(ix, subjects, k);
            if (frame != null) {
                carried = frame;
                continue;
            }
            Predicates.Predicate p = predicates.at(k);
            if (p == null) continue;
            int from = Math.max(boundary, lastEnd);
            if (!out.isEmpty()) close(out, p.start());
            boolean opening = p.possessed() && opensSentence(ix, adjuncts, p, out, sentence);
            Subjects.Subject s = opening ? null : subjects.read(p, from, carried, topic);
            out.add(new Clauses.Reading(p, s, List.of(), from, t.sentenceEndToken(sentence)));
            if (opening) pending.add(out.size() - 1);
            if (s != null && s.overt()) {
                for (int i : pending) {
                    Clauses.Reading r = out.get(i);
                    if (r.predicate().agreement().fits(s.agreement(), false)) {
                        out.set(i, with(r, new Subjects.Subject(s.actorId(), s.start(), s.end(), Subjects.How.POSSESSOR,
                                s.agreement())));
                    }
                }
                pending.clear();
                if (topic == null) topic = s;
            }
            if (s != null && p.verb()) carried = s;
            lastEnd = p.end();
            k = p.end() - 1;
        }
        List<Clauses.Reading> done = new ArrayList<>(out.size());
        for (Clauses.Reading r : out) {
            Clauses.Reading x = r;
            if (x.subject() == null && x.predicate().possessed()) {
                // an opening adjunct with no main subject after it: the subject carried before
                x = with(x, subjects.read(x.predicate(), x.start(), carriedBefore(done, x), null));
            }
            done.add(new Clauses.Reading(x.predicate(), x.subject(),
                    complements.read(x.predicate(), x.subject(), x.end()), x.start(), x.end()));
        }
        return new Clauses(done);
    }

    private static Subjects.Subject carriedBefore(List<Clauses.Reading> done, Clauses.Reading r) {
        for (int i = done.size() - 1; i >= 0 && i >= done.size() - 4; i--) {
            Clauses.Reading d = done.get(i);
            if (d.subject() != null && d.predicate().verb()) return d.subject();
        }
        return null;
    }

    private static Clauses.Reading with(Clauses.Reading r, Subjects.Subject s) {
        return new Clauses.Reading(r.predicate(), s, r.complements(), r.start(), r.end());
    }

    /** The clause before ends where this predicate starts. */
    private static void close(List<Clauses.Reading> out, int at) {
        Clauses.Reading last = out.get(out.size() - 1);
        if (last.end() > at) out.set(out.size() - 1, new Clauses.Reading(last.predicate(), last.subject(),
                last.complements(), last.start(), at));
    }

    /**
     * A possessed event noun in an adjunct that opens its sentence, before any verb ("وعلى هامش زيارته
     * للرباط، التقى X", "ولدى وصوله إلى هانوي، أجرى X"): its possessor is the main clause's subject.
     */
    private static boolean opensSentence(DocIndex ix, Set<String> adjuncts, Predicates.Predicate p,
                                         List<Clauses.Reading> out, int sentence) {
        PreparedText t = ix.t;
        int s0 = t.sentenceFirstToken(sentence);
        if (p.start() - s0 > 4) return false;
        boolean adjunct = false;
        for (int j = s0; j < p.start(); j++) adjunct |= adjuncts.contains(DocIndex.stripConj(t.norm(j)));
        if (!adjunct) return false;
        for (int i = out.size() - 2; i >= 0; i--) { // the reading just added is this one's predecessor
            Clauses.Reading r = out.get(i);
            if (r.predicate().start() < s0) break;
            if (r.predicate().verb()) return false;
        }
        return true;
    }

    /** "جاء ذلك في كلمة لـX", "وجاء ذلك خلال تصريحات صحفية لوزير …": X, as the subject carried on. */
    private static Subjects.Subject frame(DocIndex ix, Subjects subjects, int k) {
        PreparedText t = ix.t;
        WordClasses w = ix.lex.clauseWords;
        if (!w.of("FRAME_VERB").contains(t.norm(k)) || k + 1 >= t.size() || !w.of("THAT").contains(t.norm(k + 1))) {
            return null;
        }
        Set<String> nouns = w.of("FRAME_NOUN");
        Set<String> links = w.of("FRAME_LINK");
        boolean noun = false;
        for (int j = k + 2; j < Math.min(t.size(), k + FRAME_REACH); j++) {
            String n = t.norm(j);
            if (!noun) {
                for (Clitic v : t.variants(n)) noun |= nouns.contains(v.stem());
                continue;
            }
            Mention m = ix.mention(j);
            if (m != null && m.tokStart == j && (m.actorId != null || m.kind == Mention.Kind.GROUP_WORD)
                    && m.kind != Mention.Kind.PLACE && n.startsWith("ل")) {
                return subjects.subject(m, Subjects.How.FRAME);
            }
            if (!links.contains(n) && !Keys.of("لـ").equals(n)) return null;
        }
        return null;
    }

    /** A line break between token k-1 and token k: a new paragraph, a new topic. */
    private static boolean newParagraph(PreparedText t, int k) {
        int a = t.end(k - 1);
        int b = t.start(k);
        for (int c = a; c < b; c++) {
            if (t.text.charAt(c) == '\n') return true;
        }
        return false;
    }
}
