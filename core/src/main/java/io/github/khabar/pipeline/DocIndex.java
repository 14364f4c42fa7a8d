package io.github.khabar.pipeline;

import io.github.khabar.kb.PlaceEntry;
import io.github.khabar.model.Place;
import io.github.khabar.model.TimeExpression;
import io.github.khabar.text.CliticAnalysis;
import io.github.khabar.text.Clitics;
import io.github.khabar.text.Quote;
import io.github.khabar.text.time.TimeMention;

import java.util.ArrayList;
import java.util.List;

/**
 * What the event rules look things up in, for one document: the mention covering each token, cue words
 * at each token, times and quotes by position. Built once per extraction; confined to that call.
 */
final class DocIndex {
    enum CueKind { STATEMENT, MEETING, VISIT, RELAY }

    /** A cue word (or phrase) at tokens [start, end). {@code future}: it carried the future prefix س. */
    record Cue(CueKind kind, int start, int end, String word, java.util.Map<String, String> attrs, boolean future,
               boolean purpose) {
        String attr(String k) { return attrs == null ? null : attrs.get(k); }
    }

    final PreparedText t;
    final ActorTable actors;
    final Lexicon lex;
    final Mention[] mentionAt;
    final List<Cue> cues = new ArrayList<>();
    final Cue[] cueAt;
    /** The organisation the last unnamed official spoke for ("مسؤول من حركة حماس"), for "وقال المسؤول". */
    String lastSourceOrg;
    /** The parties of the last meeting found so far and its cue token, for "الزعيمان"، "الجانبان" after it. */
    List<String> lastMeetingParties;
    int lastMeetingCue = -1;
    /** The document's clauses ({@link ClauseStage}), read once the statements are known. */
    Clauses clauses = Clauses.NONE;

    /** "عبر عن" (expressed) is speech; "عبر منصة إكس" (via) is not. */
    private static final java.util.Set<String> AMBIGUOUS_WITH_PREPOSITION = EventWords.of("INDEX_AMBIGUOUS_WITH_PREPOSITION");
    private static final java.util.Set<String> SESSION = EventWords.of("INDEX_SESSION");

    DocIndex(PreparedText t, ActorTable actors, Lexicon lex) {
        this.t = t;
        this.actors = actors;
        this.lex = lex;
        this.mentionAt = new Mention[t.size()];
        for (Mention m : actors.mentions) {
            for (int k = m.tokStart; k < m.tokEnd && k < mentionAt.length; k++) {
                if (mentionAt[k] == null || preferred(m, mentionAt[k])) {
                    mentionAt[k] = m;
                }
            }
        }
        this.cueAt = new Cue[t.size()];
        findCues();
    }

    static java.util.Set<String> keys(String... words) {
        return Keys.set(words);
    }

    private static boolean preferred(Mention a, Mention b) {
        return a.kind == Mention.Kind.PERSON && b.kind != Mention.Kind.PERSON;
    }

    private void findCues() {
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i) || t.isDropped(i)) continue;
            Mention m = mentionAt[i];
            if (m != null && m.kind != Mention.Kind.GROUP_WORD && m.kind != Mention.Kind.OFFICIALS) continue;
            Cue c = cueAt(i);
            if (c != null) {
                cues.add(c);
                for (int k = c.start(); k < c.end(); k++) cueAt[k] = c;
                i = c.end() - 1;
            }
        }
    }

    /** The longest cue starting at token i. Purpose forms (لبحث، لمناقشة) are marked, not dropped. */
    private Cue cueAt(int i) {
        String w = t.norm(i);
        // multi-word cues first (up to three words), then single words
        for (int len = 3; len >= 1; len--) {
            if (i + len > t.size()) continue;
            boolean words = true;
            for (int k = i + 1; k < i + len; k++) words &= t.isWord(k);
            if (!words) continue;
            if (len > 1 && !startsCuePhrase(w)) continue; // no multi-word cue begins with this word
            String rest = "";
            if (len > 1) {
                StringBuilder b = new StringBuilder();
                for (int k = i + 1; k < i + len; k++) b.append(' ').append(t.norm(k));
                rest = b.toString();
            }
            for (Clitic v : t.variants(w)) {
                String stem = v.stem();
                boolean purpose = v.prefixChars() > 0 && w.charAt(v.prefixChars() - 1) == 'ل';
                boolean future = false;
                String phrase = len == 1 ? stem : stem + rest;
                Cue c = match(phrase, i, i + len, purpose, false);
                if (c == null && stem.length() > 3 && stem.charAt(0) == 'س' && len == 1) {
                    c = match(stem.substring(1) + rest, i, i + len, purpose, true);
                    future = c != null;
                }
                if (c != null) {
                    return c;
                }
            }
        }
        Cue first = firstPerson(i, w);
        if (first != null) {
            return first;
        }
        Cue withPronoun = withPronoun(i, w);
        if (withPronoun != null) {
            return withPronoun;
        }
        if (verbOf("RELAY", w)) {
            return new Cue(CueKind.RELAY, i, i + 1, w, null, false, false);
        }
        return null;
    }

    /**
     * A first-person meeting or travel verb inside a direct quote ("التقيت نظيري"، "سنزور"): the speaker is its
     * subject ({@code PERSON=1}; the clause stage gives it the quote's speaker).
     */
    private Cue firstPerson(int i, String w) {
        if (quoteHolding(t.start(i)) == null) return null;
        for (Clitic v : t.variants(w)) {
            String s = v.stem();
            boolean future = false;
            java.util.Map<String, String> a = lex.meetingCues.firstPerson(s);
            CueKind kind = CueKind.MEETING;
            if (a == null && s.length() > 3 && s.charAt(0) == 'س') {
                a = lex.meetingCues.firstPerson(s.substring(1));
                future = a != null;
            }
            if (a == null) {
                kind = CueKind.VISIT;
                a = lex.visitCues.firstPerson(s);
                if (a == null && s.length() > 3 && s.charAt(0) == 'س') {
                    a = lex.visitCues.firstPerson(s.substring(1));
                    future = a != null;
                }
            }
            if (a != null) {
                java.util.Map<String, String> attrs = new java.util.HashMap<>(a);
                attrs.put("PERSON", "1");
                return new Cue(kind, i, i + 1, s, java.util.Map.copyOf(attrs), future, false);
            }
        }
        return null;
    }

    /** The quote whose text holds this character offset (binary search), or null. */
    Quote quoteHolding(int charPos) {
        List<Quote> qs = t.quotes;
        int lo = 0;
        int hi = qs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (qs.get(mid).start() <= charPos) lo = mid + 1;
            else hi = mid;
        }
        for (int q = lo - 1; q >= 0 && q >= lo - 2; q--) {
            if (charPos > qs.get(q).start() && charPos < qs.get(q).end()) return qs.get(q);
        }
        return null;
    }

    /** Third-person pronoun suffixes: "يجمعنا" (brings us together) is no report of a meeting. */
    private static final String[] PRONOUNS = {"ه", "ها", "هم", "هما", "هن"};

    /**
     * A cue with a pronoun suffix: a verb with its object (استقبله، التقاه، وصفها) or a noun with its possessor
     * (زيارته، لقائه، اجتماعهما، وصوله، توجهه). The word is segmented by {@link Clitics}; its stem is looked up
     * among the forms the lexicon generated as written before a suffix.
     */
    private Cue withPronoun(int i, String w) {
        if (w.length() < 4) return null;
        boolean suffixed = false;
        for (String p : PRONOUNS) suffixed |= w.endsWith(p);
        // a final ة is folded to ه by the normalisation: "دعوة" is a noun, not "دعوه" (they called him)
        if (!suffixed || t.bare(i).endsWith("ة")) return null;
        for (CliticAnalysis a : Clitics.analyze(w)) {
            if (a.enclitic().isEmpty()) continue;
            String stem = Keys.of(a.stem());
            boolean purpose = a.proclitics().endsWith("ل");
            boolean future = a.proclitics().endsWith("س");
            java.util.Map<String, String> attrs;
            if ((attrs = lex.meetingCues.host(stem)) != null) {
                return new Cue(CueKind.MEETING, i, i + 1, stem, attrs, future, purpose);
            }
            if ((attrs = lex.visitCues.host(stem)) != null) {
                return new Cue(CueKind.VISIT, i, i + 1, stem, attrs, future, purpose);
            }
            if ((attrs = lex.reportingCues.host(stem)) != null && !purpose) {
                return new Cue(CueKind.STATEMENT, i, i + 1, stem, attrs, future, false);
            }
        }
        return null;
    }

    private static final java.util.Set<String> JUSSIVE_PARTICLES = EventWords.of("INDEX_JUSSIVE_PARTICLES");

    /** A form that only the jussive has (يقل، يلتق) is that verb only after لم or لما. */
    private boolean moodFits(String phrase, WordList list, int a) {
        if (!"JUSSIVE".equals(list.attr(phrase, "MOOD"))) return true;
        return a > 0 && JUSSIVE_PARTICLES.contains(stripConj(t.norm(a - 1)));
    }

    /** Whether some reading of the word starts a multi-word cue: only then is a phrase built after it. */
    private boolean startsCuePhrase(String w) {
        for (Clitic v : t.variants(w)) {
            String stem = v.stem();
            if (lex.meetingCues.startsPhrase(stem) || lex.visitCues.startsPhrase(stem)
                    || lex.reportingCues.startsPhrase(stem)) {
                return true;
            }
        }
        return false;
    }

    private Cue match(String phrase, int a, int b, boolean purpose, boolean future) {
        if (lex.meetingCues.contains(phrase) && moodFits(phrase, lex.meetingCues, a)) {
            int start = a;
            if (a > 0 && verbOf("LIGHT", t.norm(a - 1))
                    && "NOUN".equals(lex.meetingCues.attr(phrase, "KIND"))) {
                start = a - 1;
            } else if (a > 1 && verbOf("LIGHT", t.norm(a - 2)) && SESSION.contains(t.norm(a - 1))
                    && "NOUN".equals(lex.meetingCues.attr(phrase, "KIND"))) {
                start = a - 2; // "سيعقد جلسة مباحثات", "أجرى جولة محادثات"
            }
            boolean lightFuture = start < a && t.norm(start).replaceFirst("^و", "").startsWith("س");
            boolean lightPurpose = start < a && t.norm(start).startsWith("ل");
            return new Cue(CueKind.MEETING, start, b, phrase, lex.meetingCues.get(phrase), future || lightFuture,
                    purpose || lightPurpose);
        }
        if (lex.visitCues.contains(phrase) && moodFits(phrase, lex.visitCues, a)) {
            return new Cue(CueKind.VISIT, a, b, phrase, lex.visitCues.get(phrase), future, purpose);
        }
        if (lex.reportingCues.contains(phrase) && moodFits(phrase, lex.reportingCues, a) && !purpose
                && !(AMBIGUOUS_WITH_PREPOSITION.contains(phrase) && !anAnWithin(b, 14))) {
            return new Cue(CueKind.STATEMENT, a, b, phrase, lex.reportingCues.get(phrase), future, false);
        }
        return null;
    }

    /** "عن" among the next tokens ("وعبر سموه عن تعازيه"). */
    private boolean anAnWithin(int from, int n) {
        for (int k = from; k < Math.min(t.size(), from + n); k++) {
            if (Keys.of("عن").equals(t.norm(k))) return true;
        }
        return false;
    }

    /** How far back a light verb may govern a noun cue across its subject. */
    private static final int GOVERNOR_REACH = 16;

    /**
     * The light verb a meeting noun is the object of, across the subject between them ("ومن المقرر أن
     * يعقد رئيس الوزراء الإثيوبي آبي أحمد محادثات", "تجري الولايات المتحدة وإيران محادثات"), or -1. A light
     * verb right before the noun is already part of the cue ({@code cue.start()} is then returned). Only
     * actors, times, commas and و may stand between: anything else means the verb has another object.
     */
    int governor(Cue cue) {
        if (cue.kind() != CueKind.MEETING || !"NOUN".equals(cue.attr("KIND"))) return -1;
        if (verbOf("LIGHT", t.norm(cue.start()))) return cue.start();
        int floor = Math.max(sentenceStart(cue.start()), cue.start() - GOVERNOR_REACH);
        boolean subject = false;
        int k = cue.start() - 1;
        while (k >= floor) {
            Mention m = mention(k);
            if (m != null && m.kind != Mention.Kind.PLACE && (m.actorId != null || m.kind == Mention.Kind.GROUP_WORD)) {
                subject = true;
                k = m.tokStart - 1;
                continue;
            }
            if (t.isComma(k) || t.norm(k).equals("و") || inTime(k)) {
                k--;
                continue;
            }
            return subject && verbOf("LIGHT", t.norm(k)) ? k : -1;
        }
        return -1;
    }

    /** Token k lies inside a time expression (the last one starting at or before it). */
    boolean inTime(int k) {
        if (k < 0 || k >= t.size()) return false;
        int c = t.start(k);
        int i = t.firstTimeAtOrAfter(c + 1) - 1;
        return i >= 0 && c < t.times.get(i).end();
    }

    /**
     * Whether the word is a form of a verb of the given class in {@code light-verbs.txt} (LIGHT, SUBJECT,
     * RECEIVE, RELAY), after و/ف, with the future س (سيجري) or as a purpose masdar with ل (لإجراء).
     */
    boolean verbOf(String cls, String word) {
        String w = stripConj(word);
        if (hasClass(cls, w)) return true;
        return w.length() > 3 && (w.charAt(0) == 'س' || w.charAt(0) == 'ل' && "LIGHT".equals(cls))
                && hasClass(cls, w.substring(1));
    }

    private boolean hasClass(String cls, String w) {
        String classes = lex.lightVerbs.attr(w, "CLASS");
        if (classes == null) return false;
        for (String c : classes.split(",")) {
            if (c.equals(cls)) return true;
        }
        return false;
    }

    static String stripConj(String w) {
        return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
    }

    // ---- lookups ----------------------------------------------------------------------------------------

    Mention mention(int i) {
        return i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
    }

    /** Actor mentions (resolved persons, organisations, countries, group words) starting in [a, b). */
    List<Mention> actorMentions(int a, int b) {
        List<Mention> out = new ArrayList<>();
        Mention last = null;
        for (int k = Math.max(0, a); k < Math.min(b, mentionAt.length); k++) {
            Mention m = mentionAt[k];
            if (m == null || m == last) continue;
            last = m;
            if (m.tokStart < a) continue;
            if (m.actorId != null || m.kind == Mention.Kind.GROUP_WORD) out.add(m);
        }
        return out;
    }

    /** The first place or country mention in [a, b), as a place. */
    Mention firstPlace(int a, int b) {
        for (int k = Math.max(0, a); k < Math.min(b, mentionAt.length); k++) {
            Mention m = mentionAt[k];
            if (m != null && (m.kind == Mention.Kind.PLACE || m.kind == Mention.Kind.COUNTRY) && m.tokStart == k) {
                return m;
            }
        }
        return null;
    }

    Place place(Mention m) {
        if (m == null) return null;
        if (m.ref instanceof PlaceEntry p) {
            return Place.of(p.name(), p.country());
        }
        if (m.kind == Mention.Kind.COUNTRY) {
            ActorTable.ActorDraft d = actors.get(m.actorId);
            String name = d != null && d.name != null ? d.name : m.name;
            return Place.of(name, m.country);
        }
        return Place.of(m.name, m.country);
    }

    /** Times whose first token lies in [a, b). */
    List<TimeMention> times(int a, int b) {
        List<TimeMention> out = new ArrayList<>();
        if (a >= b) return out;
        int from = a < t.size() ? t.start(a) : t.text.length();
        int to = b < t.size() ? t.start(b) : t.text.length();
        // times are in text order: binary search for the first, so each look-up costs only its range
        for (int i = t.firstTimeAtOrAfter(from); i < t.times.size() && t.times.get(i).start() < to; i++) {
            TimeMention tm = t.times.get(i);
            // a duration ("تستمر ثلاثة أيام") says how long, not when
            if (!tm.value().startsWith("P")) out.add(tm);
        }
        return out;
    }

    /** The time in [a, b) nearest to token {@code near}, or null. Vague references rank last. */
    TimeExpression nearestTime(int a, int b, int near) {
        TimeMention best = null;
        int bestDist = Integer.MAX_VALUE;
        int nearChar = near < t.size() ? t.start(near) : t.text.length();
        for (TimeMention tm : times(a, b)) {
            int d = Math.abs(tm.start() - nearChar);
            if (tm.value().endsWith("_REF")) d += 10_000;
            if (d < bestDist) {
                bestDist = d;
                best = tm;
            }
        }
        if (best == null) return null;
        // a joined range only when told at the event itself ("تشهد الدوحة اليوم وغدًا جولة مباحثات"); a
        // clause further on ("…، كما يلتقي X") takes the day it names itself
        return bestDist <= NEAR_CHARS ? coordinated(best) : expression(best);
    }

    private static final int NEAR_CHARS = 30;

    /** A found time as the model writes it, with its TIMEX3 modifier (مطلع الشهر → START). */
    static TimeExpression expression(TimeMention tm) {
        return new TimeExpression(tm.text(), tm.value(), tm.start(), tm.end(), tm.mod());
    }

    /**
     * "اليوم وغدًا", "الأحد والاثنين": two days joined by و are one stretch, told as a range; any other
     * time stands alone.
     */
    private TimeExpression coordinated(TimeMention tm) {
        int i = t.firstTimeAtOrAfter(tm.start());
        TimeMention first = tm;
        TimeMention second = null;
        if (i + 1 < t.times.size() && joined(tm, t.times.get(i + 1))) second = t.times.get(i + 1);
        else if (i > 0 && joined(t.times.get(i - 1), tm)) { first = t.times.get(i - 1); second = tm; }
        if (second == null) return expression(tm);
        return new TimeExpression(t.text.substring(first.start(), second.end()), first.value() + "/" + second.value(),
                first.start(), second.end());
    }

    private boolean joined(TimeMention a, TimeMention b) {
        if (a.end() > b.start() || a.value().length() != 10 || b.value().length() != 10
                || a.value().compareTo(b.value()) >= 0 || a.value().contains("X") || b.value().contains("X")) {
            return false;
        }
        return t.text.substring(a.end(), b.start()).strip().equals("و");
    }

    /** Like {@link #nearestTime}, but a vague reference (PAST_REF, "حالياً") only when nothing else is there. */
    TimeExpression nearestConcreteTime(int a, int b, int near) {
        TimeExpression t = nearestTime(a, b, near);
        return t == null || t.value().endsWith("_REF") ? null : t;
    }

    /** The quote that opens at token i (its opening mark is token i or starts there), or null. */
    Quote quoteOpeningAt(int i) {
        if (i < 0 || i >= t.size()) return null;
        int c = t.start(i);
        int lo = 0;
        int hi = t.quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.quotes.get(mid).start() < c) lo = mid + 1;
            else hi = mid;
        }
        if (lo < t.quotes.size() && t.quotes.get(lo).start() < t.end(i)) return t.quotes.get(lo);
        return null;
    }

    // ---- cue and statement neighbours (constant or logarithmic time, so rules stay linear) -------------

    private final java.util.IdentityHashMap<Cue, Integer> cueIndex = new java.util.IdentityHashMap<>();
    private List<EventDraft.StatementDraft> statementsByContent = List.of();

    private int indexOf(Cue c) {
        if (cueIndex.isEmpty()) {
            for (int i = 0; i < cues.size(); i++) cueIndex.put(cues.get(i), i);
        }
        return cueIndex.getOrDefault(c, -1);
    }

    /** The cue before this one, or null. */
    Cue previous(Cue c) {
        int i = indexOf(c);
        return i > 0 ? cues.get(i - 1) : null;
    }

    /** The cue after this one, or null. */
    Cue next(Cue c) {
        int i = indexOf(c);
        return i >= 0 && i + 1 < cues.size() ? cues.get(i + 1) : null;
    }

    /** Remembers the statements, so later rules can ask which one's content holds a position. */
    void indexStatements(List<EventDraft.StatementDraft> statements) {
        List<EventDraft.StatementDraft> sorted = new ArrayList<>(statements);
        sorted.sort((x, y) -> Integer.compare(x.contentStart, y.contentStart));
        statementsByContent = sorted;
        for (EventDraft.StatementDraft s : statements) statementsByCue.putIfAbsent(s.cueToken, s);
    }

    private final java.util.Map<Integer, EventDraft.StatementDraft> statementsByCue = new java.util.HashMap<>();

    /** The statement whose cue word is token {@code tok}, or null. */
    EventDraft.StatementDraft statementCuedAt(int tok) {
        return statementsByCue.get(tok);
    }

    /** Index in {@link #statementsByContent} of the first statement whose content starts after the offset. */
    private int firstContentAfter(int charPos) {
        List<EventDraft.StatementDraft> list = statementsByContent;
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).contentStart <= charPos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The statement whose content holds this character offset, or null. */
    EventDraft.StatementDraft statementAt(int charPos) {
        List<EventDraft.StatementDraft> list = statementsByContent;
        int lo = firstContentAfter(charPos);
        // a few back: contents rarely nest, so the holder is one of the last that start before the position
        for (int i = lo - 1; i >= 0 && i >= lo - 4; i--) {
            EventDraft.StatementDraft d = list.get(i);
            if (charPos >= d.contentStart && charPos < d.contentEnd) return d;
        }
        return null;
    }

    /**
     * The statement whose reporting cue comes before this character offset and whose content starts after it
     * ("وأضاف خلال مؤتمر صحفي مع X أن …": the offset is in the circumstance between them), or null.
     */
    EventDraft.StatementDraft statementFraming(int charPos) {
        List<EventDraft.StatementDraft> list = statementsByContent;
        int lo = firstContentAfter(charPos);
        if (lo == list.size()) return null;
        EventDraft.StatementDraft d = list.get(lo);
        return d.cueToken >= 0 && d.cueToken < t.size() && t.start(d.cueToken) < charPos ? d : null;
    }

    int sentenceStart(int i) {
        return t.sentenceFirstToken(t.sentence(i));
    }

    int sentenceEnd(int i) {
        return t.sentenceEndToken(t.sentence(i));
    }
}
