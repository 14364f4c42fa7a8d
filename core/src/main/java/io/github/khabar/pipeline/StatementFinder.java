package io.github.khabar.pipeline;

import io.github.khabar.model.Span;
import io.github.khabar.model.StatementKind;
import io.github.khabar.text.Quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Who said what. A speech cue (قال، أكد، أشار إلى، مشيرا، بحسب…) finds its speaker — the actor right after
 * a verb, else the subject before it, else the speaker of the statement before ("وأضاف أن") — and its
 * content: after أن/إن, a colon, the verb's particle (أشار إلى، أعرب عن), or a quote; DIRECT when the
 * content is a quotation (which may run over several sentences), REPORTED otherwise. "نقلت وكالة X عن Y
 * أن" gives speaker Y via X; a trailing "وفق ما نقلته صحيفة X" gives the via; "بحسب X" at the end of a
 * clause attributes that clause to X, as does a trailing "…، كما قال X". A headline "X: …" or "X لـY: …" is
 * X's statement. A new explicit subject no actor answers for ("وقال محللون"، "وقالت المعارضة") ends the
 * carry-over: a later "وأضاف" is not given to the last named speaker. The parts: {@link StatementSpeaker}
 * (who speaks), {@link StatementContent} (where the words are), {@link StatementCarry} (the statements
 * before), {@link StatementSources} (headlines, relays, sources), {@link StatementDetails} (via, time); the
 * words they read are {@code lexicon/statement-words.txt}. Stateless; thread-safe.
 */
final class StatementFinder {
    List<EventDraft.StatementDraft> find(DocIndex ix) {
        PreparedText t = ix.t;
        List<EventDraft.StatementDraft> out = new ArrayList<>();
        StatementSources.headlines(ix, out);
        EventDraft.StatementDraft previous = null;
        for (int ci = 0; ci < ix.cues.size(); ci++) {
            DocIndex.Cue c = ix.cues.get(ci);
            if (c.kind() != DocIndex.CueKind.STATEMENT && c.kind() != DocIndex.CueKind.RELAY) continue;
            EventDraft.StatementDraft s;
            if (c.kind() == DocIndex.CueKind.RELAY) {
                s = StatementSources.relay(ix, c);
            } else {
                String type = c.attr("TYPE");
                if ("SOURCE".equals(type)) {
                    s = StatementSources.source(ix, c, out);
                } else {
                    s = spoken(ix, c, "PARTICIPLE".equals(type), previous, out);
                }
            }
            if (s != null && s.speaker == null) {
                previous = null; // "وقال محللون": someone unnamed speaks; a later "وأضاف" is not the last named speaker
                continue;
            }
            if (s != null && s.hospitality) {
                previous = s; // its speaker goes on in "وأكد …", but a welcome is no statement
                continue;
            }
            if (s != null && s.content != null && !s.content.isBlank() && s.speaker != null) {
                StatementDetails.finish(ix, c, s, out);
                if (!StatementCarry.duplicate(out, s)) {
                    out.add(s);
                }
                previous = s;
            }
        }
        out.sort((a, b) -> Integer.compare(a.contentStart, b.contentStart));
        return out;
    }

    private EventDraft.StatementDraft spoken(DocIndex ix, DocIndex.Cue c, boolean participle,
                                             EventDraft.StatementDraft previous, List<EventDraft.StatementDraft> done) {
        PreparedText t = ix.t;
        int s0 = ix.sentenceStart(c.start());
        int s1 = ix.sentenceEnd(c.start());
        String raw = t.surface(c.start(), c.end());
        if (raw.startsWith("إبان") || raw.startsWith("وإبان")) return null; // "إبان توليه": during, not "explained"
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
                            && !m.country.equals(StatementSpeaker.countryOf(ix, previous))
                        || m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.ORGANIZATION)) {
                unknownSubject = true; // a bare "وأوضح المتحدث أن" may still be the spokesman just quoted
                break;
            }
            if (k == j && !participle && (StatementSpeaker.newSubject(ix, k)
                    || StatementWords.KIN.contains(DocIndex.stripConj(t.norm(k))))) {
                // "وعبّر أبناء X عن شكرهم": X's family speaks
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
                if (m.media && addressed(t, m)) {
                    k = m.tokEnd - 1; // "وأوضح لـ«عكاظ» مندوب السفارة X": the outlet told, the official speaks
                    continue;
                }
                if (m.kind == Mention.Kind.COUNTRY && k > j && StatementWords.PREPOSITION.contains(t.norm(k - 1))) {
                    break; // "نُشر في ألمانيا أن …": where, not who
                }
                speaker = m;
                break;
            }
            if (t.isComma(k) || t.isQuote(k)) continue;
            String w = t.norm(k);
            if (StatementWords.COMPLEMENTIZER.contains(w) || t.isPunct(k, ':') || ix.cueAt[k] != null) break;
            if (participle) break; // "مشيرا إلى": no subject follows
            if (k == j && StatementWords.SPEECH_NOUN.contains(w)) {
                // "قال بيان صادر عن الرئاسة": the issuer speaks; "رفضت بيان الاتحاد": an object, whose owner does not
                speaker = StatementSpeaker.issuer(ix, k + 1, s1);
                // "وأفاد بلاغ للوزارة": an indefinite communiqué is a new one; "وأضاف البيان" is the one before
                unknownSubject = speaker == null && !t.hasArticle(k);
                break;
            }
            if (!StatementWords.FRAME_WORD.contains(DocIndex.stripConj(w)) && !StatementSpeaker.isTimeToken(ix, k)) break;
        }
        String sourceOrg = speaker == null && !participle ? StatementSpeaker.anonymousSource(ix, j, s1) : null;
        if (sourceOrg != null) {
            j = StatementSpeaker.skipSourcePhrase(ix, j, s1);
        }
        if (speaker == null && !participle && sourceOrg == null && !explicitSubject) {
            // a long title before the name: "قال المبعوث الخاص … بريت ماكغورك:"
            for (int k = j; k < Math.min(s1, j + 14); k++) {
                String w = t.norm(k);
                if (StatementWords.COMPLEMENTIZER.contains(w) || t.isPunct(k, ':') || (t.isQuote(k) && ix.quoteOpeningAt(k) != null)
                        || (ix.cueAt[k] != null && k > j)) {
                    break;
                }
                if (w.equals(Keys.of("مع"))) break; // "…، عقب مباحثاتها مع رئيس الحكومة X، أن": X is met, not speaking
                // "أدان اتحاد … الجريمة التي ارتكبها …", "كشف استطلاع صدرت نتائجه …": another clause, not a title
                if (StatementWords.RELATIVE.contains(w) || ix.lex.commonVerbs.contains(w)) break;
                Mention m = ix.mention(k);
                if (m != null && m.tokStart == k && m.kind == Mention.Kind.PERSON && m.actorId != null) {
                    speaker = m;
                    break;
                }
            }
        }
        if (StatementContent.relativeInFrame(ix, c)) {
            return null; // "كتب X في مقال نشر في صحيفة …": the paper published the article, X wrote the words
        }
        if (c.end() < s1 && StatementWords.PRAYER.contains(t.norm(c.end()))) {
            return null; // "داعيا الله أن …", "سائلا المولى": a prayer, not a position
        }
        String speakerId = null;
        String inheritedVia = null;
        EventDraft.StatementDraft enclosing = StatementCarry.enclosing(done, t.start(c.start()));
        EventDraft.StatementDraft relayedBy = null;
        if (enclosing != null && (enclosing.kind == StatementKind.DIRECT || speaker == null)) {
            if (speaker != null || participle || !StatementSpeaker.outletReports(ix, enclosing, c.start(), s0)) {
                return null; // a report inside someone else's words is theirs to tell
            }
            relayedBy = enclosing; // "ذكرت الوكالة أن الوزارة رحبت ب…": the ministry speaks, the agency relays
        }
        if (sourceOrg != null) {
            speakerId = sourceOrg; // "قال مسؤول من حركة حماس إن": the organisation the official speaks for
        } else if (speaker != null) {
            speakerId = StatementSpeaker.speakerId(ix, speaker);
            j = speaker.tokEnd;
        } else if (participle) {
            // "…، مشيرا إلى أن": the speaker of the clause before, else the sentence's first person
            EventDraft.StatementDraft inSentence = StatementCarry.lastIn(done, s0, c.start());
            if (inSentence != null) {
                speakerId = inSentence.speaker;
            } else {
                Mention first = StatementSpeaker.firstPerson(ix, s0, c.start());
                String w = t.norm(c.start());
                if (first != null && (w.endsWith("ين") || w.endsWith("ون"))) {
                    first = null; // "مثمنين": a plural goes on with a plural subject, never with one person
                }
                if (first != null) speakerId = first.actorId;
                else if (previous != null && t.sentence(previous.cueToken) >= t.sentence(c.start()) - 1) {
                    speakerId = previous.speaker;
                }
            }
        } else if (j < s1 && StatementWords.RESUMPTIVE.contains(t.norm(j))) {
            // "تلقى … اتصالا من X أعرب فيه عن …": the one who called
            Mention caller = null;
            for (Mention m : ix.actorMentions(Math.max(s0, c.start() - MeetingFinder.REACH), c.start())) {
                if (m.kind == Mention.Kind.PERSON) caller = m;
            }
            if (caller != null) speakerId = caller.actorId;
        } else {
            Mention subject = StatementSpeaker.leftSubject(ix, c.start(), s0);
            Mention opener = subject == null && !unknownSubject && c.start() == s0 && StatementCarry.continues(t, c, s0)
                    && !StatementSpeaker.pluralVerb(ix, c) ? StatementSpeaker.openingSubject(ix, s0, previous) : null;
            if (subject != null) {
                speakerId = StatementSpeaker.speakerId(ix, subject);
            } else if (opener != null) {
                // "أوصى الإمام X المسلمين بـ… . وقال إن …": the dropped subject is the one the sentence before
                // opened with, not a speaker quoted before that sentence
                speakerId = opener.actorId;
            } else if (previous != null && !unknownSubject && t.sentence(previous.cueToken) >= t.sentence(c.start()) - 2
                    && StatementCarry.continues(t, c, s0)) {
                speakerId = previous.speaker; // "وأضاف أن", "وتابع:"
                ActorTable.ActorDraft before = ix.actors.get(previous.speaker);
                if (StatementSpeaker.pluralVerb(ix, c) && before != null && before.type != io.github.khabar.model.ActorType.GROUP) {
                    // "وذكرت الوكالة أن الوزيرين بحثا …، وشددا على …": a dual verb goes on with the dual subject
                    // of the reported clause, not with the one who reports it
                    // (only a group the text has already resolved: resolving one here would make the group
                    // word an actor for the meeting rules too, which would count the talks it reports a second time)
                    Mention group = StatementSpeaker.lastGroupWord(ix, s0, c.start());
                    speakerId = group == null ? null : group.actorId;
                    if (speakerId != null) {
                        inheritedVia = previous.via != null ? previous.via
                                : StatementSpeaker.spokenByOutlet(ix, previous) ? previous.speaker : null;
                    }
                }
            }
        }
        if (speakerId == null) {
            // a subject of its own that no actor answers for: no statement, and the carry-over ends here
            return unknownSubject && !participle ? unnamed(c) : null;
        }
        st.speaker = speakerId;
        if (inheritedVia != null && !inheritedVia.equals(speakerId)) st.via = inheritedVia;
        if (speaker != null && StatementSources.trailing(ix, c, speaker, st)) {
            return st; // "…، كما قال X": the words come before their attribution
        }
        // where the content starts
        String prep = c.attr("PREP");
        if (prep != null && c.end() < s1 && StatementContent.resumes(t.norm(c.end()), prep)) {
            return null; // "الخطوات التي أعلن عنها الرئيس": a relative clause, its content told before it
        }
        int contentStart = -1;
        int limit = Math.min(s1, j + 16);
        for (int k = j; k < limit; k++) {
            if (t.isPunct(k, ':')) { contentStart = k + 1; break; }
            if (t.isQuote(k) && ix.quoteOpeningAt(k) != null && k <= j + 1) {
                if (k > j && StatementWords.OUTLET_PREPOSITION.contains(t.norm(k - 1))) {
                    // "وقال X لـ«الشرق الأوسط» إن …": the quoted words name the outlet; the content comes later
                    k = Math.max(k, t.firstTokenAtOrAfter(ix.quoteOpeningAt(k).end()) - 1);
                    limit = Math.min(s1, k + 16);
                    continue;
                }
                contentStart = k;
                break;
            }
            if (t.isQuote(k) && k > j + 1 && StatementContent.quotedWords(ix, k)) {
                contentStart = k; // "وقال X في رسالة وجهها إلى قادة الاتحاد «…»": the frame, then the words
                break;
            }
            String w = t.norm(k);
            if (StatementContent.insideName(ix, k)) continue; // "شبكة سي إن إن": not the particle إن
            if (StatementWords.COMPLEMENTIZER.contains(w) && !StatementWords.NOT_REPORTING.contains(t.norm(k - 1))) {
                contentStart = k + 1;
                break;
            }
            if (prep != null && t.anyVariant(w, prep::equals) && (w.equals(prep) || w.length() <= prep.length() + 1)) {
                int n = k + 1;
                if (n < s1 && StatementWords.COMPLEMENTIZER.contains(t.norm(n))) n++;
                contentStart = n;
                break;
            }
            if (prep != null && w.length() > prep.length() && w.startsWith(prep)
                    && prep.length() == 1) { // the particle glued to the word: "بضرورة"
                contentStart = k;
                break;
            }
            if (k > j && ix.cueAt[k] != null && ix.cueAt[k].kind() == DocIndex.CueKind.STATEMENT) {
                if (StatementContent.describesVehicle(t, k)) continue;
                break;
            }
        }
        if (contentStart < 0 && j < s1 && t.isComma(j)) {
            contentStart = StatementContent.afterInsertedPhrase(ix, j, s1);
        }
        if (contentStart < 0) {
            Quote before = StatementContent.quoteEndingBefore(ix, c.start());
            if (before != null && speaker != null) {
                // "«…»، قال X": the quotation told before its attribution
                st.kind = StatementKind.DIRECT;
                st.contentStart = before.contentStart();
                st.contentEnd = before.contentEnd();
                st.content = StatementContent.trimMarks(t.text.substring(before.contentStart(), before.contentEnd()));
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
        StatementContent.content(ix, st, contentStart, s1);
        if (st.content == null) return null;
        StatementContent.quotedParticle(ix, st, contentStart);
        if (StatementWords.INVITING.contains(DocIndex.stripConj(t.norm(c.start())))
                && ix.cueAt[Math.min(t.size() - 1, t.firstTokenAtOrAfter(st.contentStart))] != null
                && ix.cueAt[t.firstTokenAtOrAfter(st.contentStart)].kind() == DocIndex.CueKind.VISIT) {
            return null; // "دعا X إلى زيارة بكين" is an invitation, not a statement
        }
        if ("WELCOME".equals(c.attr("ACT")) && StatementContent.welcomesGuest(ix, st.contentStart)) {
            st.hospitality = true; // "ورحب سموه بالوزيرة الضيفة": a courtesy, not a position; "وأكد" goes on
        }
        if (participle && speaker == null) {
            EventDraft.StatementDraft before = StatementCarry.lastIn(done, s0, c.start());
            if (before != null && before.speaker.equals(speakerId) && before.contentEnd <= st.contentEnd) {
                // "…، مشيرا إلى أن …" goes on with the same statement
                String merged = StatementContent.trimMarks(t.text.substring(before.contentStart, st.contentEnd));
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

    /** The mark of a speech verb whose subject no actor answers for ("وقال محللون"): speaker null, no content. */
    private static EventDraft.StatementDraft unnamed(DocIndex.Cue c) {
        EventDraft.StatementDraft st = new EventDraft.StatementDraft();
        st.cueToken = c.start();
        return st;
    }

    /** Token k is written with ل (glued or as "لـ" before it): "لـ«عكاظ»", "لوكالة الأنباء". */
    private static boolean addressed(PreparedText t, Mention m) {
        int k = m.tokStart;
        return m.start > t.start(k) && t.norm(k).startsWith("ل") || k > 0 && StatementWords.OUTLET_PREPOSITION.contains(t.norm(k - 1))
                || t.isQuote(k - 1) && k > 1 && StatementWords.OUTLET_PREPOSITION.contains(t.norm(k - 2));
    }
}
