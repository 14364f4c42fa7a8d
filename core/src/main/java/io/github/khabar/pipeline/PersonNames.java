package io.github.khabar.pipeline;

import io.github.khabar.kb.PersonEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Person mentions: knowledge-base persons, unknown persons from given names, foreign-name morphology
 * or a speech frame, and later references by surname.
 * One part of {@link MentionScan}; per document, not shared between threads.
 */
final class PersonNames {
    static final Set<String> SPEECH_AFTER = Keys.set("إن", "أن", "بأن", "إنه", "أنه");
    static final Set<String> PERSON_BEFORE = Keys.set("مع", "بين", "السيد", "السيدة", "عن", "التقى", "استقبل",
            "برئاسة", "يقوده", "بقيادة", "نظيره", "ضم", "حضر", "بحضور", "وحضر");

    private final MentionScan scan;
    private final PreparedText t;
    private final Lexicon lex;

    PersonNames(MentionScan s) {
        this.scan = s;
        this.t = s.t;
        this.lex = s.lex;
    }

    // ---- persons ---------------------------------------------------------------------------------

    int kbPerson(int i, Gazetteer.Match m) {
        Mention p = personFromKb(i, m, i);
        return scan.offices.apposition(p, p.tokEnd);
    }

    Mention personFromKb(int nameStart, Gazetteer.Match m, int mentionStart) {
        PersonEntry pe = m.first(Gazetteer.Kind.PERSON).person();
        int end = m.end();
        // the text may give more of the name than the knowledge base phrase ("محمد بن سلمان بن عبدالعزيز")
        int ext = scan.words.nameExtent(end, false);
        if (ext > end && continuesName(end)) {
            end = ext;
        }
        Mention p = person(mentionStart, nameStart, end, pe, m);
        return p;
    }

    boolean continuesName(int k) {
        return k < t.size() && NameWords.CHAIN_WORDS.contains(t.norm(k));
    }

    Mention person(int mentionStart, int nameStart, int nameEnd, PersonEntry pe, Gazetteer.Match m) {
        return person(mentionStart, nameStart, nameEnd, pe, m != null ? m.cliticChars() : 0);
    }

    Mention person(int mentionStart, int nameStart, int nameEnd, PersonEntry pe, int clitic) {
        int s = t.start(nameStart) + scan.cliticOffset(nameStart, clitic);
        int e = t.end(nameEnd - 1);
        // a hashtag's underscores join its words ("عبدالله_الثاني"): the name reads them as spaces
        String name = t.text.substring(s, e).replace('_', ' ');
        Mention p = new Mention(Mention.Kind.PERSON, mentionStart, nameEnd, s, e, name, Keys.of(name), pe,
                pe != null ? pe.country() : null);
        for (int k = nameStart; k < nameEnd; k++) {
            if (NameWords.CHAIN_WORDS.contains(t.norm(k))) {
                p.chainName = true;
            }
        }
        if (pe == null) foreignKeys(p, nameStart, nameEnd);
        scan.out.add(p);
        return p;
    }

    /**
     * A name of two or more plain words whose first is no listed given name ("كانغ كيونغ-وا", "بيورن أريلد
     * غرام") is foreign: any of its words may name the person later ("وقالت كانغ", East Asian family names
     * come first), so each word of three or more letters is a key.
     */
    void foreignKeys(Mention p, int nameStart, int nameEnd) {
        if (p.chainName || nameEnd - nameStart < 2 || lex.givenNames.contains(t.norm(nameStart))
                || t.norm(nameStart).startsWith("و")) {
            return;
        }
        List<String> keys = new ArrayList<>();
        for (int k = nameStart; k < nameEnd; k++) {
            if (!t.isArabicWord(k)) continue;
            if (scan.hasArticle(k)) return;
            String w = t.norm(k);
            if (NameWords.prepositionalDefinite(w)) return; // "جورجيفا بالإصلاحات": no name of its own
            if (w.length() >= 3) keys.add(w);
        }
        p.foreignKeys = List.copyOf(keys);
    }

    /**
     * "، وسالم الهاجري، وفهد العتيبي": right after a person (a comma between or none), "و" + a given name
     * and at least one more name word is the next person of a list.
     */
    int coordinated(int i) {
        String w = t.norm(i);
        if (!t.isArabicWord(i) || w.length() < 4 || w.charAt(0) != 'و' || w.startsWith("وال")
                || !(lex.givenNames.contains(w.substring(1)) || lex.nameTokens.contains(w.substring(1)))) {
            return i;
        }
        Mention prev = scan.out.isEmpty() ? null : scan.out.get(scan.out.size() - 1);
        int gap = i > 0 && t.isComma(i - 1) ? i - 1 : i;
        if (prev == null || prev.kind != Mention.Kind.PERSON || prev.tokEnd != gap) return i;
        scan.coordinatedName = i;
        int end = scan.words.nameExtent(i, false);
        scan.coordinatedName = -1;
        if (end - i < 2) return i;
        Mention p = person(i, i, end, null, 1);
        return scan.offices.apposition(p, end);
    }

    boolean startsName(int k) {
        Gazetteer.Match m = scan.gaz(k);
        if (m != null && m.has(Gazetteer.Kind.PERSON)) {
            return true;
        }
        return scan.words.nameExtent(k, false) > k && scan.words.isGivenName(k);
    }

    int unknownPerson(int i) {
        if (!scan.words.isGivenName(i) && !scan.words.isForeignSurname(t.norm(i)) && !framedName(i)) {
            return i;
        }
        int end = scan.words.nameExtent(i, false);
        if (end <= i) {
            return i;
        }
        // a lone given name is too weak ("محمد" may be a prophet, a street, a mosque) unless foreign-looking
        if (end - i < 2 && !scan.words.isForeignSurname(t.norm(i))) {
            return i;
        }
        // "مبادئ حسن الجوار": a given name and a noun; without a title, ask for a person's context
        if (!personContext(i, end)) {
            return i;
        }
        if (i > 0 && t.anyVariant(t.norm(i - 1), Offices.NAMED_AFTER::contains)) {
            return end; // "منتدى عبد الحميد شومان", "شارع حسن البنا": an institution's or a street's name
        }
        Mention p = person(i, i, end, null, null);
        return scan.offices.apposition(p, end);
    }

    /**
     * "استقبل سليم بن عمر، وزير الخارجية، …": two or more plain name words no list knows, right after a
     * speech, meeting or travel word and followed by a comma and an office, are a person's name.
     */
    boolean framedName(int i) {
        if (i == 0 || !t.isArabicWord(i) || scan.hasArticle(i) || !scan.words.nameLike(i, false)) return false;
        String before = DocIndex.stripConj(t.norm(i - 1));
        if (!(lex.reportingCues.contains(before) || lex.meetingCues.contains(before)
                || lex.visitCues.contains(before))) {
            return false;
        }
        int end = scan.words.nameExtent(i, false);
        if (end - i < 2 || end >= t.size() || !t.isComma(end)) return false;
        Gazetteer.Match m = scan.gaz(end + 1);
        return m != null && m.has(Gazetteer.Kind.TITLE);
    }

    /**
     * Is a name found without title or knowledge-base entry used as a person's? Yes after a speech,
     * meeting or travel word or "مع/بين/السيد", before a title or a speech verb, or when it has no
     * article word (two or more plain names: "باولو جينتيلوني", "خالد محفوظ بحاح").
     */
    boolean personContext(int start, int end) {
        boolean allPlain = true;
        for (int k = start + 1; k < end; k++) {
            if (scan.hasArticle(k)) allPlain = false;
        }
        if (allPlain) return true;
        String before = start > 0 ? DocIndex.stripConj(t.norm(start - 1)) : "";
        if (PERSON_BEFORE.contains(before) || lex.reportingCues.contains(before)
                || lex.meetingCues.contains(before) || lex.visitCues.contains(before)) {
            return true;
        }
        int after = t.isComma(end) ? end + 1 : end;
        Gazetteer.Match m = scan.gaz(after);
        if (m != null && m.has(Gazetteer.Kind.TITLE)) return true;
        String next = DocIndex.stripConj(t.norm(end));
        return lex.reportingCues.contains(next) || lex.meetingCues.contains(next) || t.isComma(end)
                || SPEECH_AFTER.contains(t.norm(end)) || t.isPunct(end, ':');
    }

    /** The word before i is definite ("الرئيس", "بالجيش"), so a nisba at i agrees with it as an adjective. */
    boolean followsDefinite(int i) {
        if (i == 0 || !t.isArabicWord(i - 1)) return false;
        for (Clitic c : t.variants(t.norm(i - 1))) {
            if (c.stem().startsWith("ال")) return true;
        }
        return scan.gaz(i - 1) != null && scan.gaz(i - 1).has(Gazetteer.Kind.TITLE);
    }

    int surname(int i) {
        if (scan.surnames.isEmpty()) {
            return i;
        }
        for (Clitic c : t.variants(t.norm(i))) {
            if (scan.surnames.contains(c.stem())) {
                int s = t.start(i) + scan.cliticOffset(i, c.prefixChars());
                int e = t.end(i);
                String name = t.text.substring(s, e);
                Mention p = new Mention(Mention.Kind.PERSON, i, i + 1, s, e, name, c.stem(), null, null);
                p.surnameOnly = true;
                scan.out.add(p);
                return i + 1;
            }
        }
        return i;
    }
}
