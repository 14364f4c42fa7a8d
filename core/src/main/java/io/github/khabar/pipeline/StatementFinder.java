package io.github.khabar.pipeline;

import io.github.khabar.model.Span;
import io.github.khabar.model.StatementKind;
import io.github.khabar.model.TimeExpression;
import io.github.khabar.text.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who said what. A speech cue (قال، أكد، أشار إلى، مشيرا، بحسب…) finds its speaker — the actor right after
 * a verb, else the subject before it, else the speaker of the statement before ("وأضاف أن") — and its
 * content: after أن/إن, a colon, the verb's particle (أشار إلى، أعرب عن), or a quote; DIRECT when the
 * content is a quotation (which may run over several sentences), REPORTED otherwise. "نقلت وكالة X عن Y
 * أن" gives speaker Y via X; a trailing "وفق ما نقلته صحيفة X" gives the via; "بحسب X" at the end of a
 * clause attributes that clause to X. A headline "X: …" is X's statement. Stateless; thread-safe.
 */
final class StatementFinder {
    private static final Set<String> COMPLEMENTIZERS = DocIndex.keys("أن", "إن", "أنه", "إنه", "أنها", "إنها",
            "بأن", "فإن", "أنهم", "إنهم", "أنهما", "بأنه", "بأنها", "إننا", "أننا", "إنني", "أنني", "فإنه", "فإنها");
    // not "لأن" (because): it gives a reason, never what was said ("نشرت … صواريخ لأن …")
    private static final Set<String> INVITING = DocIndex.keys("دعا", "دعت", "يدعو", "تدعو");
    private static final Set<String> PRAYER_OBJECTS = DocIndex.keys("الله", "المولى", "العلي");
    private static final Set<String> RELATIVE_PRONOUNS = DocIndex.keys("فيه", "فيها", "خلاله", "خلالها");
    private static final Set<String> PREPOSITIONS = DocIndex.keys("في", "من", "إلى", "على", "عن", "مع", "بين",
            "لدى", "عبر", "حول", "بشأن", "تجاه", "ضد");
    private static final Set<String> AUXILIARIES = DocIndex.keys("قد", "لقد", "كان", "كانت", "بدوره", "بدورها",
            "جهته", "جهتها", "من", "أيضا", "بدورهم", "كذلك");
    private static final Set<String> LEADS = DocIndex.keys("تصريحات", "تصريح", "ما", "لما", "نقلته", "نقلت", "ذكرته",
            "ذكرت", "أوردته", "أفادت", "قالت", "قاله", "بيان", "البيان", "مصادر", "أعلنته", "نشرته");
    private static final Set<String> IN_STATEMENT = DocIndex.keys("في", "بيان", "بلاغ", "رسمي", "تصريح", "تصريحات", "صحفي",
            "صحافي", "له", "لها", "خلال", "مؤتمر", "المؤتمر", "الصحفي", "مقابلة", "حديث", "كلمة", "اليوم", "أمس",
            "أيضا", "كذلك", "من", "جهته", "جهتها", "بدوره", "بدورها", "ذلك", "السياق", "هذا", "الصدد", "لوكالة",
            "لصحيفة", "لقناة", "عبر", "منصة", "حسابه", "حسابها", "على", "نقلتها", "وكالة");

    private static final Set<String> ISSUED = DocIndex.keys("صادر", "صادرة", "الصادر", "الصادرة");
    private static final Set<String> NOUN_QUALIFIERS = DocIndex.keys("صحفي", "صحافي", "رسمي", "مشترك", "مكتوب",
            "مقتضب", "جديد");

    /** After "بيان" (token k on): "صادر عن X" or "لX" (past "صحفي", "رسمي"): X, the body that issued it. */
    private static Mention issuer(DocIndex ix, int k, int s1) {
        PreparedText t = ix.t;
        while (k < s1 && NOUN_QUALIFIERS.contains(t.norm(k))) k++;
        if (k < s1 && ISSUED.contains(t.norm(k))) {
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

    /** Nouns of speech that, right after a verb and without في, are its object: "أدانت تصريحات الوزير". */
    private static final Set<String> SPEECH_NOUNS = DocIndex.keys("بيان", "تصريح", "تصريحات", "مقابلة", "حديث",
            "كلمة", "بلاغ");

    List<EventDraft.StatementDraft> find(DocIndex ix) {
        PreparedText t = ix.t;
        List<EventDraft.StatementDraft> out = new ArrayList<>();
        headlines(ix, out);
        EventDraft.StatementDraft previous = null;
        for (int ci = 0; ci < ix.cues.size(); ci++) {
            DocIndex.Cue c = ix.cues.get(ci);
            if (c.kind() != DocIndex.CueKind.STATEMENT && c.kind() != DocIndex.CueKind.RELAY) continue;
            EventDraft.StatementDraft s;
            if (c.kind() == DocIndex.CueKind.RELAY) {
                s = relay(ix, c);
            } else {
                String type = c.attr("TYPE");
                if ("SOURCE".equals(type)) {
                    s = source(ix, c, out);
                } else {
                    s = spoken(ix, c, "PARTICIPLE".equals(type), previous, out);
                }
            }
            if (s != null && s.hospitality) {
                previous = s; // its speaker goes on in "وأكد …", but a welcome is no statement
                continue;
            }
            if (s != null && s.content != null && !s.content.isBlank() && s.speaker != null) {
                finish(ix, c, s, out);
                if (!duplicate(out, s)) {
                    out.add(s);
                }
                previous = s;
            }
        }
        out.sort((a, b) -> Integer.compare(a.contentStart, b.contentStart));
        return out;
    }

    /** "بلينكن: وجهنا دعوة…" at the head of a sentence. */
    private void headlines(DocIndex ix, List<EventDraft.StatementDraft> out) {
        PreparedText t = ix.t;
        for (int s = 0; s < t.sentences.size(); s++) {
            int a = t.sentenceFirstToken(s);
            int b = t.sentenceEndToken(s);
            Mention m = ix.mention(a);
            if (m == null || m.actorId == null || m.tokStart != a || m.platform) continue;
            int colon = m.tokEnd;
            if (!t.isPunct(colon, ':')) continue;
            EventDraft.StatementDraft st = new EventDraft.StatementDraft();
            st.speaker = m.actorId;
            st.cueToken = colon;
            content(ix, st, colon + 1, b);
            if (st.content != null) {
                st.evidence.add(Span.of(t.text, t.start(a), Math.max(st.contentEnd, t.end(colon))));
                out.add(st);
            }
        }
    }

    private EventDraft.StatementDraft spoken(DocIndex ix, DocIndex.Cue c, boolean participle,
                                             EventDraft.StatementDraft previous, List<EventDraft.StatementDraft> done) {
        PreparedText t = ix.t;
        int s0 = ix.sentenceStart(c.start());
        int s1 = ix.sentenceEnd(c.start());
        EventDraft.StatementDraft st = new EventDraft.StatementDraft();
        st.cue = t.surface(c.start(), c.end());
        st.cueToken = c.start();
        int j = c.end();
        Mention speaker = null;
        // a subject the verb has but no actor answers for ("وعبرت السفيرة الصينية عن" with no Chinese
        // ambassador named, "وأفاد بلاغ للوزارة بأن"): someone else speaks, not the previous speaker
        boolean unknownSubject = false;
        boolean explicitSubject = false;
        // the speaker right after the verb, past "في بيان", times and commas
        for (int k = j; k < Math.min(s1, j + 6); k++) {
            Mention m = ix.mention(k);
            if (k == j && m != null && m.tokStart == k && m.actorId == null && !m.platform
                    && (m.kind == Mention.Kind.TITLE_ONLY && m.country != null
                            && !m.country.equals(countryOf(ix, previous))
                        || m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.ORGANIZATION)) {
                unknownSubject = true; // a bare "وأوضح المتحدث أن" may still be the spokesman just quoted
                break;
            }
            if (k == j && !participle && newSubject(ix, k)) {
                // "وقال محللون", "وقالت متحدثة", "يتهم السوريون X": a subject of its own, no one named
                // later in the clause and not the previous speaker
                unknownSubject = true;
                explicitSubject = true;
                break;
            }
            if (m != null && m.platform) {
                k = m.tokEnd - 1; // "قال عبر منصة إكس الوزير …": the platform carries the words, it does not speak
                continue;
            }
            if (m != null && m.tokStart == k && (m.actorId != null || m.kind == Mention.Kind.GROUP_WORD)
                    && m.kind != Mention.Kind.PLACE) {
                if (m.media && participle) break;
                speaker = m;
                break;
            }
            if (t.isComma(k) || t.isQuote(k)) continue;
            String w = t.norm(k);
            if (COMPLEMENTIZERS.contains(w) || t.isPunct(k, ':') || ix.cueAt[k] != null) break;
            if (participle) break; // "مشيرا إلى": no subject follows
            if (k == j && SPEECH_NOUNS.contains(w)) {
                // "قال بيان صادر عن الرئاسة": the issuer speaks; "رفضت بيان الاتحاد": an object, whose owner does not
                speaker = issuer(ix, k + 1, s1);
                // "وأفاد بلاغ للوزارة": an indefinite communiqué is a new one; "وأضاف البيان" is the one before
                unknownSubject = speaker == null && !t.hasArticle(k);
                break;
            }
            if (!IN_STATEMENT.contains(DocIndex.stripConj(w)) && !isTimeToken(ix, k)) break;
        }
        String sourceOrg = speaker == null && !participle ? anonymousSource(ix, j, s1) : null;
        if (sourceOrg != null) {
            j = skipSourcePhrase(ix, j, s1);
        }
        if (speaker == null && !participle && sourceOrg == null && !explicitSubject) {
            // a long title before the name: "قال المبعوث الخاص … بريت ماكغورك:"
            for (int k = j; k < Math.min(s1, j + 14); k++) {
                String w = t.norm(k);
                if (COMPLEMENTIZERS.contains(w) || t.isPunct(k, ':') || (t.isQuote(k) && ix.quoteOpeningAt(k) != null)
                        || (ix.cueAt[k] != null && k > j)) {
                    break;
                }
                if (w.equals(Keys.of("مع"))) break; // "…، عقب مباحثاتها مع رئيس الحكومة X، أن": X is met, not speaking
                Mention m = ix.mention(k);
                if (m != null && m.tokStart == k && m.kind == Mention.Kind.PERSON && m.actorId != null) {
                    speaker = m;
                    break;
                }
            }
        }
        if (relativeInFrame(ix, c)) {
            return null; // "كتب X في مقال نشر في صحيفة …": the paper published the article, X wrote the words
        }
        if (c.end() < s1 && PRAYER_OBJECTS.contains(t.norm(c.end()))) {
            return null; // "داعيا الله أن …", "سائلا المولى": a prayer, not a position
        }
        String speakerId = null;
        String inheritedVia = null;
        EventDraft.StatementDraft enclosing = enclosing(done, t.start(c.start()));
        EventDraft.StatementDraft relayedBy = null;
        if (enclosing != null && (enclosing.kind == StatementKind.DIRECT || speaker == null)) {
            if (speaker != null || participle || !outletReports(ix, enclosing, c.start(), s0)) {
                return null; // a report inside someone else's words is theirs to tell
            }
            relayedBy = enclosing; // "ذكرت الوكالة أن الوزارة رحبت ب…": the ministry speaks, the agency relays
        }
        if (sourceOrg != null) {
            speakerId = sourceOrg; // "قال مسؤول من حركة حماس إن": the organisation the official speaks for
        } else if (speaker != null) {
            speakerId = speakerId(ix, speaker);
            j = speaker.tokEnd;
        } else if (participle) {
            // "…، مشيرا إلى أن": the speaker of the clause before, else the sentence's first person
            EventDraft.StatementDraft inSentence = lastIn(done, s0, c.start());
            if (inSentence != null) {
                speakerId = inSentence.speaker;
            } else {
                Mention first = firstPerson(ix, s0, c.start());
                if (first != null) speakerId = first.actorId;
                else if (previous != null && t.sentence(previous.cueToken) >= t.sentence(c.start()) - 1) {
                    speakerId = previous.speaker;
                }
            }
        } else if (j < s1 && RELATIVE_PRONOUNS.contains(t.norm(j))) {
            // "تلقى … اتصالا من X أعرب فيه عن …": the one who called
            Mention caller = null;
            for (Mention m : ix.actorMentions(Math.max(s0, c.start() - MeetingFinder.REACH), c.start())) {
                if (m.kind == Mention.Kind.PERSON) caller = m;
            }
            if (caller != null) speakerId = caller.actorId;
        } else {
            Mention subject = leftSubject(ix, c.start(), s0);
            if (subject != null) {
                speakerId = speakerId(ix, subject);
            } else if (previous != null && !unknownSubject && t.sentence(previous.cueToken) >= t.sentence(c.start()) - 2
                    && continues(t, c, s0)) {
                speakerId = previous.speaker; // "وأضاف أن", "وتابع:"
                ActorTable.ActorDraft before = ix.actors.get(previous.speaker);
                if (pluralVerb(ix, c) && before != null && before.type != io.github.khabar.model.ActorType.GROUP) {
                    // "وذكرت الوكالة أن الوزيرين بحثا …، وشددا على …": a dual verb goes on with the dual subject
                    // of the reported clause, not with the one who reports it
                    // (only a group the text has already resolved: resolving one here would make the group
                    // word an actor for the meeting rules too, which would count the talks it reports a second time)
                    Mention group = lastGroupWord(ix, s0, c.start());
                    speakerId = group == null ? null : group.actorId;
                    if (speakerId != null) {
                        inheritedVia = previous.via != null ? previous.via
                                : spokenByOutlet(ix, previous) ? previous.speaker : null;
                    }
                }
            }
        }
        if (speakerId == null) return null;
        st.speaker = speakerId;
        if (inheritedVia != null && !inheritedVia.equals(speakerId)) st.via = inheritedVia;
        // where the content starts
        String prep = c.attr("PREP");
        if (prep != null && c.end() < s1 && resumes(t.norm(c.end()), prep)) {
            return null; // "الخطوات التي أعلن عنها الرئيس": a relative clause, its content told before it
        }
        int contentStart = -1;
        int limit = Math.min(s1, j + 16);
        for (int k = j; k < limit; k++) {
            if (t.isPunct(k, ':')) { contentStart = k + 1; break; }
            if (t.isQuote(k) && ix.quoteOpeningAt(k) != null && k <= j + 1) {
                if (k > j && OUTLET_PREPOSITIONS.contains(t.norm(k - 1))) {
                    // "وقال X لـ«الشرق الأوسط» إن …": the quoted words name the outlet; the content comes later
                    k = Math.max(k, t.firstTokenAtOrAfter(ix.quoteOpeningAt(k).end()) - 1);
                    limit = Math.min(s1, k + 16);
                    continue;
                }
                contentStart = k;
                break;
            }
            String w = t.norm(k);
            if (insideName(ix, k)) continue; // "شبكة سي إن إن": not the particle إن
            if (COMPLEMENTIZERS.contains(w)) { contentStart = k + 1; break; }
            if (prep != null && t.anyVariant(w, prep::equals) && (w.equals(prep) || w.length() <= prep.length() + 1)) {
                int n = k + 1;
                if (n < s1 && COMPLEMENTIZERS.contains(t.norm(n))) n++;
                contentStart = n;
                break;
            }
            if (prep != null && w.length() > prep.length() && w.startsWith(prep)
                    && prep.length() == 1) { // the particle glued to the word: "بضرورة"
                contentStart = k;
                break;
            }
            if (k > j && ix.cueAt[k] != null && ix.cueAt[k].kind() == DocIndex.CueKind.STATEMENT) {
                if (describesVehicle(t, k)) continue;
                break;
            }
        }
        if (contentStart < 0 && j < s1 && t.isComma(j)) {
            contentStart = afterInsertedPhrase(ix, j, s1);
        }
        if (contentStart < 0) {
            Quote before = quoteEndingBefore(ix, c.start());
            if (before != null && speaker != null) {
                // "«…»، قال X": the quotation told before its attribution
                st.kind = StatementKind.DIRECT;
                st.contentStart = before.contentStart();
                st.contentEnd = before.contentEnd();
                st.content = trimMarks(t.text.substring(before.contentStart(), before.contentEnd()));
                if (st.content.isBlank()) return null;
                st.contentStart = before.contentStart() + t.text.substring(before.contentStart(), before.contentEnd()).indexOf(st.content);
                st.contentEnd = st.contentStart + st.content.length();
                st.evidence.add(Span.of(t.text, before.start(), t.end(speaker.tokEnd - 1)));
                return st;
            }
            // verbs whose content may be a plain object: "أكد الرئيس انفتاح دمشق", "أعرب عن استعداده"
            // (not with an object pronoun: "وأكدها الرئيس" refers back to what was told before)
            if (!"NP".equals(c.attr("FRAME")) && !participle || "PRONOUN".equals(c.attr("OBJ"))) return null;
            contentStart = t.isComma(j) ? j + 1 : j;
        }
        if (contentStart >= s1 && !(contentStart < t.size() && t.isQuote(contentStart))) return null;
        content(ix, st, contentStart, s1);
        if (st.content == null) return null;
        if (INVITING.contains(DocIndex.stripConj(t.norm(c.start())))
                && ix.cueAt[Math.min(t.size() - 1, t.firstTokenAtOrAfter(st.contentStart))] != null
                && ix.cueAt[t.firstTokenAtOrAfter(st.contentStart)].kind() == DocIndex.CueKind.VISIT) {
            return null; // "دعا X إلى زيارة بكين" is an invitation, not a statement
        }
        if ("WELCOME".equals(c.attr("ACT")) && welcomesGuest(ix, st.contentStart)) {
            st.hospitality = true; // "ورحب سموه بالوزيرة الضيفة": a courtesy, not a position; "وأكد" goes on
        }
        if (participle && speaker == null) {
            EventDraft.StatementDraft before = lastIn(done, s0, c.start());
            if (before != null && before.speaker.equals(speakerId) && before.contentEnd <= st.contentEnd) {
                // "…، مشيرا إلى أن …" goes on with the same statement
                String merged = trimMarks(t.text.substring(before.contentStart, st.contentEnd));
                if (!merged.isBlank()) {
                    before.content = merged;
                    before.contentEnd = before.contentStart + merged.length();
                    Span first = before.evidence.get(0);
                    before.evidence.set(0, Span.of(t.text, first.start(), Math.max(first.end(), st.contentEnd)));
                }
                return null;
            }
        }
        int evStart = Math.min(t.start(c.start()), speaker != null ? t.start(speaker.tokStart) : Integer.MAX_VALUE);
        if (relayedBy != null) {
            st.via = relayedBy.speaker;
            evStart = Math.min(evStart, relayedBy.evidence.get(0).start());
            done.remove(relayedBy); // the outlet only carried the words
        }
        st.evidence.add(Span.of(t.text, evStart, Math.max(st.contentEnd, t.end(c.end() - 1))));
        return st;
    }

    /**
     * Is {@code outer} an outlet's report ("ذكرت وكالة الأنباء العمانية أن …") whose clause opens with the
     * subject of the speech cue at {@code cue} ("… أن وزارة الخارجية العمانية رحبت")? Then the subject
     * speaks and the outlet is the via.
     */
    private boolean outletReports(DocIndex ix, EventDraft.StatementDraft outer, int cue, int s0) {
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

    /** The longest phrase set off by commas between a speaker and إن/أن, in tokens. */
    private static final int MAX_INSERT = 40;

    /**
     * "وقال X، خلال مؤتمر صحفي مشترك عقده مع نظيره … في ختام اجتماعات …، إن": a circumstantial phrase
     * between two commas, however long, keeps the speaker; the content starts after the particle that follows
     * the closing comma. -1 when there is none, or another speech verb opens a clause inside.
     */
    private static int afterInsertedPhrase(DocIndex ix, int comma, int s1) {
        PreparedText t = ix.t;
        for (int k = comma + 1; k < Math.min(s1, comma + MAX_INSERT); k++) {
            DocIndex.Cue cue = ix.cueAt[k];
            if (cue != null && cue.start() == k && cue.kind() == DocIndex.CueKind.STATEMENT && !describesVehicle(t, k)) {
                return -1;
            }
            if (COMPLEMENTIZERS.contains(t.norm(k)) || t.isPunct(k, ':')) return -1;
            if (t.isComma(k)) {
                return k + 1 < s1 && COMPLEMENTIZERS.contains(t.norm(k + 1)) ? k + 2 : -1;
            }
        }
        return -1;
    }

    /** "أكدا", "شددوا": a speech verb with a dual or plural subject. */
    private boolean pluralVerb(DocIndex ix, DocIndex.Cue c) {
        String w = DocIndex.stripConj(ix.t.norm(c.start()));
        if (w.endsWith("وا") && ix.lex.reportingCues.contains(w.substring(0, w.length() - 2))) return true;
        return w.length() > 3 && w.endsWith("ا") && ix.lex.reportingCues.contains(w.substring(0, w.length() - 1));
    }

    /** The last group word ("الجانبين", "الطرفان") in [a, b). */
    private static Mention lastGroupWord(DocIndex ix, int a, int b) {
        Mention found = null;
        for (int k = Math.max(a, b - MeetingFinder.REACH); k < b; k++) {
            Mention m = ix.mention(k);
            if (m != null && m.kind == Mention.Kind.GROUP_WORD && m.tokStart == k) found = m;
        }
        return found;
    }

    /** The mention of a statement's speaker between its cue and its content (not a platform), or null. */
    private static Mention speakerMention(DocIndex ix, EventDraft.StatementDraft d) {
        int contentTok = ix.t.firstTokenAtOrAfter(d.contentStart);
        for (int k = Math.max(0, d.cueToken); k < contentTok && k < ix.t.size(); k++) {
            Mention m = ix.mention(k);
            if (m != null && !m.platform && d.speaker.equals(m.actorId)) return m;
        }
        return null;
    }

    /** Did an outlet make this statement ("وأضافت الوكالة أن …")? */
    private static boolean spokenByOutlet(DocIndex ix, EventDraft.StatementDraft d) {
        Mention m = speakerMention(ix, d);
        return m != null && m.media;
    }

    /** Nouns for what words come in: "في حوار نشر اليوم", "في مقال كتب …". */
    private static final Set<String> VEHICLES = DocIndex.keys("بيان", "تصريح", "تصريحات", "حوار", "مقابلة", "مقال",
            "تغريدة", "منشور", "تدوينة", "كلمة", "خطاب", "رسالة", "حديث", "فيديو", "مقطع", "تسجيل", "مقالة");

    /**
     * "في حوار مع صحيفة الأهرام نشر اليوم": a speech verb right after the noun of the medium (or its outlet)
     * is a relative clause describing it (passive "نُشر"), not a new speaker's clause.
     */
    private static boolean describesVehicle(PreparedText t, int k) {
        String w = t.norm(k);
        if (w.startsWith("و") || w.startsWith("ف") || k < 1) return false;
        for (int b = k - 1; b >= Math.max(0, k - 5); b--) {
            if (VEHICLES.contains(t.norm(b))) return true;
            if (!t.isWord(b)) return false;
        }
        return false;
    }

    /** A cue describing the medium inside the frame of the speech verb before it, whose content is still to come. */
    private static boolean relativeInFrame(DocIndex ix, DocIndex.Cue c) {
        PreparedText t = ix.t;
        if (!describesVehicle(t, c.start())) return false;
        DocIndex.Cue verb = ix.previous(c);
        if (verb == null || verb.kind() != DocIndex.CueKind.STATEMENT || t.sentence(verb.start()) != t.sentence(c.start())) {
            return false;
        }
        for (int k = verb.end(); k < c.start(); k++) {
            if (COMPLEMENTIZERS.contains(t.norm(k)) || t.isPunct(k, ':') || ix.quoteOpeningAt(k) != null) return false;
        }
        return true;
    }

    /** Token k is inside an actor's name, past its first word ("سي إن إن"), so no particle or cue. */
    private static boolean insideName(DocIndex ix, int k) {
        Mention m = ix.mention(k);
        return m != null && m.actorId != null && k > m.tokStart && k < m.tokEnd
                && ix.t.start(k) < m.end && ix.t.end(k) > m.start;
    }

    /** A preposition written before a quoted outlet name: "لـ«الشرق الأوسط»", "عبر «إكس»". */
    private static final Set<String> OUTLET_PREPOSITIONS = DocIndex.keys("لـ", "ل", "ب", "بـ", "عبر", "مع");
    private static final Set<String> GUEST_WORDS = DocIndex.keys("بالضيف", "بالضيفة", "بالضيوف", "بالوفد",
            "بالوفود", "بالزائر", "بالزائرة", "بزيارة", "بالزيارة");

    /** What is welcomed is a person, a delegation or the visit ("رحب بالرئيس الضيف", "رحب بالوفد"). */
    private static boolean welcomesGuest(DocIndex ix, int contentChar) {
        PreparedText t = ix.t;
        int k = t.firstTokenAtOrAfter(contentChar);
        if (k >= t.size()) return false;
        if (GUEST_WORDS.contains(t.norm(k))) return true;
        Mention m = ix.mention(k);
        return m != null && m.tokStart == k && (m.isPersonLike() || m.kind == Mention.Kind.OFFICIALS)
                && t.norm(k).startsWith("ب");
    }

    /** A quote that closes right before the cue (past a comma). */
    private static Quote quoteEndingBefore(DocIndex ix, int cue) {
        PreparedText t = ix.t;
        int k = cue - 1;
        while (k >= 0 && t.isComma(k)) k--;
        if (k < 0 || !t.isQuote(k)) return null;
        int close = t.end(k);
        for (Quote q : t.quotes) {
            if (q.end() == close && q.contentEnd() > q.contentStart()) return q;
        }
        return null;
    }

    private static boolean isTimeToken(DocIndex ix, int k) {
        int c = ix.t.start(k);
        for (var tm : ix.t.times) {
            if (c >= tm.start() && c < tm.end()) return true;
        }
        return false;
    }

    /** The actor right before the cue (past commas and times): "الوزير الصفدي اعتبر أن". */
    private Mention leftSubject(DocIndex ix, int cue, int s0) {
        PreparedText t = ix.t;
        for (int k = cue - 1; k >= s0 && k >= cue - 4; k--) {
            Mention m = ix.mention(k);
            if (m != null && (m.actorId != null || m.kind == Mention.Kind.GROUP_WORD) && m.kind != Mention.Kind.PLACE
                    && !m.media) {
                // an actor inside a prepositional phrase ("بدولة الإمارات", "في روسيا") is not a subject
                String first = t.norm(m.tokStart);
                boolean governed = PREPOSITIONS.contains(t.norm(m.tokStart - 1))
                        || (m.start > t.start(m.tokStart) && (first.startsWith("ب") || first.startsWith("ل")));
                return governed ? null : m;
            }
            if (!t.isComma(k) && !isTimeToken(ix, k) && !AUXILIARIES.contains(DocIndex.stripConj(t.norm(k)))) return null;
        }
        return null;
    }

    private static final Set<String> PRONOUN_SUFFIXES = DocIndex.keys("ه", "ها", "هم", "هما", "هن");

    /** The content particle with a pronoun ("عنها", "إليه"): the content is that pronoun's antecedent. */
    private static boolean resumes(String w, String prep) {
        String p = prep.equals(Keys.of("إلى")) ? Keys.of("إلي") : prep;
        return w.length() > p.length() && w.startsWith(p) && PRONOUN_SUFFIXES.contains(w.substring(p.length()));
    }

    /**
     * Token k, right after a speech verb, is a subject the text does not name: an indefinite source noun
     * ("وقالت متحدثة", "وقال مسؤول") or a nominative plural ("وقال محللون", "يتهم السوريون").
     */
    private boolean newSubject(DocIndex ix, int k) {
        PreparedText t = ix.t;
        if (!t.isWord(k) || ix.mention(k) != null || ix.cueAt[k] != null) return false;
        String w = t.norm(k);
        if (ix.lex.functionWords.contains(w) || IN_STATEMENT.contains(w) || COMPLEMENTIZERS.contains(w)) return false;
        String bare = DocIndex.stripConj(w);
        if (SOURCE_NOUNS.contains(w) || SOURCE_NOUNS.contains(bare)) return !t.hasArticle(k) && !w.endsWith("ه") || w.endsWith("ون");
        if (INDEFINITE_SPEAKERS.contains(w)) return true;
        return w.length() >= 5 && w.endsWith("ون") && !t.isQuote(k);
    }

    private static final Set<String> INDEFINITE_SPEAKERS = DocIndex.keys("متحدثة", "ناطقة", "مصادر", "خبراء",
            "محللون", "مراقبون", "شهود", "سكان", "ناشطون", "دبلوماسيون", "مسؤولون");

    private static final Set<String> SOURCE_NOUNS = DocIndex.keys("مسؤول", "المسؤول", "مصدر", "المصدر", "متحدث",
            "المتحدث", "ناطق", "الناطق", "مسؤولة", "المسؤولة", "قيادي", "القيادي", "عضو", "دبلوماسي", "مصادر",
            "مسؤولون", "المسؤولون");
    private static final Set<String> SOURCE_LINKS = DocIndex.keys("من", "في", "ب", "بـ", "عن", "لدى", "باسم");

    /**
     * "مسؤول من حركة حماس", "المسؤول بحماس", "مصدر في وزارة الخارجية": an unnamed official speaking for a
     * named organisation, whose id is returned; a later "وقال المسؤول" goes on with the same one.
     */
    private String anonymousSource(DocIndex ix, int j, int s1) {
        PreparedText t = ix.t;
        if (j >= s1 || !SOURCE_NOUNS.contains(t.norm(j))) return null;
        for (int k = j + 1; k < Math.min(s1, j + 4); k++) {
            Mention m = ix.mention(k);
            if (m != null && m.actorId != null && m.kind == Mention.Kind.ORGANIZATION && !m.media) {
                boolean linked = SOURCE_LINKS.contains(t.norm(k - 1)) || m.start > t.start(m.tokStart);
                Mention named = ix.mention(m.tokEnd);
                if (named != null && named.tokStart == m.tokEnd && named.kind == Mention.Kind.PERSON) {
                    return null; // "القيادي في حماس أسامة حمدان": a named source speaks for himself
                }
                if (linked) {
                    ix.lastSourceOrg = m.actorId;
                    return m.actorId;
                }
            }
            if (COMPLEMENTIZERS.contains(t.norm(k))) break;
        }
        if (t.hasArticle(j) && ix.lastSourceOrg != null && !SOURCE_NOUNS.contains(t.norm(j + 1))) {
            return ix.lastSourceOrg; // "وقال المسؤول إن"
        }
        return null;
    }

    private static int skipSourcePhrase(DocIndex ix, int j, int s1) {
        for (int k = j; k < Math.min(s1, j + 5); k++) {
            Mention m = ix.mention(k);
            if (m != null && m.kind == Mention.Kind.ORGANIZATION) return m.tokEnd;
        }
        return j + 1;
    }


    /** "وأضاف أن": a clause-initial cue with و/ف and no subject goes on with the previous speaker. */
    private static boolean continues(PreparedText t, DocIndex.Cue c, int s0) {
        String w = t.norm(c.start());
        boolean conj = w.startsWith("و") || w.startsWith("ف");
        return conj && (c.start() == s0 || t.isComma(c.start() - 1) || t.isBreak(c.start() - 1));
    }

    private static EventDraft.StatementDraft enclosing(List<EventDraft.StatementDraft> done, int charPos) {
        for (int i = done.size() - 1; i >= 0 && i >= done.size() - LOOK_BACK; i--) {
            EventDraft.StatementDraft d = done.get(i);
            if (charPos >= d.contentStart && charPos < d.contentEnd) return d;
        }
        return null;
    }

    /** How many earlier statements a rule compares with: enough for any article, bounded for any input. */
    private static final int LOOK_BACK = 32;
    /** The longest reported content, in tokens: a clause, not the rest of an endless sentence. */
    private static final int MAX_CONTENT = 200;

    /** The last statement cued in [s0, before); statements are found in text order, so look from the end. */
    private static EventDraft.StatementDraft lastIn(List<EventDraft.StatementDraft> done, int s0, int before) {
        for (int i = done.size() - 1; i >= 0 && i >= done.size() - LOOK_BACK; i--) {
            EventDraft.StatementDraft d = done.get(i);
            if (d.cueToken >= s0 && d.cueToken < before) return d;
        }
        return null;
    }

    private static Mention firstPerson(DocIndex ix, int a, int b) {
        for (Mention m : ix.actorMentions(Math.max(a, b - MeetingFinder.REACH), b)) {
            if (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.TITLE_ONLY) return m;
        }
        return null;
    }

    private static String countryOf(DocIndex ix, EventDraft.StatementDraft d) {
        if (d == null) return null;
        ActorTable.ActorDraft a = ix.actors.get(d.speaker);
        return a == null ? null : a.country;
    }

    private String speakerId(DocIndex ix, Mention m) {
        if (m.kind == Mention.Kind.GROUP_WORD) {
            return GroupResolver.groupFor(ix, m);
        }
        return m.actorId;
    }

    /** "نقلت وكالة تاس عن الكرملين أن …": the speaker after عن, the outlet as via. */
    private EventDraft.StatementDraft relay(DocIndex ix, DocIndex.Cue c) {
        PreparedText t = ix.t;
        int s1 = ix.sentenceEnd(c.start());
        Mention via = null;
        Mention speaker = null;
        int k = c.end();
        for (; k < Math.min(s1, c.end() + 8); k++) {
            Mention m = ix.mention(k);
            if (via == null && m != null && m.actorId != null && m.kind == Mention.Kind.ORGANIZATION) {
                via = m;
                k = m.tokEnd - 1;
                continue;
            }
            if (t.norm(k).equals(Keys.of("عن")) && via != null) {
                Mention sp = ix.mention(k + 1);
                if (sp == null && t.isQuote(k + 1)) sp = ix.mention(k + 2);
                if (sp != null && sp.actorId != null) {
                    speaker = sp;
                    k = sp.tokEnd;
                }
                break;
            }
        }
        if (speaker == null) return null;
        EventDraft.StatementDraft st = new EventDraft.StatementDraft();
        st.speaker = speaker.actorId;
        st.via = via.actorId;
        st.cue = t.surface(c.start(), c.end());
        st.cueToken = c.start();
        int contentStart = -1;
        for (int j = k; j < Math.min(s1, k + 8); j++) {
            if (t.isQuote(j) && ix.mention(j) != null || insideName(ix, j)) continue;
            if (COMPLEMENTIZERS.contains(t.norm(j)) || t.isPunct(j, ':')) {
                contentStart = j + 1;
                break;
            }
        }
        if (contentStart < 0) return null;
        content(ix, st, contentStart, s1);
        if (st.content == null) return null;
        st.evidence.add(Span.of(t.text, t.start(c.start()), st.contentEnd));
        return st;
    }

    /** بحسب / وفق / نقلا عن X. */
    private EventDraft.StatementDraft source(DocIndex ix, DocIndex.Cue c, List<EventDraft.StatementDraft> done) {
        PreparedText t = ix.t;
        int s0 = ix.sentenceStart(c.start());
        int s1 = ix.sentenceEnd(c.start());
        Mention actor = null;
        int k = c.end();
        if (k < s1 && t.norm(k).equals(Keys.of("عن"))) k++;
        Mention relayedVia = null;
        for (int n = k; n < Math.min(s1, k + 8); n++) {
            // "وفقا لما نقلته وكالة رويترز عن X": X speaks, the agency relays
            Mention m = ix.mention(n);
            if (m != null && m.media && m.actorId != null && m.tokEnd < s1 && t.norm(m.tokEnd).equals(Keys.of("عن"))) {
                relayedVia = m;
                k = m.tokEnd + 1;
                break;
            }
            if (m != null && m.tokStart == n && !m.media) break;
        }
        // the speaker comes within a few words of the cue, or of the relaying outlet's "عن"
        int reach = (relayedVia != null ? k : c.end()) + 5;
        for (; k < Math.min(s1, reach); k++) {
            Mention m = ix.mention(k);
            if (m != null && m.actorId != null && m.kind != Mention.Kind.PLACE) {
                actor = m;
                break;
            }
            if (t.isQuote(k) || LEADS.contains(DocIndex.stripConj(t.norm(k)))) continue;
            break;
        }
        if (actor == null) return null;
        EventDraft.StatementDraft told = lastIn(done, s0, c.start());
        boolean clauseStart = told == null && (c.start() == s0 || t.isComma(c.start() - 1)
                || (c.start() == s0 + 1 && t.isBreak(s0)));
        if (clauseStart && !actor.media) {
            // "وبحسب تصريحات بلينكن، فإن المحادثات …"
            int j = actor.tokEnd;
            int contentStart = -1;
            for (int n = j; n < Math.min(s1, j + 4); n++) {
                if (COMPLEMENTIZERS.contains(t.norm(n))) { contentStart = n + 1; break; }
                if (t.isComma(n)) { contentStart = n + 1; if (n + 1 < s1 && COMPLEMENTIZERS.contains(t.norm(n + 1))) contentStart = n + 2; break; }
            }
            if (contentStart < 0) return null;
            EventDraft.StatementDraft st = new EventDraft.StatementDraft();
            st.speaker = actor.actorId;
            if (relayedVia != null) st.via = relayedVia.actorId;
            st.cue = t.surface(c.start(), c.end());
            st.cueToken = c.start();
            content(ix, st, contentStart, s1);
            if (st.content == null) return null;
            st.evidence.add(Span.of(t.text, t.start(c.start()), st.contentEnd));
            return st;
        }
        // at the end of a clause: a via for the statement before, or the clause's source
        EventDraft.StatementDraft before = lastIn(done, s0, c.start());
        if (before != null) {
            if (actor.media || isOrganization(ix, actor)) {
                if (before.via == null && !before.speaker.equals(actor.actorId)) before.via = actor.actorId;
            }
            return null;
        }
        if (actor.media) return null;
        EventDraft.StatementDraft st = new EventDraft.StatementDraft();
        st.speaker = actor.actorId;
        st.cue = t.surface(c.start(), c.end());
        st.cueToken = c.start();
        int end = c.start();
        while (end > s0 && (t.isComma(end - 1) || t.isBreak(end - 1))) end--;
        if (end <= s0) return null;
        content(ix, st, s0, end);
        if (st.content == null) return null;
        st.evidence.add(Span.of(t.text, t.start(s0), t.end(actor.tokEnd - 1)));
        return st;
    }

    private static boolean isOrganization(DocIndex ix, Mention m) {
        return m.kind == Mention.Kind.ORGANIZATION;
    }

    /**
     * Fills content from token {@code from} to the end of the clause (before the next speech cue that opens
     * a clause, or {@code limit}); a quote at the start makes it DIRECT and may run past the sentence.
     */
    private void content(DocIndex ix, EventDraft.StatementDraft st, int from, int limit) {
        PreparedText t = ix.t;
        while (from < limit && t.isComma(from)) from++;
        if (from >= t.size()) return;
        Quote q = t.isQuote(from) ? ix.quoteOpeningAt(from) : null;
        int startChar;
        int endChar;
        if (q != null) {
            startChar = q.contentStart();
            endChar = q.contentEnd();
            st.kind = StatementKind.DIRECT;
        } else {
            if (from >= limit) return;
            limit = Math.min(limit, from + MAX_CONTENT);
            int end = limit;
            for (int k = from + 1; k < limit; k++) {
                DocIndex.Cue c = ix.cueAt[k];
                if (c != null && c.start() == k && c.kind() == DocIndex.CueKind.STATEMENT && opensClause(ix, c)
                        && !"PARTICIPLE".equals(c.attr("TYPE"))) {
                    end = k;
                    break;
                }
            }
            while (end > from && (t.isComma(end - 1) || t.isPunct(end - 1, '.') || t.isPunct(end - 1, '؛'))) end--;
            if (end <= from) return;
            startChar = t.start(from);
            endChar = t.end(end - 1);
            // an unclosed quote at the start still reads as quoted words
            String raw = t.text.substring(startChar, endChar);
            if (t.isQuote(from)) {
                st.kind = StatementKind.DIRECT;
            } else if (raw.isEmpty()) {
                return;
            }
        }
        String text = t.text.substring(startChar, endChar);
        String clean = trimMarks(text);
        if (clean.isBlank()) return;
        int lead = text.indexOf(clean);
        st.contentStart = startChar + Math.max(0, lead);
        st.contentEnd = st.contentStart + clean.length();
        st.content = clean;
    }

    private static boolean opensClause(DocIndex ix, DocIndex.Cue c) {
        PreparedText t = ix.t;
        String type = c.attr("TYPE");
        if ("PARTICIPLE".equals(type)) return t.isComma(c.start() - 1) || t.norm(c.start()).startsWith("و");
        if ("SOURCE".equals(type)) return namesSource(ix, c); // not "تسير وفق الخطة"
        String w = t.norm(c.start());
        return (w.startsWith("و") || w.startsWith("ف")) && (t.isComma(c.start() - 1) || t.isBreak(c.start() - 1));
    }

    /** "بحسب X", "وفق ما نقلته وكالة X": an actor within a few words after the cue (past عن and lead words). */
    private static boolean namesSource(DocIndex ix, DocIndex.Cue c) {
        PreparedText t = ix.t;
        int s1 = ix.sentenceEnd(c.start());
        for (int k = c.end(); k < Math.min(s1, c.end() + 5); k++) {
            Mention m = ix.mention(k);
            if (m != null && m.actorId != null && m.kind != Mention.Kind.PLACE) return true;
            String w = DocIndex.stripConj(t.norm(k));
            if (!t.isQuote(k) && !LEADS.contains(w) && !w.equals(Keys.of("عن"))) return false;
        }
        return false;
    }

    static String trimMarks(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isMark(s.charAt(a))) a++;
        while (b > a && isMark(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    private static boolean isMark(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '«' || c == '»' || c == '“' || c == '”' || c == '„'
                || c == '،' || c == ',' || c == '.' || c == ':' || c == '؛' || c == '\'' || c == '‘' || c == '’'
                || c == '\u00a0' || c == '-' || c == '–';
    }

    private void finish(DocIndex ix, DocIndex.Cue c, EventDraft.StatementDraft s, List<EventDraft.StatementDraft> done) {
        PreparedText t = ix.t;
        int contentTok = t.firstTokenAtOrAfter(s.contentStart);
        // via: an outlet between the cue and the content ("في حديث لوكالة تاس")
        if (s.via == null) {
            for (int k = c.start(); k < contentTok && k < t.size(); k++) {
                Mention m = ix.mention(k);
                if (m != null && m.media && m.actorId != null && !m.actorId.equals(s.speaker)) {
                    s.via = m.actorId;
                    break;
                }
            }
        }
        if (s.via == null && "PARTICIPLE".equals(c.attr("TYPE"))) {
            // "غرد X على منصة إكس قائلا إن …": the channel is named in the verb's frame before the participle
            DocIndex.Cue verb = ix.previous(c);
            if (verb != null && verb.kind() == DocIndex.CueKind.STATEMENT && !"PARTICIPLE".equals(verb.attr("TYPE"))
                    && t.sentence(verb.start()) == t.sentence(c.start())) {
                for (int k = verb.end(); k < c.start(); k++) {
                    Mention m = ix.mention(k);
                    if (m != null && m.media && m.actorId != null && !m.actorId.equals(s.speaker)) {
                        s.via = m.actorId;
                        break;
                    }
                }
            }
        }
        if (s.time == null) {
            int from = Math.max(ix.sentenceStart(c.start()), c.start() - 3);
            s.time = ix.nearestTime(from, Math.max(from, contentTok), c.start());
            if (s.time == null) {
                // a sentence-initial adverbial: "وقبل يوم واحد من تصريحات ماكغورك، قال …"
                int s0 = ix.sentenceStart(c.start());
                TimeExpression lead = ix.nearestConcreteTime(s0, c.start(), c.start());
                if (lead != null && t.firstTokenAtOrAfter(lead.start()) <= s0 + 1) s.time = lead;
            }
        }
        if (s.time != null) s.time = relativeToEvent(ix, s.time, done);
    }

    private static final Set<String> EVENT_NOUNS = DocIndex.keys("تصريحات", "تصريح", "لقاء", "اجتماع", "زيارة",
            "اتصال", "كلمة", "بيان", "مؤتمر");

    /**
     * "قبل يوم واحد من تصريحات X": a time counted from another statement, not from the publication date.
     * The offset the recogniser measured from the publication date is applied to X's statement's date.
     */
    private TimeExpression relativeToEvent(DocIndex ix, TimeExpression time, List<EventDraft.StatementDraft> done) {
        PreparedText t = ix.t;
        if (time.text() == null || t.published == null || time.start() == null) return time;
        String first = Keys.of(time.text()).split(" ")[0];
        boolean before = first.equals(Keys.of("قبل"));
        boolean after = first.equals(Keys.of("بعد"));
        if (!before && !after) return time;
        int k = t.firstTokenAtOrAfter(time.end());
        while (k < t.size() && (t.norm(k).equals(Keys.of("واحد")) || t.norm(k).equals(Keys.of("واحدة")))) k++;
        if (k >= t.size() || !t.norm(k).equals(Keys.of("من"))) return time;
        if (k + 1 >= t.size() || !EVENT_NOUNS.contains(t.norm(k + 1))) return time;
        Mention who = ix.mention(k + 2);
        if (who == null || who.actorId == null) return time;
        java.time.LocalDate shown;
        try {
            shown = java.time.LocalDate.parse(time.value());
        } catch (RuntimeException e) {
            return time;
        }
        long offset = java.time.temporal.ChronoUnit.DAYS.between(shown, t.published);
        for (int i = done.size() - 1; i >= 0 && i >= done.size() - LOOK_BACK; i--) {
            EventDraft.StatementDraft d = done.get(i);
            if (!who.actorId.equals(d.speaker) || d.time == null) continue;
            try {
                java.time.LocalDate anchor = java.time.LocalDate.parse(d.time.value());
                java.time.LocalDate v = before ? anchor.minusDays(Math.abs(offset)) : anchor.plusDays(Math.abs(offset));
                return time.withValue(v.toString());
            } catch (RuntimeException e) {
                return time;
            }
        }
        return time;
    }

    private static boolean duplicate(List<EventDraft.StatementDraft> out, EventDraft.StatementDraft s) {
        for (int i = out.size() - 1; i >= 0 && i >= out.size() - LOOK_BACK; i--) {
            EventDraft.StatementDraft o = out.get(i);
            if (o.speaker.equals(s.speaker) && o.contentStart <= s.contentStart && o.contentEnd >= s.contentEnd) {
                return true;
            }
        }
        return false;
    }
}
