package io.github.khabar.pipeline;

import io.github.khabar.kb.PlaceEntry;
import io.github.khabar.kb.PlaceKind;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.Place;
import io.github.khabar.model.Mode;
import io.github.khabar.model.Span;
import io.github.khabar.model.Status;
import io.github.khabar.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who met whom. A meeting cue (التقى، اجتمع، استقبل، بحث مع، محادثات مع، لقاء بين، اتصال هاتفي…) takes its
 * participants from its clause: the subject before it (or the speaker of the statement it is reported
 * in), and the actors after it up to the next cue. Persons outrank organisations and countries; "مع
 * مسؤولين أتراك" lets one named participant meet unnamed others. Mode from the cue or a phone/video word
 * in the sentence; status from {@link EventCues}; place from "في/ب + place" outside the topic phrase.
 */
final class MeetingFinder {
    private static final Set<String> WITH = EventWords.of("MEETING_WITH");
    /** How far after a cue its place may be, when the clause runs on. */
    private static final int PLACE_REACH = 20;
    /** How far any rule looks back or ahead across a sentence, so one very long sentence stays linear. */
    static final int REACH = 40;
    /** How far after مع / بين / جمع a noun cue's parties may start. */
    private static final int INTRODUCED_REACH = 4;
    private static final Set<String> INTRODUCERS = EventWords.of("MEETING_INTRODUCERS");
    private static final Set<String> DELEGATION = EventWords.of("MEETING_DELEGATION");
    private static final Set<String> CLAUSE_BREAKS = EventWords.of("MEETING_CLAUSE_BREAKS");
    private static final Set<String> CONDUCTED = EventWords.of("MEETING_CONDUCTED");
    private static final Set<String> AFTER = EventWords.of("MEETING_AFTER");
    private static final String FROM = Keys.of("من");
    private static final Set<String> ATTENDANCE = EventWords.of("MEETING_ATTENDANCE");
    private static final Set<String> TOPIC_OPENERS = EventWords.of("MEETING_TOPIC_OPENERS");
    private static final Set<String> PLACE_PREPOSITIONS = EventWords.of("MEETING_PLACE_PREPOSITIONS");
    private static final Set<String> PHONE_WORDS = EventWords.of("MEETING_PHONE_WORDS");
    private static final Set<String> VIDEO_WORDS = EventWords.of("MEETING_VIDEO_WORDS");
    private static final Set<String> FACE_TO_FACE_VERBS = EventWords.of("MEETING_FACE_TO_FACE_VERBS");

    List<EventDraft.MeetingDraft> find(DocIndex ix) {
        List<EventDraft.MeetingDraft> out = new ArrayList<>();
        EventDraft.MeetingDraft previous = null;
        DocIndex.Cue previousCue = null;
        DocIndex.Cue lastMeetingCue = null;
        for (DocIndex.Cue cue : ix.cues) {
            if (cue.kind() != DocIndex.CueKind.MEETING) continue;
            boolean modeOnly = lastMeetingCue != null && Clause.modeOnly(cue, lastMeetingCue);
            lastMeetingCue = cue;
            if (modeOnly) continue;
            EventDraft.MeetingDraft m = meeting(ix, cue);
            if (m == null) continue;
            if (previous != null && previousCue != null && sameSentence(ix, previousCue, cue)
                    && previousCue.start() > 0 && AFTER.contains(DocIndex.stripConj(ix.t.norm(previousCue.start() - 1)))) {
                m.anchor = previous; // "عقب لقاء الصفدي وبلينكن، التقى …": then and there
            }
            if (previous != null && previousCue != null && alsoOpens(ix, cue)
                    && ix.t.sentence(cue.start()) - ix.t.sentence(previousCue.start()) <= 2) {
                // "كما التقى X بـ Y": the same occasion as the meeting just told, unless it says otherwise
                if (m.time == null) m.time = previous.time;
                if (m.place == null && m.mode == Mode.IN_PERSON && previous.mode == Mode.IN_PERSON) {
                    m.place = previous.place;
                    m.city = previous.city;
                }
            }
            previous = m;
            previousCue = cue;
            if (m.mode == Mode.PHONE && m.participants.size() > 2 && plural(cue.word())) {
                // "تلقى X اتصالين من Y و Z": one call each
                for (int i = 1; i < m.participants.size(); i++) {
                    EventDraft.MeetingDraft one = m.withoutParticipants();
                    one.participants.add(m.participants.get(0));
                    one.participants.add(m.participants.get(i));
                    out.add(one);
                }
            } else {
                out.add(m);
            }
            ix.lastMeetingParties = List.copyOf(m.participants);
            ix.lastMeetingCue = cue.start();
        }
        return out;
    }

    private static final Set<String> ALSO = EventWords.of("MEETING_ALSO");

    /** The cue's sentence opens with "كما" a few words before it. */
    private static boolean alsoOpens(DocIndex ix, DocIndex.Cue cue) {
        int s0 = ix.sentenceStart(cue.start());
        return cue.start() - s0 <= 4 && ALSO.contains(ix.t.norm(s0)); // "كما تلقى X اتصالا"
    }

    private static final Set<String> DUAL = EventWords.of("MEETING_DUAL");

    private static boolean dualPronoun(DocIndex ix, int a, int b) {
        for (int k = a; k < b; k++) {
            if (DUAL.contains(ix.t.norm(k))) return true;
        }
        return false;
    }

    private static boolean sameSentence(DocIndex ix, DocIndex.Cue a, DocIndex.Cue b) {
        return ix.t.sentence(a.start()) == ix.t.sentence(b.start());
    }

    private static boolean plural(String cueWord) {
        for (String w : cueWord.split(" ")) {
            if (w.endsWith("ين") || w.endsWith("ات")) return true;
        }
        return false;
    }


    private EventDraft.MeetingDraft meeting(DocIndex ix, DocIndex.Cue cue) {
        PreparedText t = ix.t;
        Clause cl = Clause.of(ix, cue);
        Parties parties = parties(ix, cue, cl);
        List<String> participants = parties.participants;
        List<String> left = parties.left;
        boolean officials = parties.officials;
        boolean with = parties.with;
        boolean continuesSentenceBefore = parties.continuesSentenceBefore;
        int persons = countPersons(ix, participants);
        String needs = cue.attr("NEEDS");
        if (needs != null && !with && left.size() < 2 && !hasGroup(ix, participants)) {
            return null;
        }
        boolean enough = (participants.size() >= 2 && persons >= 1) || hasGroup(ix, participants)
                || (participants.size() == 1 && officials && persons == 1);
        if (!enough) {
            // no person among them: "اجتمعت مصر والسودان وإثيوبيا", "قمة بين الاتحاد الأوروبي والصين"
            participants = BodyParties.of(ix, cue, cl);
            if (participants.isEmpty()) return null;
        }

        EventDraft.MeetingDraft d = new EventDraft.MeetingDraft();
        d.participants.addAll(participants);
        d.withOfficials = officials;
        d.cueToken = cue.start();
        d.hosted = "1".equals(cue.attr("HOST"));
        for (int k = cl.leftStart(); k < cl.rightEnd(); k++) {
            if (DELEGATION.contains(DocIndex.stripConj(t.norm(k)))) d.delegation = true;
        }
        d.mode = mode(ix, cue, cl);
        d.time = ix.nearestConcreteTime(cue.end(), cl.rightEnd(), cue.start());
        DocIndex.Cue following = ix.next(cue);
        if (d.time == null && following != null && following.start() == cl.rightEnd() && following.attr("MODE") != null) {
            // "بحث X مع Y، في اتصال هاتفي اليوم": the call's words belong to this meeting
            d.time = ix.nearestConcreteTime(following.end(), Math.min(t.size(), following.end() + 4), following.end());
        }
        if (d.time == null) d.time = ix.nearestConcreteTime(cl.leftStart(), cue.start(), cue.start());
        if (d.time == null) {
            d.time = ix.nearestConcreteTime(Math.max(cl.sentenceStart(), cue.start() - REACH), cue.start(), cue.start());
        }
        if (d.time == null) d.time = ix.nearestTime(cl.leftStart(), cl.rightEnd(), cue.start());
        if (d.time == null && continuesSentenceBefore) {
            // "وجه ماكرون، أمس الأربعاء، دعوة … وخلال اتصال هاتفي أجراه مع …": the same occasion
            int prev = t.sentence(cue.start()) - 1;
            d.time = ix.nearestConcreteTime(t.sentenceFirstToken(prev), t.sentenceEndToken(prev),
                    t.sentenceFirstToken(prev));
        }
        d.status = EventCues.status(ix, cue, cl.statusStart(), cl.rightEnd(), Status.OCCURRED);
        d.statusExplicit = EventCues.explicit(ix, cue, d.status, Status.OCCURRED);
        d.time = EventTimes.orient(t, d.time, d.status, d.statusExplicit, cl, cl.rightEnd());
        d.status = FutureTimes.adjust(ix, d.status, d.time);
        if (cl.denied()) d.status = Status.DENIED;
        if (d.mode != Mode.PHONE && d.mode != Mode.VIDEO) {
            Mention place = placeIn(ix, cue.end(), Math.min(cl.sentenceEnd(), Math.max(cl.rightEnd(), cue.end() + PLACE_REACH)));
            if (place == null) place = whereBefore(ix, cue.start());
            if (place == null) place = placeIn(ix, Math.max(cl.sentenceStart(), cue.start() - REACH), cue.start());
            d.place = ix.place(place);
            d.city = cityOfVenue(ix, place);
        }
        d.topic = topic(ix, cue, cl);
        int a = t.start(Math.min(cl.leftStart(), cue.start()));
        int b = t.end(Math.max(cue.end(), cl.rightEnd()) - 1);
        d.evidence.add(Span.of(t.text, a, b));
        return d;
    }

    /**
     * Who took part in the meeting a cue tells, and what the rules after need to know of how they were found.
     * {@code left}: the subject named before the cue; {@code with}: a "مع" introduced the other side;
     * {@code officials}: unnamed officials ("مع مسؤولين أتراك") stand for the other side; {@code bodies}: an
     * organisation named through its ministers. More kinds of participant (countries, organisations) plug
     * in here, in {@link #parties}.
     */
    static final class Parties {
        List<String> participants;
        List<String> left;
        final Set<String> bodies = new java.util.HashSet<>();
        boolean officials;
        boolean with;
        boolean continuesSentenceBefore;
    }

    /**
     * The participants of the meeting a cue tells: the clause's subject (overt, carried over, a possessor, a
     * quote's speaker, as the clause stage read it), the actors after the cue up to the next cue, and the
     * fallbacks for a noun with no subject before it; persons outrank organisations and countries.
     */
    private static Parties parties(DocIndex ix, DocIndex.Cue cue, Clause cl) {
        PreparedText t = ix.t;
        Parties out = new Parties();
        List<String> left = new ArrayList<>();
        if (!cl.leftBlocked()) {
            for (Mention m : leftActors(ix, cl.leftStart(), cue.start())) {
                addActor(ix, m, left);
            }
        }
        List<String> right = new ArrayList<>();
        Set<String> bodies = out.bodies;
        boolean officials = false;
        boolean with = false;
        int topicStart = -1;
        boolean attendees = false;
        boolean noun = "NOUN".equals(cue.attr("KIND"));
        // for a noun, its participants follow it directly or are introduced by مع / بين / جمع; a noun with
        // a pronoun ("لقائه") or a received call ("تلقى اتصالا من") takes them further on
        boolean introduced = possessive(t.tokens.get(cue.start()).text());
        boolean received = ix.verbOf("RECEIVE", t.norm(cue.start()));
        int introducedAt = -1;
        int lastTaken = -10;
        for (int k = cue.end(); k < cl.rightEnd(); k++) {
            String nk = DocIndex.stripConj(t.norm(k));
            if (k > cue.end() && CLAUSE_BREAKS.contains(t.norm(k))) break; // "…، كما قاد X وفدا": a new clause
            if (ATTENDANCE.contains(nk)) attendees = true; // "الذي حضره …", "بحضور …"
            if (attendees) continue;
            Mention body = ministersOf(ix, k);
            if (body != null && (!noun || introduced || k <= cue.end() + 1)) {
                // "مع وزراء خارجية دول مجلس التعاون": the organisation is the party, through its ministers
                bodies.add(body.actorId);
                if (!right.contains(body.actorId)) right.add(body.actorId);
                lastTaken = body.tokEnd;
                k = body.tokEnd - 1;
                continue;
            }
            if (WITH.contains(t.norm(k)) || INTRODUCERS.contains(nk)
                    || (nk.equals(FROM) && (received || "PHONE".equals(cue.attr("MODE"))))) {
                introduced = true;
                introducedAt = k;
            }
            if (WITH.contains(t.norm(k))) with = true;
            if (topicStart < 0 && k > cue.end() && TOPIC_OPENERS.contains(t.norm(k))) topicStart = k;
            Mention m = ix.mention(k);
            if (m == null || m.tokStart != k) continue;
            if (m.kind == Mention.Kind.OFFICIALS) officials = true;
            if (topicStart >= 0 && m.kind != Mention.Kind.PERSON) continue;
            boolean adjacent = k <= cue.end() + 1 || (m.start > t.start(k) && t.norm(k).startsWith("ب"))
                    || (k > 0 && t.norm(k - 1).startsWith("ب") && t.norm(k - 1).length() > 3); // "بنظيره التونسي X"
            if (noun && !introduced && !adjacent) continue; // "خلال المؤتمر الصحفي … منذ سقوط الأسد"
            if (noun && introducedAt >= 0 && !adjacent && k > introducedAt + INTRODUCED_REACH && k > lastTaken + 2) {
                continue; // "بين البلدين … وجهات نظر X": only the words right after مع/بين are the parties
            }
            lastTaken = m.tokEnd;
            if (m.tokStart > k) continue;
            addActor(ix, m, right);
        }
        List<String> participants = new ArrayList<>(left);
        for (String id : right) if (!participants.contains(id)) participants.add(id);
        if (participants.isEmpty() && cl.impliedSubject() != null) {
            participants.add(cl.impliedSubject());
        } else if (cl.impliedSubject() != null && left.isEmpty() && !participants.contains(cl.impliedSubject())
                && (pronounSubject(ix, cue) || "1".equals(cue.attr("PERSON")))) {
            // "أنه التقى", "لقائه", a first-person "التقيت" in a quote: the speaker
            participants.add(0, cl.impliedSubject());
        }
        if (left.isEmpty() && "NOUN".equals(cue.attr("KIND")) && participants.size() < 2) {
            // "أجرى X، عبر تقنية الاتصال المرئي، مباحثات مع Y": the light verb's subject, a few words back
            // the subject's apposition, a date, a place and how it was held may stand between ("أجرى X، وزير …،
            // اليوم بالرباط، مباحثات"), but not another event's words
            for (int k = cue.start() - 1; k >= Math.max(cl.sentenceStart(), cue.start() - REACH); k--) {
                DocIndex.Cue other = ix.cueAt[k];
                boolean howHeld = other != null && other.kind() == DocIndex.CueKind.MEETING && other.attr("MODE") != null;
                boolean light = ix.verbOf("SUBJECT", t.norm(k));
                // "عقد خلالها مباحثات", "عقد وزراء خارجية دول X اجتماعا": the verb governs this noun
                boolean governs = light && (k + 2 == cue.start() && EventCues.DURING_IT.contains(t.norm(k + 1))
                        || ministersOf(ix, k + 1) != null);
                if (other != null && other != cue && !howHeld && !governs || CLAUSE_BREAKS.contains(t.norm(k))) break;
                if (light) {
                    int j = k + 1;
                    while (j < cue.start() && ix.inTime(j)) j++; // "تلقى أمس X اتصالا"
                    Mention body = ministersOf(ix, j);
                    if (body != null) {
                        // "عقد وزراء خارجية دول مجلس التعاون اجتماعا مع Y"
                        bodies.add(body.actorId);
                        if (!participants.contains(body.actorId)) participants.add(0, body.actorId);
                        break;
                    }
                    Mention m = ix.mention(j);
                    if (m == null || m.actorId == null || !m.isPersonLike()) {
                        // "وكان X قد تلقى أمس مكالمة هاتفية من Y": the subject stands before the verb
                        m = null;
                        for (Mention x : leftActors(ix, Math.max(cl.sentenceStart(), k - REACH), k)) {
                            if (x.actorId != null && x.isPersonLike()) { m = x; break; }
                        }
                    }
                    if (m != null && m.actorId != null && m.isPersonLike() && !participants.contains(m.actorId)) {
                        participants.add(0, m.actorId);
                    } else if (m == null && EventCues.DURING_IT.contains(t.norm(j))) {
                        // "في زيارة رسمية، عقد خلالها مباحثات مع Y": the visitor held them
                        String visitor = VisitFinder.topic(ix, k);
                        if (visitor != null && !participants.contains(visitor)) participants.add(0, visitor);
                    }
                    break;
                }
            }
        }
        if (left.isEmpty() && "NOUN".equals(cue.attr("KIND")) && participants.size() < 2 && cue.start() > 0
                && AFTER.contains(DocIndex.stripConj(t.norm(cue.start() - 1)))) {
            // "إن الرئيس X شدد خلال اتصال هاتفي مع Y على …": the speaker of the verb whose frame holds the call
            DocIndex.Cue verb = ix.previous(cue);
            EventDraft.StatementDraft said = verb == null || verb.kind() != DocIndex.CueKind.STATEMENT
                    || verb.end() < cue.start() - 2 ? null : ix.statementCuedAt(verb.start());
            if (said != null && !participants.contains(said.speaker)) participants.add(0, said.speaker);
        }
        if (participants.size() < 2 && dualPronoun(ix, cue.end(), cl.rightEnd())) {
            // "اتصال هاتفي جرى بينهما": the two just named
            for (Mention m : ix.actorMentions(Math.max(0, Math.max(cl.sentenceStart() - 1, cue.start() - REACH)), cue.start())) {
                if (m.kind == Mention.Kind.PERSON && m.actorId != null && !participants.contains(m.actorId)) {
                    participants.add(m.actorId);
                }
            }
        }
        if (left.isEmpty() && !"NOUN".equals(cue.attr("KIND")) && cl.impliedSubject() == null
                && participants.size() < 2) {
            // "زار X دمشق والتقى كبار المسؤولين", "كما أنه التقى": the subject the clause stage carried over
            String carried = ix.clauses.subjectOf(cue, Subjects.How.DROPPED, Subjects.How.PRONOUN, Subjects.How.TOPIC);
            if (carried != null && !participants.contains(carried) && person(ix, carried)) participants.add(0, carried);
        }
        if (left.isEmpty() && participants.size() < 2 && cl.impliedSubject() == null) {
            // "وأضاف خلال مؤتمر صحفي مشترك مع X أن …": the speaker held it
            EventDraft.StatementDraft framing = ix.statementFraming(t.start(cue.start()));
            if (framing != null && framing.speaker != null && !participants.contains(framing.speaker)) {
                participants.add(0, framing.speaker);
            }
        }
        if (left.isEmpty() && participants.size() < 2 && EventCues.duringVisit(ix, cue)) {
            // "في زيارة رسمية يجري خلالها مباحثات مع X": the visitor holds them
            String subject = VisitFinder.topic(ix, cue.start());
            if (subject != null && !participants.contains(subject)) participants.add(0, subject);
        }
        if (left.isEmpty() && cue.purpose()) {
            // "وصل X إلى موسكو لإجراء مباحثات مع …": the traveller holds the talks; "قال X إنه سيتوجه إلى
            // القاهرة لإجراء محادثات مع …": the one who said so
            String subject = cl.impliedSubject() != null ? cl.impliedSubject() : VisitFinder.topic(ix, cue.start());
            if (subject != null && !participants.contains(subject)) participants.add(0, subject);
        }
        if (left.isEmpty() && participants.size() < 2 && cue.end() < t.size()
                && CONDUCTED.contains(DocIndex.stripConj(t.norm(cue.end())))) {
            // "خلال اتصال هاتفي أجراه مع X": he who made the call is the one the text follows
            String subject = VisitFinder.topic(ix, cue.start());
            if (subject != null && !participants.contains(subject)) {
                participants.add(0, subject);
                out.continuesSentenceBefore = t.sentence(cue.start()) > 0;
            }
        }
        if (left.isEmpty() && possessive(t.tokens.get(cue.start()).text()) && participants.size() < 2) {
            // "خلال لقائه مع X": the possessor, as the clause stage read it (with agreement)
            String owner = ix.clauses.subjectOf(cue, Subjects.How.POSSESSOR);
            if (owner == null || !person(ix, owner)) owner = lastPersonBefore(ix, cue.start(), cl.sentenceStart());
            if (owner != null && !participants.contains(owner)) participants.add(0, owner);
        }
        if ("PRONOUN".equals(cue.attr("OBJ")) && !right.isEmpty()) {
            // "ثم انتقل إلى الدوحة حيث استقبله أمير قطر": the subject follows the verb and hosts; him = the one
            // the text follows, the guest
            String guest = VisitFinder.topic(ix, cue.start());
            participants = new ArrayList<>(right);
            if (guest != null && !participants.contains(guest)) participants.add(guest);
        }
        participants = withoutSelfContainingGroups(ix, participants);
        if (countPersons(ix, participants) == 0 && participants.size() >= 2) {
            participants = representatives(ix, participants, cue.end(), Math.min(cl.sentenceEnd(), cue.end() + REACH));
        }
        participants = preferPersons(ix, participants, bodies);
        out.participants = participants;
        out.left = left;
        out.officials = officials;
        out.with = with;
        return out;
    }

    /** Words a subject may stand across. Not "كما": "…، كما التقى X" carries the main clause's subject over. */
    private static final Set<String> GAP_WORDS = EventWords.of("MEETING_GAP_WORDS");

    /**
     * The subject just before a cue: the nearest actor, and those coordinated with it by و ("الرئيس ماكرون
     * والوزير الصفدي ناقشا"), past a few function words, commas and times — not every actor in the clause.
     */
    static List<Mention> leftActors(DocIndex ix, int from, int cue) {
        PreparedText t = ix.t;
        List<Mention> out = new ArrayList<>();
        int k = cue - 1;
        int gap = 0;
        while (k >= from) {
            Mention m = ix.mention(k);
            if (m != null && (m.actorId != null || m.kind == Mention.Kind.GROUP_WORD) && m.kind != Mention.Kind.PLACE
                    && !m.media && m.tokStart >= from) {
                out.add(0, m);
                boolean coordinated = t.norm(m.tokStart).startsWith("و") && m.start > t.start(m.tokStart);
                k = m.tokStart - 1;
                if (!coordinated && !(k >= from && t.norm(k).equals("و"))) break;
                gap = 0;
                continue;
            }
            if (ix.inTime(k)) {
                k--; // "أجرى X، يوم 12 أوت 2023، اتصالا": a date is no distance
                continue;
            }
            if (t.isComma(k) || GAP_WORDS.contains(t.norm(k)) || ix.t.isQuote(k)) {
                if (++gap > 4) break;
                k--;
                continue;
            }
            break;
        }
        return out;
    }

    /** A noun with a possessive pronoun ("لقائه", "استقبالها"), read on the original spelling (not ة). */
    static boolean possessive(String written) {
        String raw = SpellingProfile.bare(written); // "استضافةِ" is no pronoun either
        String w = Keys.of(raw);
        return raw.endsWith("ه") || raw.endsWith("ها") || raw.endsWith("هم") || raw.endsWith("هما")
                || (w.endsWith("ه") && !raw.endsWith("ة") && !raw.endsWith("ةً"));
    }

    private static boolean pronounSubject(DocIndex ix, DocIndex.Cue cue) {
        PreparedText t = ix.t;
        int k = cue.start() - 1;
        if (k < 0) return false;
        String w = t.norm(k);
        return w.equals(Keys.of("أنه")) || w.equals(Keys.of("إنه")) || w.equals(Keys.of("أنها"))
                || w.equals(Keys.of("إنها")) || w.equals(Keys.of("بأنه")) || possessive(t.tokens.get(cue.start()).text());
    }

    private static boolean person(DocIndex ix, String id) {
        ActorTable.ActorDraft d = ix.actors.get(id);
        return d != null && (d.type == ActorType.PERSON || d.type == ActorType.GROUP);
    }

    private static String lastPersonBefore(DocIndex ix, int cue, int s0) {
        for (int k = cue - 1; k >= Math.max(0, Math.max(s0 - 40, cue - 2 * REACH)); k--) {
            Mention m = ix.mention(k);
            if (m != null && m.actorId != null && m.isPersonLike()) return m.actorId;
        }
        return null;
    }

    private static final Set<String> REPRESENT = EventWords.of("MEETING_REPRESENT");

    /**
     * "تجري الولايات المتحدة وإيران محادثات …، يمثل فيها الجانب الأمريكي المبعوث الخاص X والجانب الإيراني
     * وزير الخارجية Y": countries that hold talks through persons named after a word of representation
     * or leadership; each country gives way to the first such person of its own country, and persons of
     * no known country ("الجانب الفنزويلي رئيس البرلمان X") take the countries left, in turn.
     */
    private static List<String> representatives(DocIndex ix, List<String> parties, int from, int to) {
        int k = from;
        while (k < to && !REPRESENT.contains(DocIndex.stripConj(ix.t.norm(k)))) k++;
        if (k >= to) return parties;
        List<String> out = new ArrayList<>(parties);
        List<String> unplaced = new ArrayList<>();
        boolean any = false;
        for (Mention m : ix.actorMentions(k + 1, to)) {
            if (m.kind != Mention.Kind.PERSON || m.actorId == null) continue;
            ActorTable.ActorDraft p = ix.actors.get(m.actorId);
            if (p == null || out.contains(m.actorId) || unplaced.contains(m.actorId)) continue;
            int slot = -1;
            for (int i = 0; i < out.size() && p.country != null; i++) {
                ActorTable.ActorDraft c = ix.actors.get(out.get(i));
                if (c != null && c.type == ActorType.COUNTRY && p.country.equals(c.country)) {
                    slot = i;
                    break;
                }
            }
            if (slot >= 0) {
                out.set(slot, m.actorId);
                any = true;
            } else if (p.country == null) {
                unplaced.add(m.actorId);
            }
        }
        for (String id : unplaced) {
            for (int i = 0; i < out.size(); i++) {
                ActorTable.ActorDraft c = ix.actors.get(out.get(i));
                if (c != null && c.type == ActorType.COUNTRY) {
                    out.set(i, id);
                    any = true;
                    break;
                }
            }
        }
        return any ? out : parties;
    }

    static void addActor(DocIndex ix, Mention m, List<String> out) {
        if (m.media) return;
        String id = m.actorId;
        if (m.kind == Mention.Kind.GROUP_WORD) {
            id = m.actorId != null ? m.actorId : GroupResolver.groupFor(ix, m);
        }
        if (id != null && !out.contains(id)) out.add(id);
    }

    /**
     * A group that counts another participant among its members was read wrongly ("سيلتقي X الوفدين" taken
     * as X and someone else): no one meets a group they belong to.
     */
    private static List<String> withoutSelfContainingGroups(DocIndex ix, List<String> ids) {
        List<String> out = new ArrayList<>(ids);
        for (String id : ids) {
            ActorTable.ActorDraft d = ix.actors.get(id);
            if (d == null || d.type != ActorType.GROUP) continue;
            for (String member : d.members) {
                if (ids.contains(member)) {
                    out.remove(id);
                    break;
                }
            }
        }
        return out;
    }

    /** With a person or group present, organisations and countries are context, not participants. */
    private static final Set<String> MINISTERS = EventWords.of("MEETING_MINISTERS");
    private static final Set<String> OF_BODY = EventWords.of("MEETING_OF_BODY");

    /**
     * "وزراء خارجية دول مجلس التعاون", "وزراء الخارجية في الاتحاد الأوروبي", "قادة دول الاتحاد الأفريقي":
     * the organisation whose members' ministers or leaders stand at token k, or null.
     */
    static Mention ministersOf(DocIndex ix, int k) {
        PreparedText t = ix.t;
        if (k >= t.size() || !MINISTERS.contains(t.norm(k)) && !MINISTERS.contains(DocIndex.stripConj(t.norm(k)))) {
            return null; // "وزراء" itself starts with و
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 5); j++) {
            Mention m = ix.mention(j);
            if (m != null && m.tokStart == j) {
                return m.kind == Mention.Kind.ORGANIZATION && m.actorId != null && !m.media ? m : null;
            }
            if (!OF_BODY.contains(t.norm(j))) return null;
        }
        return null;
    }

    private static List<String> preferPersons(DocIndex ix, List<String> ids, Set<String> bodies) {
        boolean person = false;
        for (String id : ids) {
            ActorTable.ActorDraft d = ix.actors.get(id);
            if (d != null && (d.type == ActorType.PERSON || d.type == ActorType.GROUP)) person = true;
        }
        if (!person) return ids;
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            ActorTable.ActorDraft d = ix.actors.get(id);
            if (d != null && (d.type == ActorType.PERSON || d.type == ActorType.GROUP) || bodies.contains(id)) out.add(id);
        }
        return out;
    }

    private static int countPersons(DocIndex ix, List<String> ids) {
        int n = 0;
        for (String id : ids) {
            ActorTable.ActorDraft d = ix.actors.get(id);
            if (d != null && d.type == ActorType.PERSON) n++;
        }
        return n;
    }

    private static boolean hasGroup(DocIndex ix, List<String> ids) {
        for (String id : ids) {
            ActorTable.ActorDraft d = ix.actors.get(id);
            if (d != null && d.type == ActorType.GROUP) return true;
        }
        return false;
    }

    private static Mode mode(DocIndex ix, DocIndex.Cue cue, Clause cl) {
        String m = cue.attr("MODE");
        if (m != null) return Mode.valueOf(m);
        PreparedText t = ix.t;
        for (int k = cl.leftStart(); k < Math.min(cl.sentenceEnd(), cl.rightEnd() + REACH); k++) {
            DocIndex.Cue other = ix.cueAt[k];
            if (k >= cl.rightEnd() && other != null && other.start() == k && other.kind() == DocIndex.CueKind.MEETING
                    && other.attr("MODE") == null) {
                break; // the next meeting's words are its own
            }
            if (k >= cl.rightEnd() && other != null && other.kind() != DocIndex.CueKind.MEETING) break;
            String w = DocIndex.stripConj(t.norm(k));
            if (PHONE_WORDS.contains(w)) return Mode.PHONE;
            if (VIDEO_WORDS.contains(w)) return Mode.VIDEO;
        }
        String w = DocIndex.stripConj(t.norm(cue.start()));
        if (cue.future() && w.startsWith("س")) w = w.substring(1);
        if (FACE_TO_FACE_VERBS.contains(w) || FACE_TO_FACE_VERBS.contains(cue.word())) return Mode.IN_PERSON;
        String lemma = cue.attr("LEMMA"); // "التقيت" in a quote is a form of التقى
        if (lemma != null && FACE_TO_FACE_VERBS.contains(Keys.of(lemma)) && "1".equals(cue.attr("PERSON"))) {
            return Mode.IN_PERSON;
        }
        return Mode.UNKNOWN;
    }

    /** A place after في / ب / العاصمة, not inside a topic phrase ("الوضع في سوريا"). */
    static Mention placeIn(DocIndex ix, int a, int b) {
        PreparedText t = ix.t;
        for (int k = Math.max(0, a); k < Math.min(b, t.size()); k++) {
            Mention m = ix.mention(k);
            if (m == null || m.tokStart != k || (m.kind != Mention.Kind.PLACE && m.kind != Mention.Kind.COUNTRY)) continue;
            String w = t.norm(k);
            boolean prep = PLACE_PREPOSITIONS.contains(t.norm(k - 1)) || w.startsWith("ب") && m.start > t.start(k)
                    || m.kind == Mention.Kind.PLACE && (CAPITAL_WORD.equals(DocIndex.stripConj(w))
                    || w.startsWith(Keys.of("بالعاصمة")) || w.startsWith(Keys.of("العاصمة")));
            boolean topic = false;
            for (int j = Math.max(a, k - 3); j < k; j++) {
                if (TOPIC_OPENERS.contains(DocIndex.stripConj(t.norm(j)))) topic = true;
            }
            if (prep && !topic) return m;
        }
        return null;
    }

    private static final String CAPITAL_WORD = Keys.of("العاصمة");

    private static final Set<String> WHERE = EventWords.of("MEETING_WHERE");

    /** "انتقل إلى الدوحة حيث استقبله …", "وصل إلى عمان، حيث التقى …": the place just before حيث. */
    private static Mention whereBefore(DocIndex ix, int cue) {
        int k = cue - 1;
        if (k < 1 || !WHERE.contains(ix.t.norm(k))) return null;
        k--;
        if (ix.t.isComma(k)) k--;
        Mention m = ix.mention(k);
        return m != null && (m.kind == Mention.Kind.PLACE || m.kind == Mention.Kind.COUNTRY) ? m : null;
    }

    /** "في قصر الوطن بأبوظبي": the city named right after a venue, or null. */
    private static Place cityOfVenue(DocIndex ix, Mention venue) {
        if (venue == null || !(venue.ref instanceof PlaceEntry p) || p.kind() != PlaceKind.VENUE) return null;
        int k = venue.tokEnd;
        if (k < ix.t.size() && PLACE_PREPOSITIONS.contains(ix.t.norm(k))) k++;
        Mention city = ix.mention(k);
        if (city == null || city.tokStart != k || city.kind != Mention.Kind.PLACE) city = datelinePlace(ix);
        if (city == null) return null;
        Place c = ix.place(city);
        // "استقبل … في قصر بيان" under a "الكويت - (كونا)" dateline: the palace is in the dateline's city
        return c != null && java.util.Objects.equals(c.country(), p.country()) ? c : null;
    }

    /** The place a dateline opens with ("القاهرة في 3 يونيو (أ ش أ)", "الكويت - 22 - 10 (كونا)"), or null. */
    static Mention datelinePlace(DocIndex ix) {
        PreparedText t = ix.t;
        for (int s = 0; s < Math.min(3, t.sentences.size()); s++) {
            int k = t.sentenceFirstToken(s);
            if (k >= t.size()) break;
            Mention m = ix.mention(k);
            if (m == null || m.tokStart != k || m.start != t.start(k)
                    || (m.kind != Mention.Kind.PLACE && m.kind != Mention.Kind.COUNTRY)) {
                continue;
            }
            if (Dateline.closes(t, m.tokEnd)) return m;
        }
        return null;
    }

    private static String topic(DocIndex ix, DocIndex.Cue cue, Clause cl) {
        PreparedText t = ix.t;
        for (int k = cue.end(); k < cl.rightEnd(); k++) {
            String w = DocIndex.stripConj(t.norm(k));
            if (w.equals(Keys.of("حول")) || w.equals(Keys.of("بشأن")) || w.equals(Keys.of("لبحث"))
                    || w.equals(Keys.of("لمناقشة")) || w.equals(Keys.of("تناول")) || w.equals(Keys.of("ناقشا"))) {
                int a = k + 1;
                int b = a;
                while (b < cl.rightEnd() && b < a + 10 && t.isWord(b)) b++;
                if (b > a) return t.surface(a, b);
            }
        }
        return null;
    }

    static final class FutureTimes {
        private static final Set<String> FUTURE_WORDS = EventWords.of("MEETING_FUTURE_WORDS");

        private FutureTimes() {}

        /** A past-or-present status with a time after the publication date is a plan. */
        static Status adjust(DocIndex ix, Status s, TimeExpression time) {
            if (time == null) return s;
            if (s != Status.OCCURRED && s != Status.ONGOING) return s;
            if (time.text() != null) {
                String[] words = Keys.of(time.text()).split(" ");
                boolean today = java.util.Arrays.asList(words).contains(Keys.of("اليوم"));
                for (String w : words) {
                    // "الأسبوع المقبل", "غدا" — but "اليوم وغدا" is under way
                    if (FUTURE_WORDS.contains(w) && !today) return Status.PLANNED;
                }
            }
            if (ix.t.published == null) return s;
            String v = time.value();
            if (v.equals("FUTURE_REF")) return Status.PLANNED;
            if (v.length() >= 10 && Character.isDigit(v.charAt(0))) {
                try {
                    java.time.LocalDate d = java.time.LocalDate.parse(v.substring(0, 10));
                    if (d.isAfter(ix.t.published)) return Status.PLANNED;
                    if (v.length() == 21 && v.charAt(10) == '/'
                            && java.time.LocalDate.parse(v.substring(11)).isAfter(ix.t.published)) {
                        return Status.ONGOING; // "اليوم وغدًا": begun, not over
                    }
                } catch (RuntimeException ignored) {
                    // not a plain date: leave the status alone
                }
            }
            return s;
        }
    }
}
