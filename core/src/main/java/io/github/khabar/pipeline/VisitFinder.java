package io.github.khabar.pipeline;

import io.github.khabar.model.ActorType;
import io.github.khabar.model.Span;
import io.github.khabar.model.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who travels where. A travel cue (زيارة، زار، يزور، وصل، يتوجه، يتواجد في…) takes its visitor from the
 * actor the noun governs ("زيارة وزير الخارجية الروسي"), the verb's subject, "برئاسة X" for a delegation,
 * "قام بها X", or the possessor of "زيارته"; its destination from the first place after it (إلى / ل / the
 * object), or for "لزيارتها" the place just named. An invitation ("دعوة … ل[ـفلان] لزيارة", "دعا … إلى
 * زيارة") makes it INVITED with the inviter as {@code invitedBy}; "تلبية لدعوة X" names the inviter of a
 * visit that happens.
 */
final class VisitFinder {
    private static final Set<String> INVITATION = EventWords.of("VISIT_INVITATION");
    private static final Set<String> LEADER = EventWords.of("VISIT_LEADER");
    private static final Set<String> PERFORMED = EventWords.of("VISIT_PERFORMED");
    private static final Set<String> TO = EventWords.of("VISIT_TO");
    private static final Set<String> CONTRAST = EventWords.of("VISIT_CONTRAST");
    private static final Set<String> RELATIVE = EventWords.of("VISIT_RELATIVE");

    List<EventDraft.VisitDraft> find(DocIndex ix) {
        List<EventDraft.VisitDraft> out = new ArrayList<>();
        for (DocIndex.Cue cue : ix.cues) {
            if (cue.kind() != DocIndex.CueKind.VISIT) continue;
            EventDraft.VisitDraft v = visit(ix, cue);
            if (v == null) continue;
            out.add(v);
            // "يزور كلا من السعودية وقطر والإمارات": one visit per coordinated destination
            int k = v.destinationEnd;
            while (k < ix.t.size()) {
                if (ix.t.isComma(k)) k++;
                Mention m = ix.mention(k);
                if (m == null || m.tokStart != k || (m.kind != Mention.Kind.PLACE && m.kind != Mention.Kind.COUNTRY)
                        || !(ix.t.norm(k).startsWith("و") && m.start > ix.t.start(k) || ix.t.isComma(k - 1))) {
                    break;
                }
                EventDraft.VisitDraft more = v.to(ix.place(m), m.tokEnd);
                out.add(more);
                k = m.tokEnd;
            }
        }
        return out;
    }

    private static final Set<String> GOVERNING = EventWords.of("VISIT_GOVERNING");

    /** The mention is the object of a preposition ("مع X", "بالرئيس X"), so no verb's subject. */
    private static boolean governed(DocIndex ix, Mention m) {
        PreparedText t = ix.t;
        if (m.tokStart > 0 && GOVERNING.contains(t.norm(m.tokStart - 1))) return true;
        String first = t.norm(m.tokStart);
        return m.start > t.start(m.tokStart) && (first.startsWith("ب") || first.startsWith("ل"));
    }

    private EventDraft.VisitDraft visit(DocIndex ix, DocIndex.Cue cue) {
        PreparedText t = ix.t;
        Clause cl = Clause.of(ix, cue);
        boolean noun = "NOUN".equals(cue.attr("KIND"));
        boolean present = "1".equals(cue.attr("PRESENT"));
        if (cue.attr("NEEDS") != null) {
            // "حل بالجزائر": only with the place right after it (and never "لحل الأزمة")
            if (cue.purpose() || !placeWithBa(ix, cue.end())) return null;
        }
        String cueWord = t.norm(cue.start());
        String cueRaw = t.tokens.get(cue.start()).text();
        if (!noun && cue.end() + 1 < t.size() && TO.contains(t.norm(cue.end()))
                && Character.isDigit(t.tokens.get(cue.end() + 1).text().charAt(0))) {
            return null; // "درجات حرارة تصل إلى 50 درجة", "وصل عدد القتلى إلى 30": a quantity reached, no travel
        }

        // invitation before the cue, in the clause
        int invitation = -1;
        for (int k = cue.start() - 1; k >= Math.max(cl.sentenceStart(), cue.start() - 14); k--) {
            if (INVITATION.contains(t.norm(k)) || INVITATION.contains(DocIndex.stripConj(t.norm(k)))) {
                invitation = k;
                break;
            }
            if (k < cl.leftStart() && ix.cueAt[k] != null) break;
        }
        boolean answered = invitation >= 0 && (t.norm(invitation).startsWith(Keys.of("لدعوة"))
                || (invitation > 0 && t.norm(invitation - 1).equals(Keys.of("تلبية")))
                || t.norm(invitation).equals(Keys.of("بدعوة")));

        String visitor = null;
        String inviter = null;
        int afterVisitor = cue.end();
        if (invitation >= 0 && !answered) {
            // "دعوة ماكرون للصفدي لزيارة فرنسا", "وجهت دعوة لوزير الخارجية السوري … لزيارة موسكو"
            List<Mention> between = ix.actorMentions(invitation + 1, cue.start());
            Mention invitee = null;
            for (Mention m : between) {
                if (m.isPersonLike() || m.kind == Mention.Kind.GROUP_WORD || m.kind == Mention.Kind.ORGANIZATION) invitee = m;
            }
            if (invitee != null) {
                visitor = invitee.actorId;
                for (Mention m : between) {
                    if (m != invitee && m.tokStart < invitee.tokStart && m.actorId != null) {
                        inviter = m.actorId;
                        break;
                    }
                }
            }
            if (inviter == null) {
                Mention subject = null;
                for (Mention m : ix.actorMentions(Math.max(cl.sentenceStart(), invitation - MeetingFinder.REACH), invitation)) {
                    if (subject == null && m.actorId != null && m.kind != Mention.Kind.GROUP_WORD) subject = m;
                }
                if (subject != null) inviter = subject.actorId;
                else if (cl.impliedSubject() != null) inviter = cl.impliedSubject();
            }
            if (visitor == null && invitesPronoun(ix, invitation)) {
                // "يجتمع مع مشعل ويدعوه لزيارة موسكو": him = the person just named, not the inviter
                for (int k = invitation - 1; k >= Math.max(cl.sentenceStart(), invitation - MeetingFinder.REACH); k--) {
                    Mention m = ix.mention(k);
                    if (m != null && m.actorId != null && m.isPersonLike() && !m.actorId.equals(inviter)) {
                        visitor = m.actorId;
                        break;
                    }
                }
            }
        }
        if (visitor == null) {
            Mention genitive = ix.mention(cue.end());
            if (noun && genitive != null && genitive.tokStart == cue.end() && genitive.actorId != null
                    && genitive.isPersonLike()) {
                visitor = genitive.actorId;
                afterVisitor = genitive.tokEnd;
            }
        }
        if (visitor == null && noun) {
            // "ألغيت زيارة كانت مقررة لرئيس الوزراء X إلى Y", "زيارة مرتقبة للوزير X إلى Y": a scheduled
            // visit names its visitor with ل; with nothing between, only when the destination follows (إلى)
            int k = cue.end();
            boolean scheduled = false;
            while (k < Math.min(cl.sentenceEnd(), cue.end() + 4) && SCHEDULED.contains(DocIndex.stripConj(t.norm(k)))) {
                k++;
                scheduled = true;
            }
            Mention m = ix.mention(k);
            if (m != null && m.tokStart == k && m.actorId != null && m.isPersonLike() && m.start > t.start(k)
                    && t.norm(k).startsWith("ل")
                    && (scheduled || m.tokEnd < t.size() && TO.contains(t.norm(m.tokEnd)))) {
                visitor = m.actorId;
                afterVisitor = m.tokEnd;
            }
        }
        if (visitor == null) {
            // "التي قام بها الرئيس السوري …"
            for (int k = cue.end(); k < Math.min(cl.sentenceEnd(), cue.end() + 4); k++) {
                if (PERFORMED.contains(t.norm(k)) || PERFORMED.contains(DocIndex.stripConj(t.norm(k)))) {
                    int j = k + 1;
                    if (j < t.size() && t.norm(j).equals(Keys.of("بها"))) j++;
                    Mention m = ix.mention(j);
                    if (m != null && m.actorId != null && m.isPersonLike()) {
                        visitor = m.actorId;
                        afterVisitor = m.tokEnd;
                    } else {
                        // "آخر زيارة قام بها لموسكو": he is the one the text is about
                        visitor = topic(ix, cue.start());
                        afterVisitor = j;
                    }
                    break;
                }
            }
        }
        if (visitor == null) {
            for (int k = cue.start(); k < Math.min(cl.sentenceEnd(), cue.end() + MeetingFinder.REACH); k++) {
                if (LEADER.contains(DocIndex.stripConj(t.norm(k)))) {
                    Mention m = ix.mention(k + 1);
                    if (m != null && m.actorId != null && m.isPersonLike()) {
                        visitor = m.actorId;
                    }
                    break;
                }
            }
        }
        Subjects.Subject read = ix.clauses.of(cue) == null ? null : ix.clauses.of(cue).subject();
        if (read != null && !personLike(ix, read.actorId())) read = null;
        if (visitor == null && !noun && read != null && read.overt()) {
            // the verb's subject as the clause stage read it: after the verb, before it ("X يصل إلى"), the head
            // of a relative clause
            visitor = read.actorId();
            if (read.how() == Subjects.How.AFTER_VERB) afterVisitor = read.end();
        }
        if (visitor == null && !noun) {
            // the verb's subject further on: "يصل إلى القاهرة غدا الرئيس X"
            for (Mention m : ix.actorMentions(cue.end(), cl.rightEnd())) {
                if (m.isPersonLike() || m.kind == Mention.Kind.GROUP_WORD) {
                    visitor = MeetingFinderSupport.id(ix, m);
                    afterVisitor = m.tokEnd;
                    break;
                }
            }
            if (visitor == null) {
                Mention subject = null;
                for (Mention m : ix.actorMentions(cl.leftStart(), cue.start())) {
                    if (m.isPersonLike() || m.kind == Mention.Kind.GROUP_WORD) subject = m;
                }
                if (subject != null) visitor = MeetingFinderSupport.id(ix, subject);
            }
            if (visitor == null && cl.impliedSubject() == null && read != null) {
                // "ثم يزور ماليزيا", "كما أنه سيتوجه إلى …": the subject the clause stage carried over
                visitor = read.actorId();
            }
            if (visitor == null && !pronounBefore(ix, cue.start()) && cl.impliedSubject() == null) {
                visitor = topic(ix, cue.start());
            }
        }
        if (visitor == null && noun && (cueWord.startsWith("ب") || lightVerbBefore(ix, cue.start(), cl)
                || cue.start() > 0 && t.norm(cue.start() - 1).equals(Keys.of("في")))) {
            // "قام X بزيارة إلى Y": the subject of the light verb before the noun; "Y، الذي يقوم بزيارة":
            // the one the relative clause describes
            int end = cue.start();
            if (end - 1 >= cl.leftStart() && (PERFORMED.contains(DocIndex.stripConj(t.norm(end - 1)))
                    || LIGHT.contains(DocIndex.stripConj(t.norm(end - 1))))) {
                end--;
                if (end - 1 >= cl.leftStart() && RELATIVE.contains(t.norm(end - 1))) end--;
            }
            List<Mention> left = MeetingFinder.leftActors(ix, cl.leftStart(), end);
            for (Mention m : left) {
                if (m.isPersonLike() && m.actorId != null) { visitor = m.actorId; break; }
            }
            if (visitor == null && !cueWord.startsWith("ب")) {
                // "يغادر جلالة الملك أرض الوطن غدا في زيارة عمل إلى …": the clause's own subject, further back
                for (Mention m : ix.actorMentions(cl.leftStart(), cue.start())) {
                    if (m.isPersonLike() && m.actorId != null && !m.counterpart && !governed(ix, m)) {
                        visitor = m.actorId;
                        break;
                    }
                }
            }
        }
        if (visitor == null && noun && MeetingFinderSupport.possessive(cueRaw) && read != null
                && read.how() == Subjects.How.POSSESSOR) {
            // "على هامش زيارته لـ…، التقى X", "لدى وصوله إلى …": the possessor, as the clause stage read it
            visitor = read.actorId();
        }
        if (visitor == null && noun && MeetingFinderSupport.possessive(cueRaw)) {
            // "خلال زيارته": his = the one the clause is about — its own subject ("بينما ألغى X زيارته"), the
            // speaker reporting it, else the sentence's subject
            Mention own = null;
            for (Mention m : ix.actorMentions(cl.leftStart(), cue.start())) {
                if (m.isPersonLike() && m.actorId != null && !m.counterpart && !governed(ix, m)) {
                    own = m; // a subject, not "مع نظيره" or "بالرئيس"
                    break;
                }
            }
            if (own != null) {
                visitor = own.actorId;
            } else if (cl.impliedSubject() != null) {
                visitor = cl.impliedSubject();
            } else {
                for (Mention m : ix.actorMentions(Math.max(cl.sentenceStart(), cue.start() - MeetingFinder.REACH), cue.start())) {
                    if (m.isPersonLike()) { visitor = m.actorId; break; }
                }
            }
        }
        if (visitor == null && cl.impliedSubject() != null && !noun && pronounBefore(ix, cue.start())) {
            visitor = cl.impliedSubject();
        }
        boolean tour = "1".equals(cue.attr("TOUR"));
        if (visitor == null && tour) {
            // "بعد جولة شملت …": the tour is the one the sentence is about
            visitor = topic(ix, cue.start());
        }
        if (visitor == null) return null;
        ActorTable.ActorDraft vd = ix.actors.get(visitor);
        if (vd == null || vd.type == ActorType.COUNTRY) return null;

        // destination
        Mention dest = null;
        if (noun && MeetingFinderSupport.possessive(cueRaw) && cueWord.startsWith("ل") && invitation >= 0) {
            dest = lastPlaceBefore(ix, cue.start(), cl.sentenceStart());
        }
        if (tour) {
            dest = tourStop(ix, cue.end(), cl.sentenceEnd());
            if (dest == null) return null;
        }
        if (dest == null) {
            int from = noun ? afterVisitor : cue.end();
            int site = noun ? siteObject(ix, from, cl.sentenceEnd()) : -1;
            for (int k = from; k < Math.min(cl.sentenceEnd(), from + MeetingFinder.REACH); k++) {
                Mention m = ix.mention(k);
                if (m != null && m.tokStart == k && (m.kind == Mention.Kind.PLACE || m.kind == Mention.Kind.COUNTRY)) {
                    boolean siteIn = site >= 0 && k > site && k <= site + 8
                            && (t.norm(k).startsWith("ب") && m.start > t.start(k) || t.norm(k - 1).equals(Keys.of("في"))
                            || k - 1 > site && t.norm(k - 1).startsWith("ب")); // "بمحافظة خميس مشيط"
                    if (noun && k > from + 1 && !siteIn && !TO.contains(t.norm(k - 1)) && !startsWithTo(t.norm(k))
                            && !Keys.of("العاصمة").equals(DocIndex.stripConj(t.norm(k)))
                            && !(k > 0 && Keys.of("العاصمة").equals(t.norm(k - 1)))) {
                        continue;
                    }
                    if ((present || cue.attr("NEEDS") != null)
                            && !(t.norm(k - 1).equals(Keys.of("في")) || t.norm(k).startsWith("ب"))) continue;
                    // "يتوجه بعد الجزائر إلى تونس", "توجه من الرياض إلى …": the stop left behind is no destination
                    if (!noun && k > from && PASSED.contains(DocIndex.stripConj(t.norm(k - 1)))
                            && !(k - 2 >= 0 && EACH_OF.contains(t.norm(k - 2)))) {
                        continue; // but "يزور كلا من السعودية وقطر"
                    }
                    dest = m;
                    break;
                }
                if (k > from + 8 && dest == null && noun) break;
                // "في زيارة تستغرق يومين، يتوجه بعدها إلى نواكشوط": the place after another travel verb is its own
                if (noun && ix.cueAt[k] != null && ix.cueAt[k].kind() == DocIndex.CueKind.VISIT
                        && ix.cueAt[k].start() > cue.start()) {
                    break;
                }
            }
        }
        int homeEnd = -1;
        if (dest == null) {
            // "الذي يزور البلاد حاليا", "زيارته الرسمية للبلاد": the country the story is filed from
            for (int k = cue.end(); k < Math.min(cl.sentenceEnd(), cue.end() + 6); k++) {
                String w = t.norm(k);
                if (HOMELAND.contains(w) || TO.contains(w) && k + 1 < t.size() && t.norm(k + 1).equals(Keys.of("الدولة"))) {
                    dest = MeetingFinder.datelinePlace(ix);
                    homeEnd = HOMELAND.contains(w) ? k + 1 : k + 2;
                    break;
                }
            }
        }
        if (dest == null && !noun) {
            dest = MeetingFinder.placeIn(ix, cl.leftStart(), cue.start());
        }
        if (dest == null) return null;
        // a visit to one's own country is a return home, not a visit
        if (vd.country != null && vd.country.equals(dest.country) && dest.kind == Mention.Kind.COUNTRY) return null;

        EventDraft.VisitDraft v = new EventDraft.VisitDraft();
        v.visitors.add(visitor);
        v.destination = ix.place(dest);
        v.destinationEnd = homeEnd >= 0 ? homeEnd : dest.tokEnd;
        v.cueToken = cue.start();
        v.sentence = t.sentence(cue.start());
        for (int k = Math.max(cl.sentenceStart(), cue.start() - 2); k < cue.start(); k++) {
            if (RECALLED.contains(DocIndex.stripConj(t.norm(k)))) v.historical = true;
        }
        v.time = ix.nearestTime(cl.leftStart(), Math.max(cl.rightEnd(), v.destinationEnd), cue.start());
        if (v.time == null && !v.historical) {
            int from = Math.max(cl.sentenceStart(), cue.start() - MeetingFinder.REACH);
            if (cl.leftStart() > from && CONTRAST.contains(t.norm(cl.leftStart() - 1))) {
                from = cl.leftStart(); // "X سيتوجه غدا …، بينما ألغى Y زيارته": the other clause's time is not Y's
            }
            v.time = ix.nearestTime(from, Math.min(cl.sentenceEnd(), cue.end() + MeetingFinder.REACH), cue.start());
        }
        Status otherwise = present ? Status.ONGOING : Status.OCCURRED;
        if (!noun && EventCues.presentTense(ix, cue) && !present) {
            // "يتوجه بعدها إلى الدوحة", "يصل غدا": an arrival or departure told in the present is still to come
            otherwise = "1".equals(cue.attr("AHEAD")) ? Status.PLANNED : Status.ONGOING;
        }
        if (!noun && NEXT_STOP.contains(t.norm(Math.min(t.size() - 1, cue.end())))) {
            v.time = null; // "يتوجه بعدها": after the stay just told, on a day the text does not give
        }
        if (invitation >= 0 && !answered) {
            v.statusExplicit = true;
            v.status = Status.INVITED;
            v.invitedBy = inviter;
        } else {
            v.status = EventCues.status(ix, cue, cl.statusStart(), cl.rightEnd(), otherwise);
            v.statusExplicit = EventCues.explicit(ix, cue, v.status, otherwise);
            if (v.status == Status.INVITED) v.status = otherwise;
            v.time = EventTimes.orient(t, v.time, v.status, v.statusExplicit, cl,
                    Math.max(cl.rightEnd(), v.destinationEnd));
            v.status = MeetingFinder.FutureTimes.adjust(ix, v.status, v.time);
            if (cl.denied()) v.status = Status.DENIED;
            if (answered) {
                Mention m = ix.mention(invitation + 1);
                if (m == null) {
                    for (Mention x : ix.actorMentions(invitation + 1, Math.min(cl.sentenceEnd(), invitation + 12))) {
                        if (x.isPersonLike() || x.kind == Mention.Kind.ORGANIZATION) { m = x; break; }
                    }
                }
                if (m != null && m.actorId != null && !m.actorId.equals(visitor)) v.invitedBy = m.actorId;
            }
        }
        if (v.invitedBy == null && v.status != Status.INVITED) {
            v.invitedBy = answeringInvitation(ix, cue.end(), Math.min(cl.sentenceEnd(), cue.end() + MeetingFinder.REACH), visitor);
        }
        v.origin = origin(ix, cue.end(), Math.min(cl.sentenceEnd(), cue.end() + MeetingFinder.REACH));
        int a = t.start(Math.min(cl.leftStart(), cue.start()));
        int b = t.end(Math.max(cue.end(), Math.max(v.destinationEnd, cl.rightEnd())) - 1);
        v.evidence.add(Span.of(t.text, a, b));
        return v;
    }

    /** Words between a visit noun and a ل-visitor: "زيارة كانت مقررة لـ", "الزيارة المرتقبة لـ". */
    private static final Set<String> SCHEDULED = EventWords.of("VISIT_SCHEDULED");
    /** Verbs that take a visit noun as object, their subject being the visitor: "اختتم X زيارة إلى", "يؤدي X زيارة". */
    private static final Set<String> LIGHT = EventWords.of("VISIT_LIGHT");

    /** A light verb (اختتم، يبدأ، يؤدي) a few words before the noun, in its clause: its subject travels. */
    private static boolean lightVerbBefore(DocIndex ix, int cue, Clause cl) {
        for (int k = cue - 1; k >= Math.max(cl.leftStart(), cue - 8); k--) {
            String w = DocIndex.stripConj(ix.t.norm(k));
            if (LIGHT.contains(w)) return true;
            if (w.length() > 3 && w.charAt(0) == 'س' && LIGHT.contains(w.substring(1))) return true;
        }
        return false;
    }

    private static final Set<String> NEXT_STOP = EventWords.of("VISIT_NEXT_STOP");
    private static final Set<String> PASSED = EventWords.of("VISIT_PASSED");
    private static final Set<String> HOMELAND = EventWords.of("VISIT_HOMELAND");

    private static final Set<String> INCLUDES = EventWords.of("VISIT_INCLUDES");
    private static final Set<String> OPENED_WITH = EventWords.of("VISIT_OPENED_WITH");
    private static final Set<String> EACH_OF = EventWords.of("VISIT_EACH_OF");
    private static final Set<String> INSPECTION = EventWords.of("VISIT_INSPECTION");

    /**
     * The first stop of a tour: the place after "تشمل/شملت (كلا من)" or "إلى" a few words after "جولة"; a tour
     * with no such place ("جولة من المحادثات", "جولة في المصنع") is no visit. The other stops are the
     * coordinated places after it.
     */
    private static Mention tourStop(DocIndex ix, int from, int to) {
        PreparedText t = ix.t;
        if (from < to && INSPECTION.contains(t.norm(from))) {
            // "خلال جولته التفقدية لمشاريع الوزارة بمدينة فاس": an inspection tour's stop is the place its sites
            // are in (ب or في before it), a few words on
            for (int k = from + 1; k < Math.min(to, from + 8); k++) {
                Mention m = ix.mention(k);
                if (m != null && m.tokStart == k && (m.kind == Mention.Kind.PLACE || m.kind == Mention.Kind.COUNTRY)
                        && (t.norm(k).startsWith("ب") && m.start > t.start(k) || t.norm(k - 1).equals(Keys.of("في"))
                        || TO.contains(t.norm(k - 1)) || k - 1 > from && t.norm(k - 1).startsWith("ب"))) {
                    return m;
                }
            }
        }
        for (int k = from; k < Math.min(to, from + 20); k++) {
            String w = DocIndex.stripConj(t.norm(k));
            if (OPENED_WITH.contains(w)) {
                // "في جولة تشمل محطات عدة …، استهلها بمصر": the first stop
                Mention m = ix.mention(k + 1);
                return m != null && m.tokStart == k + 1 && t.norm(k + 1).startsWith("ب")
                        && (m.kind == Mention.Kind.PLACE || m.kind == Mention.Kind.COUNTRY) ? m : null;
            }
            if (k >= from + 6) continue;
            int j = -1;
            if (INCLUDES.contains(w)) {
                j = k + 1;
                if (j < to && TO.contains(t.norm(j))) j++;
                while (j < to && j < k + 4 && EACH_OF.contains(t.norm(j))) j++;
            } else if (TO.contains(t.norm(k))) {
                j = k + 1;
            }
            if (j < 0) continue;
            Mention m = ix.mention(j);
            if (m != null && m.tokStart == j && (m.kind == Mention.Kind.PLACE || m.kind == Mention.Kind.COUNTRY)) return m;
            if (TO.contains(t.norm(k))) return null; // "تشمل محطات عدة": the stops may be named further on
        }
        return null;
    }

    private static final Set<String> SITE = EventWords.of("VISIT_SITE");

    /**
     * The site a visit noun takes as its object, right after it (a time or a comma between is no distance):
     * "زيارته، صباح أمس، المستشفى العسكري", "بزيارة لدار الرعاية"; -1 when there is none.
     */
    private static int siteObject(DocIndex ix, int from, int to) {
        PreparedText t = ix.t;
        for (int k = from; k < Math.min(to, from + 6); k++) {
            if (t.isComma(k) || ix.inTime(k)) continue;
            String w = t.norm(k);
            if (w.startsWith("لل")) w = w.substring(1);
            else if (w.startsWith("ل") && w.length() > 3) w = w.substring(1);
            if (w.startsWith("ال") && w.length() > 4) w = w.substring(2);
            return SITE.contains(w) ? k : -1;
        }
        return -1;
    }

    private static final Set<String> RECALLED = EventWords.of("VISIT_RECALLED");
    private static final Set<String> COMING = EventWords.of("VISIT_COMING");

    /** "قادما من بغداد": where the visitor came from. */
    private static io.github.khabar.model.Place origin(DocIndex ix, int from, int to) {
        PreparedText t = ix.t;
        for (int k = from; k + 2 < to; k++) {
            if (COMING.contains(t.norm(k)) && t.norm(k + 1).equals(Keys.of("من"))) {
                Mention m = ix.mention(k + 2);
                if (m != null && (m.kind == Mention.Kind.PLACE || m.kind == Mention.Kind.COUNTRY)) return ix.place(m);
            }
        }
        return null;
    }

    /** "… تلبية لدعوة من X", "بدعوة من X" after the travel word: X invited the visit that happens. */
    private static String answeringInvitation(DocIndex ix, int from, int to, String visitor) {
        PreparedText t = ix.t;
        for (int k = from; k < to; k++) {
            String w = DocIndex.stripConj(t.norm(k));
            boolean answer = w.equals(Keys.of("لدعوة")) || w.equals(Keys.of("بدعوة"));
            if (!answer) continue;
            for (Mention m : ix.actorMentions(k + 1, Math.min(to, k + 10))) {
                if ((m.isPersonLike() || m.kind == Mention.Kind.ORGANIZATION || m.kind == Mention.Kind.COUNTRY)
                        && m.actorId != null && !m.actorId.equals(visitor)) {
                    return m.actorId;
                }
            }
        }
        return null;
    }

    private static final Set<String> OBJECT_PRONOUNS = EventWords.of("VISIT_OBJECT_PRONOUNS");

    /** "ويدعوه", "دعاه", "ووجه له الدعوة": the invitee is a pronoun. */
    private static boolean invitesPronoun(DocIndex ix, int invitation) {
        PreparedText t = ix.t;
        String raw = t.bare(invitation);
        if (raw.endsWith("ه") || raw.endsWith("ها") || raw.endsWith("هم")) return true;
        for (int k = invitation + 1; k < Math.min(t.size(), invitation + 3); k++) {
            if (OBJECT_PRONOUNS.contains(t.norm(k))) return true;
        }
        return false;
    }

    /** The first person named in this sentence before token i, else in the sentence before. */
    static String topic(DocIndex ix, int i) {
        PreparedText t = ix.t;
        int s = t.sentence(i);
        for (int back = 0; back <= 1 && s - back >= 0; back++) {
            int b = back == 0 ? i : t.sentenceEndToken(s - back);
            int a = Math.max(t.sentenceFirstToken(s - back), b - 2 * MeetingFinder.REACH);
            for (Mention m : ix.actorMentions(a, b)) {
                if (m.isPersonLike() && m.actorId != null && !m.counterpart) return m.actorId;
            }
        }
        return null;
    }

    /**
     * "حل بالجزائر", "حل رئيس الحكومة التونسية أحمد الحشاني، يوم 16 ماي 2024، بالجزائر العاصمة": a ب-place
     * (or ضيفا) within a few words of the verb; its subject and a date between are no distance.
     */
    private static boolean placeWithBa(DocIndex ix, int from) {
        PreparedText t = ix.t;
        int words = 0;
        for (int k = from; k < Math.min(t.size(), from + MeetingFinder.REACH) && words < 10; k++) {
            Mention m = ix.mention(k);
            if (m != null && (m.kind == Mention.Kind.PLACE || m.kind == Mention.Kind.COUNTRY) && m.tokStart == k
                    && (t.norm(k).startsWith("ب") || k > 0 && t.norm(k - 1).equals(Keys.of("ضيفا")))) {
                return true;
            }
            boolean subject = m != null && m.kind == Mention.Kind.PERSON;
            if (!subject && !ix.inTime(k) && !t.isComma(k)) words++;
        }
        return false;
    }

    private static boolean personLike(DocIndex ix, String id) {
        ActorTable.ActorDraft d = ix.actors.get(id);
        return d != null && (d.type == ActorType.PERSON || d.type == ActorType.GROUP);
    }

    private static boolean pronounBefore(DocIndex ix, int cue) {
        if (cue == 0) return false;
        String w = ix.t.norm(cue - 1);
        return w.equals(Keys.of("أنه")) || w.equals(Keys.of("إنه")) || w.equals(Keys.of("بأنه"))
                || w.equals(Keys.of("أنها")) || w.equals(Keys.of("إنها"));
    }

    private static boolean startsWithTo(String w) {
        return w.length() > 2 && w.charAt(0) == 'ل' && !w.startsWith("لل");
    }

    private static Mention lastPlaceBefore(DocIndex ix, int cue, int s0) {
        for (int k = cue - 1; k >= Math.max(s0, cue - MeetingFinder.REACH); k--) {
            Mention m = ix.mention(k);
            if (m != null && (m.kind == Mention.Kind.PLACE || m.kind == Mention.Kind.COUNTRY)) return m;
        }
        return null;
    }

    /** Small helpers shared with the meeting rules. */
    static final class MeetingFinderSupport {
        private MeetingFinderSupport() {}

        static String id(DocIndex ix, Mention m) {
            if (m.kind == Mention.Kind.GROUP_WORD) return m.actorId != null ? m.actorId : GroupResolver.groupFor(ix, m);
            return m.actorId;
        }

        static boolean possessive(String raw) {
            return MeetingFinder.possessive(raw);
        }
    }
}
