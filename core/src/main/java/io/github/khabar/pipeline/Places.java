package io.github.khabar.pipeline;

import io.github.khabar.kb.Country;
import io.github.khabar.kb.PlaceEntry;

import java.util.Set;

/**
 * Places read by rule: a capital by its country ("العاصمة الروسية"), a word that is both a country and a
 * city, "المملكة" as the dateline's kingdom.
 * One part of {@link MentionScan}; per document, not shared between threads.
 */
final class Places {
    static final Set<String> CAPITAL = Keys.set("العاصمة", "عاصمة");
    static final String KINGDOM = Keys.of("المملكة");

    private final MentionScan scan;
    private final PreparedText t;
    private final Lexicon lex;
    private final Gazetteer gazetteer;

    Places(MentionScan s) {
        this.scan = s;
        this.t = s.t;
        this.lex = s.lex;
        this.gazetteer = s.gazetteer;
    }

    /**
     * One word that is both a country and another country's city (عُمان / عمّان): the spelling decides when
     * it is vocalised like one of the two; otherwise the city when the story is filed from its country or
     * "العاصمة" precedes it.
     */
    boolean readsAsPlace(int i, int clitic, Gazetteer.Entry country, Gazetteer.Entry city) {
        String raw = t.tokens.get(i).text().substring(scan.cliticOffset(i, clitic));
        if (city.place().names().contains(raw) && !raw.equals(t.norm(i).substring(clitic))) return true;
        if (country.countryRef().names().contains(raw) && !raw.equals(t.norm(i).substring(clitic))) return false;
        return city.country().equals(Dateline.country(t, gazetteer))
                || i > 0 && Keys.of("العاصمة").equals(DocIndex.stripConj(t.norm(i - 1)));
    }

    /**
     * "المملكة" alone is the kingdom the story is filed from ("الرباط - … زيارة عمل إلى المملكة"): the
     * dateline's country when one of its names is a kingdom's, else the knowledge base's reading.
     */
    Gazetteer.Entry homeKingdom(Gazetteer.Entry fallback) {
        String home = Dateline.country(t, gazetteer);
        if (home == null || home.equals(fallback.country())) return fallback;
        for (Gazetteer.Entry h : gazetteer.lookupCountry(home)) {
            for (String name : h.countryRef().names()) {
                String key = Keys.of(name);
                if (key.startsWith(KINGDOM + " ") || key.startsWith(KINGDOM.substring(2) + " ")) return h;
            }
        }
        return fallback;
    }

    /** "العاصمة الروسية" = the capital; "العاصمة التركية أنقرة" = the named city. */
    int capital(int i) {
        String w = t.norm(i);
        boolean match = false;
        int clitic = 0;
        for (Clitic c : t.variants(w)) {
            if (CAPITAL.contains(c.stem())) {
                match = true;
                clitic = c.prefixChars();
                break;
            }
        }
        if (!match) return i;
        int k = i + 1;
        String country = null;
        Gazetteer.Match d = scan.gaz(k);
        if (d != null && d.has(Gazetteer.Kind.DEMONYM)) {
            country = d.first(Gazetteer.Kind.DEMONYM).country();
            k = d.end();
        }
        if (t.isComma(k)) k++;
        Gazetteer.Match p = scan.gaz(k);
        if (p != null && p.has(Gazetteer.Kind.PLACE) && !p.has(Gazetteer.Kind.PERSON)) {
            Gazetteer.Entry e = p.first(Gazetteer.Kind.PLACE);
            scan.addWithName(Mention.Kind.PLACE, i, p.end(), k, p.end(), p.cliticChars(), e.place(), e.country());
            return p.end();
        }
        if (country != null) {
            Country c = gazetteerCountry(country);
            String capitalName = c != null ? c.capital() : null;
            PlaceEntry capitalPlace = capitalName == null ? null : placeNamed(capitalName);
            Mention m = scan.add(Mention.Kind.PLACE, i, k, clitic, capitalPlace, country);
            m.roles.clear();
            return k;
        }
        return i;
    }

    Country gazetteerCountry(String code) {
        for (Gazetteer.Entry e : gazetteer.lookupCountry(code)) {
            return e.countryRef();
        }
        return null;
    }

    PlaceEntry placeNamed(String name) {
        for (Gazetteer.Entry e : gazetteer.lookup(name)) {
            if (e.kind() == Gazetteer.Kind.PLACE) return e.place();
        }
        return null;
    }

    /**
     * "أعلنت أنقرة", "وتؤكد الرباط", "وكانت برلين قد طالبت": a capital the knowledge base lists as its
     * country's metonym, as the subject right after a reporting verb (or "كانت … قد" + one), is that
     * country's government. Returns the index after it, or i.
     */
    int metonym(int i, Gazetteer.Match m) {
        Gazetteer.Entry place = m.first(Gazetteer.Kind.PLACE);
        if (place == null || place.country() == null || m.end() != i + 1 || m.cliticChars() > 0 || i == 0) return i;
        String before = DocIndex.stripConj(t.norm(i - 1));
        boolean subject = lex.reportingCues.contains(before)
                || before.equals(Keys.of("كانت")) && i + 2 < t.size() && t.norm(i + 1).equals(Keys.of("قد"))
                    && lex.reportingCues.contains(t.norm(i + 2));
        if (!subject) return i;
        String key = t.norm(i);
        for (Gazetteer.Entry c : gazetteer.lookupCountry(place.country())) {
            for (String name : c.countryRef().metonyms()) {
                if (Keys.of(name).equals(key)) {
                    scan.add(Mention.Kind.COUNTRY, i, i + 1, 0, c.countryRef(), c.country());
                    return i + 1;
                }
            }
        }
        return i;
    }
}
