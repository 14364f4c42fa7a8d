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
    private static final Set<String> COUNTRY_WORDS = DocIndex.keys("البلدان", "البلدين", "الدولتان", "الدولتين");
    private static final int SENTENCES_BACK = 3;

    private GroupResolver() {}

    static String groupFor(DocIndex ix, Mention word) {
        PreparedText t = ix.t;
        boolean countries = false;
        for (Clitic c : Clitic.variants(t.norm(word.tokStart))) {
            if (COUNTRY_WORDS.contains(c.stem())) countries = true;
        }
        int sentence = t.sentence(word.tokStart);
        List<String> members = new ArrayList<>();
        for (int k = word.tokStart - 1; k >= 0 && k >= word.tokStart - 4 * MeetingFinder.REACH
                && t.sentence(k) >= sentence - SENTENCES_BACK; k--) {
            Mention m = ix.mention(k);
            if (m == null || m.actorId == null || m.tokStart != k) continue;
            ActorTable.ActorDraft d = ix.actors.get(m.actorId);
            if (d == null) continue;
            boolean wanted = countries ? d.type == ActorType.COUNTRY : d.type == ActorType.PERSON;
            if (wanted && !members.contains(d.id)) {
                members.add(0, d.id);
                if (members.size() == 2) break;
            }
        }
        if (members.size() < 2) return null;
        members.sort(String::compareTo);
        ActorTable.ActorDraft g = ix.actors.group(t.surface(word.tokStart, word.tokEnd), members);
        Span s = Span.of(t.text, word.start, word.end);
        if (!g.mentions.contains(s)) g.mentions.add(s);
        word.actorId = g.id;
        return g.id;
    }
}
