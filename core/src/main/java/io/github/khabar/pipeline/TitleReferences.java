package io.github.khabar.pipeline;

import io.github.khabar.kb.TitleEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Offices without names, read against the persons they stand for (for {@link ActorStage}):
 * <ul>
 *   <li>one office however it is worded: the words of a title the knowledge base lists as a form of another
 *       ("العاهل" of "ملك"), the feminine ("وزيرة الخارجية" of "وزير الخارجية") and a trailing word for the
 *       state ("أمير البلاد" is "أمير" of its country) compare as one;</li>
 *   <li>a bare royal rank several sentences after a person written with it ("الأمير محمد بن سلمان … وأكد الأمير
 *       أن"): that person, the nearest before.</li>
 * </ul>
 * Stateless; thread-safe.
 */
final class TitleReferences {
    /** Trailing words that name the office's state, not the office ("أمير البلاد", "رئيس الدولة"). */
    private static final Set<String> STATE_WORDS = Keys.set("بلاد", "دوله");
    /** Ranks a person is referred back to by, alone, sentences later. */
    private static final Set<String> ROYAL_RANKS = Keys.set("امير", "ملك", "سلطان", "عاهل");
    private static final Set<String> LINKS = Keys.set("في", "لدى");
    /** How many tokens back a bare rank may look for the person written with it. */
    private static final int RANK_REACH = 400;

    private TitleReferences() {}

    /**
     * The office's words without articles, gender, what it is of (a country, a demonym, "في …") or a trailing
     * state word, its first word as the knowledge base's title.
     */
    static String[] office(Gazetteer gazetteer, String title) {
        List<String> words = new ArrayList<>();
        for (String w : ActorStage.bare(title)) {
            if (!words.isEmpty() && complement(gazetteer, w)) break; // "العاهل الأردني في عمان", "أمير قطر"
            words.add(w);
        }
        while (words.size() > 1 && STATE_WORDS.contains(words.get(words.size() - 1))) words.remove(words.size() - 1);
        if (words.isEmpty()) return new String[0];
        for (Gazetteer.Entry e : gazetteer.lookup(words.get(0))) {
            if (e.kind() != Gazetteer.Kind.TITLE) continue;
            TitleEntry te = e.title();
            String[] canonical = ActorStage.bare(te.title());
            // a one-word title listed as a form of another one-word title ("العاهل" of "ملك")
            if (canonical.length == 1) words.set(0, canonical[0]);
            break;
        }
        return words.toArray(new String[0]);
    }

    /** The mention's rank is a royal one (الأمير، الملك): not "الفريق" (also "the team") or "العضو". */
    private static boolean royal(PreparedText t, Mention m) {
        return ROYAL_RANKS.contains(ActorStage.bare(t.surface(m.tokStart, m.tokStart + 1))[0]);
    }

    /** A word that opens what an office is of: a link word, a country or its demonym. */
    private static boolean complement(Gazetteer gazetteer, String word) {
        if (LINKS.contains(word)) return true;
        for (Gazetteer.Entry e : gazetteer.lookup(word)) {
            if (e.kind() == Gazetteer.Kind.COUNTRY || e.kind() == Gazetteer.Kind.DEMONYM) return true;
        }
        return false;
    }

    /** The two titles name the same office in the knowledge base's words. */
    static boolean sameOffice(Gazetteer gazetteer, String a, String b) {
        String[] x = office(gazetteer, a);
        return x.length > 0 && Arrays.equals(x, office(gazetteer, b));
    }

    /**
     * "وأكد الأمير أن" with no country: the nearest person before whose name was written after the same
     * rank ("الأمير محمد بن سلمان"), or null.
     */
    static ActorTable.ActorDraft byRank(PreparedText t, ActorTable table, Mention m) {
        if (m.roles.size() != 1 || m.roles.get(0).country() != null) return null;
        String[] rank = ActorStage.bare(m.roles.get(0).title());
        if (rank.length != 1 || !royal(t, m)) return null;
        for (int k = table.indexOf(m) - 1; k >= 0; k--) {
            t.work.add(1);
            Mention other = table.mentions.get(k);
            if (m.tokStart - other.tokStart > RANK_REACH) break;
            if (other.kind != Mention.Kind.PERSON || other.actorId == null) continue;
            // the rank is the name's first word as written, or the word right before the name
            int nameAt = t.firstTokenAtOrAfter(other.start);
            for (int w = Math.max(0, nameAt - 1); w <= nameAt && w < t.size(); w++) {
                String[] word = ActorStage.bare(t.surface(w, w + 1));
                if (word.length == 1 && word[0].equals(rank[0])) return table.get(other.actorId);
            }
        }
        return null;
    }
}
