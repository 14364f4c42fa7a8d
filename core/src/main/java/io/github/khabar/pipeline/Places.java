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
    private final Gazetteer gazetteer;

    Places(MentionScan s) {
        this.scan = s;
        this.t = s.t;
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
        for (Clitic c : Clitic.variants(w)) {
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
}
