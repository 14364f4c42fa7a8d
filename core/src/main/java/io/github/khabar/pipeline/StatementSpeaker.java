package io.github.khabar.pipeline;

import io.github.khabar.model.StatementKind;

/**
 * Who speaks: the actor right after a speech verb or its subject before it, an unnamed official speaking
 * for a named body ("مسؤول في الخارجية"), the issuer of a communiqué, a subject the text does not name
 * ("وقال محللون"), and what tells an outlet's report of someone else's words. Stateless.
 */
final class StatementSpeaker {
    private StatementSpeaker() {
    }

    /** After "بيان" (token k on): "صادر عن X" or "لX" (past "صحفي", "رسمي"): X, the body that issued it. */
    static Mention issuer(DocIndex ix, int k, int s1) {
        PreparedText t = ix.t;
        while (k < s1 && StatementWords.NOUN_QUALIFIER.contains(t.norm(k))) k++;
        if (k < s1 && StatementWords.ISSUED.contains(t.norm(k))) {
            k++;
            if (k >= s1 || !t.norm(k).equals(Keys.of("عن"))) return null;
            k++;
        } else {
            Mention m = ix.mention(k);
            String w = t.norm(k);
            boolean lam = w.startsWith("لل") || w.startsWith("ل") && m != null && m.start > t.start(k);
            if (m == null || !lam) return null; // "بيان للرئاسة", "بيان لوزارة الخارجية"
        }
        Mention m = ix.mention(k);
        return m != null && m.tokStart == k && m.actorId != null && m.kind != Mention.Kind.PLACE && !m.platform
                ? m : null;
    }

    /**
     * Is {@code outer} an outlet's report ("ذكرت وكالة الأنباء العمانية أن …") whose clause opens with the
     * subject of the speech cue at {@code cue} ("… أن وزارة الخارجية العمانية رحبت")? Then the subject
     * speaks and the outlet is the via.
     */
    static boolean outletReports(DocIndex ix, EventDraft.StatementDraft outer, int cue, int s0) {
        PreparedText t = ix.t;
        if (outer.kind != StatementKind.REPORTED || outer.via != null) return false;
        int contentTok = t.firstTokenAtOrAfter(outer.contentStart);
        Mention reporter = speakerMention(ix, outer);
        if (reporter == null || !reporter.media && reporter.kind != Mention.Kind.ORGANIZATION) return false;
        boolean outlet = reporter.media;
        Mention subject = leftSubject(ix, cue, s0);
        // an outlet relays anyone; a body ("قال بيان صادر عن الرئاسة إن الرئيس شدد") relays a person, while
        // "أكدت الخارجية الأمريكية أن واشنطن ترفض" is the ministry speaking for its state
        return subject != null && subject.tokStart == contentTok && subject.actorId != null
                && !subject.actorId.equals(outer.speaker) && (outlet || subject.kind == Mention.Kind.PERSON);
    }

    /** "أكدا", "شددوا": a speech verb with a dual or plural subject. */
    static boolean pluralVerb(DocIndex ix, DocIndex.Cue c) {
        String w = DocIndex.stripConj(ix.t.norm(c.start()));
        if (w.endsWith("وا") && ix.lex.reportingCues.contains(w.substring(0, w.length() - 2))) return true;
        return w.length() > 3 && w.endsWith("ا") && ix.lex.reportingCues.contains(w.substring(0, w.length() - 1));
    }

    /** The last group word ("الجانبين", "الطرفان") in [a, b). */
    static Mention lastGroupWord(DocIndex ix, int a, int b) {
        Mention found = null;
        for (int k = Math.max(a, b - MeetingFinder.REACH); k < b; k++) {
            Mention m = ix.mention(k);
            if (m != null && m.kind == Mention.Kind.GROUP_WORD && m.tokStart == k) found = m;
        }
        return found;
    }

    /** The mention of a statement's speaker between its cue and its StatementContent.content (not a platform), or null. */
    static Mention speakerMention(DocIndex ix, EventDraft.StatementDraft d) {
        int contentTok = ix.t.firstTokenAtOrAfter(d.contentStart);
        for (int k = Math.max(0, d.cueToken); k < contentTok && k < ix.t.size(); k++) {
            Mention m = ix.mention(k);
            if (m != null && !m.platform && d.speaker.equals(m.actorId)) return m;
        }
        return null;
    }

    /** Did an outlet make this statement ("وأضافت الوكالة أن …")? */
    static boolean spokenByOutlet(DocIndex ix, EventDraft.StatementDraft d) {
        Mention m = speakerMention(ix, d);
        return m != null && m.media;
    }

    /** The actor right before the cue (past commas and times): "الوزير الصفدي اعتبر أن". */
    static Mention leftSubject(DocIndex ix, int cue, int s0) {
        PreparedText t = ix.t;
        for (int k = cue - 1; k >= s0 && k >= cue - 4; k--) {
            Mention m = ix.mention(k);
            if (m != null && (m.actorId != null || m.kind == Mention.Kind.GROUP_WORD) && m.kind != Mention.Kind.PLACE
                    && !m.media) {
                // an actor inside a prepositional phrase ("بدولة الإمارات", "في روسيا") is not a subject
                String first = t.norm(m.tokStart);
                boolean governed = StatementWords.PREPOSITION.contains(t.norm(m.tokStart - 1))
                        || (m.start > t.start(m.tokStart) && (first.startsWith("ب") || first.startsWith("ل")));
                return governed ? null : m;
            }
            if (!t.isComma(k) && !isTimeToken(ix, k) && !StatementWords.AUXILIARY.contains(DocIndex.stripConj(t.norm(k)))) return null;
        }
        return null;
    }

    /**
     * Token k, right after a speech verb, is a subject the text does not name: an indefinite source noun
     * ("وقالت متحدثة", "وقال مسؤول") or a nominative plural ("وقال محللون", "يتهم السوريون").
     */
    static boolean newSubject(DocIndex ix, int k) {
        PreparedText t = ix.t;
        if (!t.isWord(k) || ix.cueAt[k] != null) return false;
        Mention m = ix.mention(k);
        String w = t.norm(k);
        if (m != null) {
            // "وقال مسؤول"، "وقال متحدث"، "وقال دبلوماسي غربي": an indefinite source no actor answers for is
            // someone new ("وقال الوزير" may be the minister just quoted; "رئيس نادي X حسن …" names him)
            return m.actorId == null && m.tokStart == k && !t.hasArticle(k) && !w.endsWith("ه")
                    && (StatementWords.SOURCE_NOUN.contains(w) || StatementWords.INDEFINITE_SPEAKER.contains(w))
                    && !namedAfter(ix, m.tokEnd);
        }
        if (StatementWords.INDEFINITE_SPEAKER.contains(w)) return true; // "وقال أحد المسؤولين"
        if (ix.lex.functionWords.contains(w) || StatementWords.FRAME_WORD.contains(w)
                || StatementWords.COMPLEMENTIZER.contains(w) || StatementSpeaker.isTimeToken(ix, k)) {
            return false;
        }
        String bare = DocIndex.stripConj(w);
        if (StatementWords.SOURCE_NOUN.contains(w) || StatementWords.SOURCE_NOUN.contains(bare)) return !t.hasArticle(k) && !w.endsWith("ه") || w.endsWith("ون");
        if (w.length() >= 5 && w.endsWith("ون") && !t.isQuote(k)) return true;
        return definiteSubject(ix, k);
    }

    /**
     * "وقالت المعارضة إن"، "وأكدت الهيئة المستقلة أن": a definite noun (and up to two adjectives) right after the
     * verb and right before the content particle is the verb's subject, whether or not it is an actor.
     */
    private static boolean definiteSubject(DocIndex ix, int k) {
        PreparedText t = ix.t;
        if (!t.hasArticle(k) || nameWord(ix, t.norm(k))) return false; // "وأكد المهيدب أن": a known name
        for (int n = k + 1; n < Math.min(t.size(), k + 4); n++) {
            String w = t.norm(n);
            if (StatementWords.COMPLEMENTIZER.contains(w) || t.isPunct(n, ':')) return true;
            if (!t.isWord(n) || !t.hasArticle(n) || ix.mention(n) != null || ix.cueAt[n] != null
                    || StatementWords.FRAME_WORD.contains(w) || isTimeToken(ix, n)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "مسؤول من حركة حماس", "المسؤول بحماس", "مصدر في وزارة الخارجية": an unnamed official speaking for a
     * named organisation, whose id is returned; a later "وقال المسؤول" goes on with the same one.
     */
    static String anonymousSource(DocIndex ix, int j, int s1) {
        PreparedText t = ix.t;
        if (j >= s1 || !StatementWords.SOURCE_NOUN.contains(t.norm(j))) return null;
        for (int k = j + 1; k < Math.min(s1, j + 4); k++) {
            Mention m = organisationAt(ix, k);
            if (m != null && m.actorId != null && !m.media) {
                boolean linked = StatementWords.SOURCE_LINK.contains(t.norm(k - 1)) || m.start > t.start(m.tokStart);
                Mention named = ix.mention(m.tokEnd);
                if (named != null && named.tokStart == m.tokEnd && named.kind == Mention.Kind.PERSON) {
                    return null; // "القيادي في حماس أسامة حمدان": a named source speaks for himself
                }
                if (linked) {
                    ix.lastSourceOrg = m.actorId;
                    return m.actorId;
                }
            }
            if (StatementWords.COMPLEMENTIZER.contains(t.norm(k))) break;
        }
        if (t.hasArticle(j) && ix.lastSourceOrg != null && !StatementWords.SOURCE_NOUN.contains(t.norm(j + 1))) {
            return ix.lastSourceOrg; // "وقال المسؤول إن"
        }
        return null;
    }

    static int skipSourcePhrase(DocIndex ix, int j, int s1) {
        for (int k = j; k < Math.min(s1, j + 5); k++) {
            Mention m = organisationAt(ix, k);
            if (m != null) return m.tokEnd;
        }
        return j + 1;
    }

    /**
     * The person the sentence before s0 opens with as its subject ("أوصى إمام المسجد الشيخ X المسلمين بـ…"),
     * when that sentence reports no words of its own (else the usual carry-over holds): the first person in
     * its first {@link #OPENING} tokens, not inside a prepositional phrase, with no speech cue before it.
     */
    static Mention openingSubject(DocIndex ix, int s0, EventDraft.StatementDraft previous) {
        if (s0 <= 0) return null;
        PreparedText t = ix.t;
        int p0 = ix.sentenceStart(s0 - 1);
        if (previous != null && previous.cueToken >= p0) return null;
        for (int k = p0; k < Math.min(s0, p0 + OPENING); k++) {
            if (ix.cueAt[k] != null && ix.cueAt[k].kind() == DocIndex.CueKind.STATEMENT) return null;
            Mention m = ix.mention(k);
            if (m == null || m.tokStart != k) continue;
            if (m.kind != Mention.Kind.PERSON) {
                if (m.kind != Mention.Kind.PLACE && m.kind != Mention.Kind.TITLE_ONLY && m.actorId != null) return null;
                k = m.tokEnd - 1;
                continue;
            }
            if (m.actorId == null || m.media) return null;
            String first = t.norm(k);
            boolean governed = k > p0 && StatementWords.PREPOSITION.contains(t.norm(k - 1))
                    || (m.start > t.start(k) && (first.startsWith("ب") || first.startsWith("ل")));
            return governed ? null : m;
        }
        return null;
    }

    /** How far into the sentence before a dropped subject looks for the person it opens with. */
    static final int OPENING = 14;

    static Mention firstPerson(DocIndex ix, int a, int b) {
        for (Mention m : ix.actorMentions(Math.max(a, b - MeetingFinder.REACH), b)) {
            if (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.TITLE_ONLY) return m;
        }
        return null;
    }

    static String countryOf(DocIndex ix, EventDraft.StatementDraft d) {
        if (d == null) return null;
        ActorTable.ActorDraft a = ix.actors.get(d.speaker);
        return a == null ? null : a.country;
    }

    static String speakerId(DocIndex ix, Mention m) {
        if (m.kind == Mention.Kind.GROUP_WORD) {
            return GroupResolver.groupFor(ix, m);
        }
        return m.actorId;
    }

    static boolean isTimeToken(DocIndex ix, int k) {
        int c = ix.t.start(k);
        for (var tm : ix.t.times) {
            if (c >= tm.start() && c < tm.end()) return true;
        }
        return false;
    }

    /** The most tokens between an unnamed title and the name that may follow it. */
    private static final int NAME_REACH = 8;

    /** A person is named within a few tokens from {@code k}, before the content ("مسؤول في الوزارة X إن"). */
    private static boolean namedAfter(DocIndex ix, int k) {
        PreparedText t = ix.t;
        for (int n = k; n < Math.min(t.size(), k + NAME_REACH); n++) {
            Mention m = ix.mention(n);
            if (m != null && m.actorId != null && m.kind == Mention.Kind.PERSON) return true;
            if (StatementWords.COMPLEMENTIZER.contains(t.norm(n)) || t.isPunct(n, ':') || t.isQuote(n)) return false;
        }
        return false;
    }

    /** A word of a known actor's name: a name the actor stage did not mark here is still that actor's. */
    private static boolean nameWord(DocIndex ix, String w) {
        if (ix.actors.bySurname.containsKey(w)) return true;
        for (ActorTable.ActorDraft a : ix.actors.actors.values()) {
            if (a.name != null && java.util.Arrays.asList(Keys.of(a.name).split(" ")).contains(w)) return true;
        }
        return false;
    }

    /**
     * The organisation mention starting at token k, also when a longer title covers it ("مسؤول في حركة حماس"
     * is one title mention over the movement's name). The mentions are sorted by token: binary search.
     */
    private static Mention organisationAt(DocIndex ix, int k) {
        Mention at = ix.mention(k);
        if (at != null && at.kind == Mention.Kind.ORGANIZATION) return at;
        java.util.List<Mention> all = ix.actors.mentions;
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).tokStart < k) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < all.size() && all.get(i).tokStart == k; i++) {
            if (all.get(i).kind == Mention.Kind.ORGANIZATION) return all.get(i);
        }
        return null;
    }
}
