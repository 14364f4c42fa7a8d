package io.github.khabar.pipeline;

import io.github.khabar.model.ActorType;

import java.util.List;
import java.util.Set;

/**
 * Reads a clause's subject: overt after the verb (VS) or before it (SV, headlines "الخارجية تؤكد"), the head
 * of a relative clause ("X، الذي التقى …"), "سبق لـX أن", a quote's speaker for a first-person verb
 * ("التقيت نظيري"), and otherwise the subject the text carries: a pronoun ("كما أنه سيتوجه"، "غير أنها ترى"),
 * a possessor ("خلال لقائه") or a dropped subject ("وأجرى الوزير اتصالًا …، وشدد على") takes the subject of
 * the clause before, else the paragraph's topic, when person, gender and number agree. Every look is
 * bounded ({@link MeetingFinder#REACH} tokens at most).
 */
final class Subjects {
    /** How the subject was found. */
    enum How { AFTER_VERB, BEFORE_VERB, RELATIVE_HEAD, PRECEDED, QUOTE_SPEAKER, FRAME, PRONOUN, POSSESSOR, DROPPED, TOPIC }

    /**
     * A clause's subject: the actor, the tokens [start, end) that name it (the antecedent's, when the clause
     * does not name it itself) and how it was read.
     */
    record Subject(String actorId, int start, int end, How how, Agreement agreement) {
        /** The clause names its subject itself. */
        boolean overt() {
            return how == How.AFTER_VERB || how == How.BEFORE_VERB || how == How.RELATIVE_HEAD || how == How.PRECEDED;
        }
    }

    private final DocIndex ix;
    private final Set<String> relative;
    private final Set<String> preceded;
    private final Set<String> prepositions;
    private final Set<String> pronounM;
    private final Set<String> pronounF;
    private final Set<String> pronounD;
    private final Set<String> pronounP;
    private final Set<String> particles;
    private final Set<String> was;

    Subjects(DocIndex ix) {
        this.ix = ix;
        WordClasses w = ix.lex.clauseWords;
        relative = w.of("RELATIVE");
        preceded = w.of("PRECEDED");
        prepositions = w.of("PREPOSITION");
        pronounM = w.of("PRONOUN_M");
        pronounF = w.of("PRONOUN_F");
        pronounD = w.of("PRONOUN_D");
        pronounP = w.of("PRONOUN_P");
        java.util.Set<String> p = new java.util.HashSet<>();
        for (String c : new String[] {"NEG_PAST", "NEG_FUTURE", "NEG", "MAY", "FUTURE"}) p.addAll(w.of(c));
        particles = Set.copyOf(p);
        was = w.of("WAS");
    }

    /**
     * The subject of the predicate, or null.
     *
     * @param from    first token of the clause (after the complementizer or the clause before)
     * @param carried the subject the text carries at this point (the clause before, or the paragraph's topic)
     * @param topic   the paragraph's topic, tried when {@code carried} does not agree
     */
    Subject read(Predicates.Predicate p, int from, Subject carried, Subject topic) {
        PreparedText t = ix.t;
        if (p.agreement().person() == 1) {
            EventDraft.StatementDraft s = ix.statementAt(t.start(p.start()));
            return s == null || s.speaker == null ? null
                    : new Subject(s.speaker, -1, -1, How.QUOTE_SPEAKER, p.agreement());
        }
        int before = p.start() - 1;
        while (before >= from && particles.contains(DocIndex.stripConj(t.norm(before)))) before--;
        if (p.possessed()) return carry(p.agreement(), carried, topic, How.POSSESSOR);
        if (!p.verb()) return null;
        if (before >= 0 && relative.contains(t.norm(before))) {
            Mention head = mentionEndingAt(before - 1);
            if (head == null && before >= 1 && t.isComma(before - 1)) head = mentionEndingAt(before - 2);
            return head == null ? null : subject(head, How.RELATIVE_HEAD);
        }
        Subject s = precededBy(before);
        if (s != null) return s;
        if (before >= from && pronoun(t.norm(before)) != null) {
            return carry(pronoun(t.norm(before)), carried, topic, How.PRONOUN);
        }
        Mention pluperfect = pluperfect(before, from);
        if (pluperfect != null) return subject(pluperfect, How.BEFORE_VERB);
        Mention after = afterVerb(p);
        int s0 = t.sentenceFirstToken(t.sentence(p.start()));
        if (after != null && after.tokStart > p.end()) {
            // "…، كما التقى في وقت لاحق المبعوث X", "بعدما التقى الثلاثاء الرئيس X": past a time, in a sentence
            // whose subject is already told, the actor is the object
            if (carried == null || carried.start() < s0 || !p.agreement().fits(carried.agreement(), false)) {
                carried = sentenceSubject(p, s0);
            }
            if (carried != null && carried.start() >= s0) after = null;
        }
        if (after != null && p.agreement().fits(agreement(after), true)) return subject(after, How.AFTER_VERB);
        for (Mention m : MeetingFinder.leftActors(ix, Math.max(from, p.start() - MeetingFinder.REACH), before + 1)) {
            if (!governed(m) && p.agreement().fits(agreement(m), false)) return subject(m, How.BEFORE_VERB);
            break;
        }
        if (after != null) return null; // a subject of another agreement stands there: no carrying over it
        return carry(p.agreement(), carried, topic, How.DROPPED);
    }

    /** "وكان X قد التقى": the subject stands between كان and قد, and the noun after the verb is its object. */
    private Mention pluperfect(int before, int from) {
        PreparedText t = ix.t;
        int may = before + 1;
        if (may < 1 || !ix.lex.clauseWords.of("MAY").contains(t.norm(may))) return null;
        List<Mention> left = MeetingFinder.leftActors(ix, Math.max(from, may - MeetingFinder.REACH), may);
        if (left.isEmpty()) return null;
        int k = left.get(0).tokStart - 1;
        return k >= 0 && was.contains(DocIndex.stripConj(t.norm(k))) && !governed(left.get(0)) ? left.get(0) : null;
    }

    /** The first actor of the sentence before the predicate that is no preposition's object and agrees, or null. */
    private Subject sentenceSubject(Predicates.Predicate p, int s0) {
        for (Mention m : ix.actorMentions(Math.max(s0, p.start() - MeetingFinder.REACH), p.start())) {
            if (m.kind != Mention.Kind.PLACE && m.isPersonLike() && !governed(m)
                    && p.agreement().fits(agreement(m), false)) {
                return subject(m, How.DROPPED);
            }
        }
        return null;
    }

    /** "سبق لـX أن صرّح": the verb after أن, X its subject. */
    private Subject precededBy(int that) {
        PreparedText t = ix.t;
        if (that < 2 || !Keys.of("أن").equals(t.norm(that))) return null;
        Mention m = mentionEndingAt(that - 1);
        if (m == null || m.tokStart < 1 || !t.norm(m.tokStart).startsWith("ل")
                || !preceded.contains(t.norm(m.tokStart - 1))) {
            return null;
        }
        return subject(m, How.PRECEDED);
    }

    /** The agreement a subject pronoun marks, or null when the word is none. */
    Agreement pronoun(String w) {
        if (pronounM.contains(w)) return Agreement.HE;
        if (pronounF.contains(w)) return Agreement.SHE;
        if (pronounD.contains(w)) return new Agreement(3, null, 'D');
        if (pronounP.contains(w)) return new Agreement(3, 'M', 'P');
        return null;
    }

    private Subject carry(Agreement a, Subject carried, Subject topic, How how) {
        for (Subject c : new Subject[] {carried, topic}) {
            if (c != null && a.fits(c.agreement(), false)) {
                return new Subject(c.actorId(), c.start(), c.end(), c == topic && c != carried && how == How.DROPPED
                        ? How.TOPIC : how, c.agreement());
            }
        }
        return null;
    }

    /** An actor right after the verb (a time, "قد" or a comma may stand between), not a preposition's object. */
    private Mention afterVerb(Predicates.Predicate p) {
        PreparedText t = ix.t;
        int k = p.end();
        while (k < t.size() && k < p.end() + 8 && (ix.inTime(k) || t.isComma(k))) k++;
        Mention m = ix.mention(k);
        if (m == null || m.tokStart != k || m.kind == Mention.Kind.PLACE || m.media || governed(m)) return null;
        if (m.actorId == null && m.kind != Mention.Kind.GROUP_WORD) return null;
        return m;
    }

    /** The mention is a preposition's object ("مع X", "بالرئيس", "لوزير"), so no verb's subject. */
    boolean governed(Mention m) {
        PreparedText t = ix.t;
        if (m.tokStart > 0 && prepositions.contains(t.norm(m.tokStart - 1))) return true;
        String first = t.norm(m.tokStart);
        return m.start > t.start(m.tokStart) && (first.startsWith("ب") || first.startsWith("ل")
                || first.startsWith("وب") || first.startsWith("ول"));
    }

    private Mention mentionEndingAt(int k) {
        Mention m = ix.mention(k);
        return m != null && m.tokEnd == k + 1 && (m.actorId != null || m.kind == Mention.Kind.GROUP_WORD)
                && m.kind != Mention.Kind.PLACE ? m : null;
    }

    Subject subject(Mention m, How how) {
        // a group word ("الزعيمان") is resolved by the event rules, which know the meeting just told
        String id = m.actorId;
        return id == null ? null : new Subject(id, m.tokStart, m.tokEnd, how, agreement(m));
    }

    /**
     * What a mention agrees as: a woman's office (وزيرة، المتحدثة، الرئيسة) is feminine, a man's office
     * masculine, a name alone unknown; countries and bodies named by a feminine noun (الخارجية، الحكومة،
     * وزارة) feminine; group words dual or plural.
     */
    Agreement agreement(Mention m) {
        PreparedText t = ix.t;
        if (m.kind == Mention.Kind.GROUP_WORD || m.kind == Mention.Kind.OFFICIALS) return new Agreement(3, null, 'P');
        ActorTable.ActorDraft d = ix.actors.get(m.actorId);
        if (d != null && d.type == ActorType.GROUP) return new Agreement(3, null, 'P');
        if (m.kind == Mention.Kind.COUNTRY) return new Agreement(3, 'F', 'S');
        String raw = t.tokens.get(m.tokStart).text();
        boolean feminine = raw.endsWith("ة") || raw.endsWith("ية");
        if (m.kind == Mention.Kind.ORGANIZATION) return new Agreement(3, feminine ? 'F' : null, 'S');
        boolean named = m.start > t.start(m.tokStart) + raw.length() - 1; // an office stands before the name
        // a name alone says nothing sure of gender (حمزة، أسامة end in ة too)
        if (m.kind == Mention.Kind.PERSON && !named) return new Agreement(3, null, 'S');
        return feminine ? Agreement.SHE : Agreement.HE;
    }
}
