package io.github.khabar.pipeline;

import java.util.Set;

/**
 * Group and counterpart words: "نظيره الروسي" (the counterpart of the last person named), "الجانبان",
 * unnamed officials.
 * One part of {@link MentionScan}; per document, not shared between threads.
 */
final class Groups {
    static final Set<String> COUNTERPART = Keys.set("نظيره", "نظيرته", "نظيريه", "نظيرها", "نظرائه", "نظيرتها",
            "نظيرهم", "نظيرتيه", "بنظيره", "لنظيره", "ونظيره", "مع نظيره");
    static final Set<String> OFFICIALS = Keys.set("مسؤولين", "مسؤولون", "المسؤولين", "المسؤولون", "مسؤولي",
            "كبار", "القادة", "قادة", "ممثلين", "ممثلي", "وفد", "وفدا", "الوفد", "مسؤول", "نظرائه", "وزراء");

    private final MentionScan scan;
    private final PreparedText t;
    private final Lexicon lex;

    Groups(MentionScan s) {
        this.scan = s;
        this.t = s.t;
        this.lex = s.lex;
    }

    boolean isGroupWord(int i) {
        return t.anyVariant(t.norm(i), lex.groupWords);
    }

    /**
     * "الجانبين السعودي والأمريكي", "الطرفان الصيني والبرازيلي": after a word for the sides ({@code SIDES=1}
     * in {@code lexicon/group-words.txt}, at i - 1), the sides
     * named by their demonyms are those countries. Adds one country mention per demonym and returns the
     * index after the last, else i.
     */
    int sides(int i) {
        if (i == 0 || !t.anyVariant(t.norm(i - 1), w -> lex.groupWords.attr(w, "SIDES") != null)) return i;
        int k = i;
        int end = i;
        while (k < t.size()) {
            Gazetteer.Match d = scan.gaz(k);
            if (d == null || !d.has(Gazetteer.Kind.DEMONYM) || d.has(Gazetteer.Kind.PERSON)) break;
            boolean joined = d.cliticChars() == 1 && t.norm(k).charAt(0) == 'و';
            if (k > i && !joined || k == i && d.cliticChars() > 0) break;
            Gazetteer.Entry e = d.first(Gazetteer.Kind.DEMONYM);
            for (Gazetteer.Entry c : scan.gazetteer.lookupCountry(e.country())) {
                scan.add(Mention.Kind.COUNTRY, k, d.end(), d.cliticChars(), c.countryRef(), c.country()).side = true;
            }
            k = d.end();
            end = k;
        }
        return end;
    }

    /** "نظيره الأمريكي أنتوني بلينكن", "نظيريه الأميركي جون كيري والسعودي عادل الجبير", "بنظيره الروسي". */
    int counterpart(int i) {
        String w = t.norm(i);
        int clitic = -1;
        for (Clitic c : t.variants(w)) {
            if (COUNTERPART.contains(c.stem())) {
                clitic = c.prefixChars();
                break;
            }
        }
        if (clitic < 0) return i;
        Mention subject = lastPersonBefore(i);
        int k = i + 1;
        int end = k;
        boolean any = false;
        while (k < t.size()) {
            Gazetteer.Match d = scan.gaz(k);
            if (d == null || !d.has(Gazetteer.Kind.DEMONYM)) break;
            String country = d.first(Gazetteer.Kind.DEMONYM).country();
            int nameStart = d.end();
            if (t.isComma(nameStart)) nameStart++;
            Mention person = null;
            Gazetteer.Match pm = scan.gaz(nameStart);
            if (pm != null && pm.has(Gazetteer.Kind.PERSON)) {
                person = scan.names.personFromKb(nameStart, pm, k);
            } else {
                int ne = scan.words.nameExtent(nameStart, true);
                if (ne > nameStart && (ne - nameStart >= 2 || scan.words.plausibleSingleName(nameStart))) {
                    person = scan.names.person(k, nameStart, ne, null, null);
                }
            }
            if (person != null) {
                person.counterpart = true;
                person.counterpartOf = subject;
                person.counterpartCountry = country;
                if (person.country == null) person.country = country;
                end = person.tokEnd;
            } else {
                Mention m = new Mention(Mention.Kind.TITLE_ONLY, i, d.end(), t.start(i), t.end(d.end() - 1),
                        t.surface(i, d.end()), Keys.of(t.surface(i, d.end())), null, country);
                m.counterpart = true;
                m.counterpartOf = subject;
                m.counterpartCountry = country;
                scan.out.add(m);
                end = d.end();
            }
            any = true;
            k = end;
            // "والسعودي عادل الجبير"
            if (k < t.size() && t.norm(k).startsWith("و") && scan.gaz(k) != null && scan.gaz(k).has(Gazetteer.Kind.DEMONYM)
                    && scan.gaz(k).cliticChars() > 0) {
                continue;
            }
            break;
        }
        if (!any) {
            // "نظيره" alone: the counterpart of the subject, country unknown
            Mention m = new Mention(Mention.Kind.TITLE_ONLY, i, i + 1, t.start(i), t.end(i), t.surface(i, i + 1),
                    Keys.of(t.surface(i, i + 1)), null, null);
            m.counterpart = true;
            m.counterpartOf = subject;
            scan.out.add(m);
            return i + 1;
        }
        return end;
    }

    /** The nearest person named before token i in its sentence, else in the one before. */
    Mention lastPersonBefore(int i) {
        int sentence = t.sentence(i);
        for (int k = scan.out.size() - 1; k >= 0 && k >= scan.out.size() - 50; k--) {
            Mention m = scan.out.get(k);
            if (m.tokStart >= i) continue;
            if (t.sentence(m.tokStart) < sentence - 1) break;
            if (m.kind == Mention.Kind.PERSON && !m.counterpart) {
                return m;
            }
        }
        return null;
    }
}
