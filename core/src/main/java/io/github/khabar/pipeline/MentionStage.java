package io.github.khabar.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 2: finds who and what the text names. Rules, in the order they are tried at each word:
 * <ol>
 *   <li>a title ("وزير الخارجية") with its complements (demonym, "باسم الخارجية الروسية", "لدى الأمم
 *       المتحدة", "في حكومة تصريف الأعمال السورية"), honorifics, then the name that follows it;</li>
 *   <li>a knowledge-base person, organisation, country or place;</li>
 *   <li>organisations by pattern: a government noun with a demonym ("الخارجية الروسية", "الرئاسة
 *       السورية"), a news outlet ("وكالة “تاس”"), "وزارة X";</li>
 *   <li>"نظيره الروسي" (the counterpart), group words ("الجانبان"), unnamed officials;</li>
 *   <li>an unknown person from a given name or foreign-name morphology (-وف، -سكي، -ينكو);</li>
 *   <li>after a name, an apposition title ("عادل الجبير وزير الخارجية") gives the role.</li>
 * </ol>
 * Each rule lives in a part of {@link MentionScan} named for what it reads ({@link Offices},
 * {@link OfficeComplements}, {@link PersonNames}, {@link NameWords}, {@link Outlets}, {@link Places},
 * {@link Groups}). A second pass finds later references by surname ("الصفدي", "للصفدي"). Name extent stops at
 * punctuation, function words, verbs, titles, demonyms and place names. Stateless; thread-safe.
 */
final class MentionStage {
    private final Gazetteer gazetteer;
    private final Lexicon lex;

    MentionStage(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lex = lexicon;
    }

    List<Mention> find(PreparedText t) {
        MentionScan first = new MentionScan(gazetteer, lex, t, Set.of());
        first.run();
        Set<String> surnames = new HashSet<>();
        for (Mention m : first.out) {
            if (m.kind == Mention.Kind.PERSON && !m.chainName) {
                String[] words = m.key.split(" ");
                String last = words[words.length - 1];
                // "جورجيفا بالتقدم" read in the first pass: a preposition's noun is no family name
                if (words.length >= 2 && last.length() >= 3 && !words[0].equals(last)
                        && !(words.length == 2 && last.startsWith(Keys.of("بال")))) {
                    surnames.add(last);
                }
                surnames.addAll(m.foreignKeys);
            }
        }
        MentionScan second = new MentionScan(gazetteer, lex, t, surnames);
        second.run();
        return second.out;
    }
}
