package io.github.khabar.pipeline;

import io.github.khabar.model.ActorType;
import io.github.khabar.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "الجانبان"، "الطرفين"، "الوزيران"، "البلدين": the two actors the text has just been talking about — the
 * last two distinct persons (or, for "البلدان", countries) mentioned before the word, within the last few
 * sentences — as one GROUP actor.
 */
final class GroupResolver {
    private static final Set<String> COUNTRY_WORDS = EventWords.of("GROUP_COUNTRY_WORDS");
    private static final int SENTENCES_BACK = 3;
    /** Group words named by an office, and the title words of the offices they stand for. */
    private static final java.util.Map<String, Set<String>> OFFICE_WORDS;

    static {
        java.util.Map<String, Set<String>> m = new java.util.HashMap<>();
        for (String w : EventWords.of("GROUP_LEADERS")) m.put(w, EventWords.of("GROUP_LEADER_TITLES"));
        for (String w : EventWords.of("GROUP_MINISTERS")) m.put(w, EventWords.of("GROUP_MINISTER_TITLES"));
        for (String w : EventWords.of("GROUP_PRESIDENTS")) m.put(w, EventWords.of("GROUP_PRESIDENT_TITLES"));
        OFFICE_WORDS = java.util.Map.copyOf(m);
    }

    private GroupResolver() {}

    static String groupFor(DocIndex ix, Mention word) {
        PreparedText t = ix.t;
        boolean countries = false;
        Set<String> offices = null;
        for (Clitic c : t.variants(t.norm(word.tokStart))) {
            if (COUNTRY_WORDS.contains(c.stem())) countries = true;
            if (offices == null) offices = OFFICE_WORDS.get(c.stem());
        }
        List<String> members = countries ? null : partiesOfLastMeeting(ix, word);
        if (members == null && !countries && offices != null) members = lastTwo(ix, word, false, offices);
        if (members == null) members = lastTwo(ix, word, countries, null);
        if (members == null) return null;
        members.sort(String::compareTo);
        ActorTable.ActorDraft g = ix.actors.group(t.surface(word.tokStart, word.tokEnd), members);
        Span s = Span.of(t.text, word.start, word.end);
        if (!g.mentions.contains(s)) g.mentions.add(s);
        word.actorId = g.id;
        return g.id;
    }

    /**
     * The last two distinct persons (or countries) named before the word, within a few sentences; with
     * {@code offices}, only persons holding an office whose title has one of those words ("الزعيمان": the two
     * leaders, not the spokesman named between them). Null when there are not two.
     */
    private static List<String> lastTwo(DocIndex ix, Mention word, boolean countries, Set<String> offices) {
        PreparedText t = ix.t;
        int sentence = t.sentence(word.tokStart);
        List<String> members = new ArrayList<>();
        for (int k = word.tokStart - 1; k >= 0 && k >= word.tokStart - 4 * MeetingFinder.REACH
                && t.sentence(k) >= sentence - SENTENCES_BACK; k--) {
            Mention m = ix.mention(k);
            if (m == null || m.actorId == null || m.tokStart != k || m.side) continue;
            ActorTable.ActorDraft d = ix.actors.get(m.actorId);
            if (d == null) continue;
            boolean wanted = countries ? d.type == ActorType.COUNTRY : d.type == ActorType.PERSON;
            if (wanted && offices != null && !holdsOneOf(d, offices)) wanted = false;
            if (wanted && !members.contains(d.id)) {
                members.add(0, d.id);
                if (members.size() == 2) break;
            }
        }
        return members.size() < 2 ? null : members;
    }

    /** "وعقد الزعيمان …" right after a meeting of two persons: those two, whoever was named between. */
    private static List<String> partiesOfLastMeeting(DocIndex ix, Mention word) {
        List<String> parties = ix.lastMeetingParties;
        if (parties == null || parties.size() != 2 || ix.lastMeetingCue >= word.tokStart
                || ix.t.sentence(word.tokStart) - ix.t.sentence(ix.lastMeetingCue) > SENTENCES_BACK) {
            return null;
        }
        for (String id : parties) {
            ActorTable.ActorDraft d = ix.actors.get(id);
            if (d == null || d.type != ActorType.PERSON) return null;
        }
        return new ArrayList<>(parties);
    }

    private static boolean holdsOneOf(ActorTable.ActorDraft d, Set<String> officeWords) {
        for (io.github.khabar.model.Role r : d.roles) {
            String title = Keys.of(r.title());
            for (String w : officeWords) {
                if (title.contains(w)) return true;
            }
        }
        return false;
    }
}
