package io.github.khabar.pipeline;

import io.github.khabar.model.ActorType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Countries and organisations as the parties of a meeting when no person takes part: "اجتمعت مصر والسودان
 * وإثيوبيا", "مصر والسودان تجتمعان", "قمة بين الاتحاد الأوروبي والصين", "مباحثات بين الجانبين السعودي
 * والأمريكي". Only a coordinated list counts (و or a comma between each two), standing where the parties of
 * the cue stand: right after a verb (times may come between), right before it, or right after "بين"/"مع"
 * that follows a noun — so a country named in the topic ("لبحث الوضع في السودان") or a place is never a party;
 * and not when every party is a country with a person of its own in the text (the persons' meeting retold).
 * Used by {@link MeetingFinder} when its own rules find no person among the parties. Stateless.
 */
final class BodyParties {
    private static final Set<String> BETWEEN = DocIndex.keys("بين", "مع");
    private static final String WITH = Keys.of("مع");
    /** How many words (an adjective: "قمة ثلاثية بين") may stand between a noun cue and بين. */
    private static final int NOUN_REACH = 2;

    private BodyParties() {}

    /** The bodies that meet at this cue, in text order; empty when there are fewer than two. */
    static List<String> of(DocIndex ix, DocIndex.Cue cue, Clause cl) {
        List<String> ids = parties(ix, cue, cl);
        return represented(ix, ids) ? List.of() : ids;
    }

    private static List<String> parties(DocIndex ix, DocIndex.Cue cue, Clause cl) {
        PreparedText t = ix.t;
        int end = Math.min(cl.rightEnd(), cl.sentenceEnd());
        if ("NOUN".equals(cue.attr("KIND"))) {
            for (int j = cue.end(); j < Math.min(end, cue.end() + NOUN_REACH + 1); j++) {
                if (BETWEEN.contains(t.norm(j))) return atLeastTwo(chain(ix, j + 1, end));
            }
            return List.of();
        }
        int k = cue.end();
        while (k < end && ix.inTime(k)) k++; // "اجتمعت أمس مصر والسودان"
        List<String> after = chain(ix, k, end);
        if (after.size() >= 2) return after;
        if (after.size() == 1) {
            int next = ix.mention(k).tokEnd;
            if (next < end && t.norm(next).equals(WITH)) {
                // "اجتمعت مصر مع السودان"
                List<String> with = chain(ix, next + 1, end);
                if (!with.isEmpty() && !with.contains(after.get(0))) {
                    List<String> both = new ArrayList<>(after);
                    both.addAll(with);
                    return both;
                }
            }
            return List.of();
        }
        // "مصر والسودان وإثيوبيا تجتمع": the list ends right before the verb
        for (int start = Math.max(cl.leftStart(), cue.start() - MeetingFinder.REACH); start < cue.start(); start++) {
            Mention m = ix.mention(start);
            if (m == null || m.tokStart != start || !isBody(m)) continue;
            int[] stop = new int[1];
            List<String> before = chain(ix, start, cue.start(), stop);
            if (stop[0] == cue.start()) return atLeastTwo(before);
        }
        return List.of();
    }

    private static List<String> atLeastTwo(List<String> ids) {
        return ids.size() >= 2 ? ids : List.of();
    }

    /**
     * Every party is a country that has a person of its own named in the text ("التقى وزير الخارجية الكيني
     * نظيره البرازيلي … المباحثات بين الجانبين الكيني والبرازيلي"): the persons' meeting told again, not a meeting of its own.
     */
    private static boolean represented(DocIndex ix, List<String> ids) {
        for (String id : ids) {
            ActorTable.ActorDraft body = ix.actors.get(id);
            if (body == null || body.type != ActorType.COUNTRY || body.country == null) return false;
            boolean named = false;
            for (ActorTable.ActorDraft d : ix.actors.actors.values()) {
                if (d.type == ActorType.PERSON && body.country.equals(d.country)) {
                    named = true;
                    break;
                }
            }
            if (!named) return false;
        }
        return true;
    }

    private static List<String> chain(DocIndex ix, int k, int end) {
        return chain(ix, k, end, new int[1]);
    }

    /**
     * The coordinated bodies from token k: "مصر والسودان وإثيوبيا", "الاتحاد الأوروبي والصين", "الجانبين
     * السعودي والأمريكي" (a group word named by its countries). {@code stop[0]} is set to the token after it.
     */
    private static List<String> chain(DocIndex ix, int k, int end, int[] stop) {
        PreparedText t = ix.t;
        List<String> ids = new ArrayList<>();
        Mention first = ix.mention(k);
        if (first != null && first.tokStart == k && first.kind == Mention.Kind.GROUP_WORD) k++;
        boolean comma = false;
        stop[0] = k;
        while (k < end) {
            Mention m = ix.mention(k);
            if (m == null || m.tokStart != k || !isBody(m)) break;
            boolean joined = comma || (m.start > t.start(k) && t.norm(k).startsWith("و"));
            if (!ids.isEmpty() && !joined) break;
            if (!ids.contains(m.actorId)) ids.add(m.actorId);
            k = m.tokEnd;
            stop[0] = k;
            comma = k < end && t.isComma(k);
            if (comma) k++;
        }
        return ids;
    }

    private static boolean isBody(Mention m) {
        return (m.kind == Mention.Kind.COUNTRY || m.kind == Mention.Kind.ORGANIZATION) && m.actorId != null
                && !m.media && m.sourceAgreement == null;
    }
}
