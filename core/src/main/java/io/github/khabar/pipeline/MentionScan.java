package io.github.khabar.pipeline;

import io.github.khabar.kb.OrganizationEntry;
import io.github.khabar.text.time.TimeMention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * One pass of {@link MentionStage} over one document's tokens: the per-document state (mentions found,
 * a cache of knowledge-base matches, time tokens) and the order in which the parts are tried at each word.
 * The parts read different things: {@link Offices} and {@link OfficeComplements} titles and what an office
 * is of, {@link PersonNames} and {@link NameWords} persons' names, {@link Outlets} government bodies and
 * news outlets, {@link Places} places read by rule, {@link Groups} counterparts, group words and officials,
 * {@link Sources} unnamed sources and what they speak for.
 * Confined to one call; not shared between threads.
 */
final class MentionScan {
    final Gazetteer gazetteer;
    final Lexicon lex;
    final PreparedText t;
    /** Family names of persons found by an earlier pass. */
    final Set<String> surnames;
    final List<Mention> out = new ArrayList<>();
    final BitSet timeTokens = new BitSet();
    /** The token where a name after a woman's title starts ("المتحدثة باسم الاتحاد نبيلة …"), else -1. */
    int feminineName = -1;
    /** The token where a coordinated name opens with "و" ("، وسالم الهاجري"), else -1. */
    int coordinatedName = -1;
    /** A complement just read named a body no state owns (the UN, the EU): set by {@link #embedded}. */
    boolean sawInternational;

    final Offices offices;
    final OfficeComplements complements;
    final PersonNames names;
    final NameWords words;
    final Outlets outlets;
    final Places places;
    final Groups groups;
    final Sources sources;

    MentionScan(Gazetteer gazetteer, Lexicon lex, PreparedText t, Set<String> surnames) {
        this.gazetteer = gazetteer;
        this.lex = lex;
        this.t = t;
        this.surnames = surnames;
        for (TimeMention tm : t.times) {
            int a = t.firstTokenAtOrAfter(tm.start());
            int b = t.firstTokenAtOrAfter(tm.end());
            timeTokens.set(a, Math.max(a, b));
        }
        this.words = new NameWords(this);
        this.names = new PersonNames(this);
        this.complements = new OfficeComplements(this);
        this.offices = new Offices(this);
        this.outlets = new Outlets(this);
        this.places = new Places(this);
        this.groups = new Groups(this);
        this.sources = new Sources(this);
    }

    Gazetteer.Match gaz(int i) {
        return t.gazetteerMatch(gazetteer, i);
    }

    void run() {
        int i = 0;
        int n = t.size();
        while (i < n) {
            if (!t.isWord(i) || t.isDropped(i)) {
                i++;
                continue;
            }
            int next = at(i);
            i = Math.max(next, i + 1);
        }
    }

    /** Tries every rule at token i; returns the index after what it consumed. */
    int at(int i) {
        int src = sources.source(i);
        if (src > i) return src;
        Gazetteer.Match m = gaz(i);
        if (m != null && m.has(Gazetteer.Kind.TITLE) && m.end() == i + 1 && !hasArticle(i)
                && lex.givenNames.contains(t.norm(i))) {
            m = null; // "عماد الطرابلسي": a given name, not the rank "العماد"
        }
        if (m != null && m.has(Gazetteer.Kind.TITLE) && offices.functionWordNotTitle(i, m)) {
            m = null; // "أمام الصحفيين": the preposition, not إمام
        }
        if ((m != null && m.has(Gazetteer.Kind.TITLE) && !m.has(Gazetteer.Kind.PERSON))
                || (offices.isTitlePrefix(i) && (gaz(i + 1) != null && gaz(i + 1).has(Gazetteer.Kind.TITLE)
                    || offices.isTitlePrefix(i + 1) && gaz(i + 2) != null && gaz(i + 2).has(Gazetteer.Kind.TITLE)))) {
            int r = offices.titled(i);
            if (r > i) return r;
        }
        if (m != null && m.has(Gazetteer.Kind.PERSON)) {
            return names.kbPerson(i, m);
        }
        if (m != null && m.end() > i + 1 && m.has(Gazetteer.Kind.ORGANIZATION)) {
            // a known organisation's full name ("وكالة الأنباء السعودية") before the patterns
            Gazetteer.Entry e = m.first(Gazetteer.Kind.ORGANIZATION);
            Mention org = add(Mention.Kind.ORGANIZATION, i, m.end(), m.cliticChars(), e.organization(), e.country());
            outlets.outlet(org, e.organization(), false);
            return m.end();
        }
        int r = groups.counterpart(i);
        if (r > i) return r;
        r = outlets.governmentBody(i);
        if (r > i) return r;
        r = outlets.media(i);
        if (r > i) return r;
        r = outlets.quotedOutlet(i);
        if (r > i) return r;
        r = places.capital(i);
        if (r > i) return r;
        if (m != null) {
            Gazetteer.Entry e;
            if ((e = m.first(Gazetteer.Kind.ORGANIZATION)) != null) {
                Mention org = add(Mention.Kind.ORGANIZATION, i, m.end(), m.cliticChars(), e.organization(),
                        e.country());
                outlets.outlet(org, e.organization(), false);
                return m.end();
            }
            if ((e = m.first(Gazetteer.Kind.COUNTRY)) != null) {
                Gazetteer.Entry city = m.first(Gazetteer.Kind.PLACE);
                if (city != null && m.end() == i + 1 && !java.util.Objects.equals(city.country(), e.country())
                        && places.readsAsPlace(i, m.cliticChars(), e, city)) {
                    add(Mention.Kind.PLACE, i, m.end(), m.cliticChars(), city.place(), city.country());
                    return m.end();
                }
                if (m.end() == i + 1 && Places.KINGDOM.equals(t.norm(i).substring(m.cliticChars()))) {
                    e = places.homeKingdom(e);
                }
                add(Mention.Kind.COUNTRY, i, m.end(), m.cliticChars(), e.countryRef(), e.country());
                return m.end();
            }
            int gov = places.metonym(i, m);
            if (gov > i) return gov;
            if ((e = m.first(Gazetteer.Kind.PLACE)) != null) {
                add(Mention.Kind.PLACE, i, m.end(), m.cliticChars(), e.place(), e.country());
                return m.end();
            }
            if (m.has(Gazetteer.Kind.DEMONYM) && m.end() == i + 1 && !names.followsDefinite(i)) {
                // "أن السوداني سيبحث": a nisba surname of a person named earlier, not an adjective
                int r2 = names.surname(i);
                if (r2 > i) return r2;
            }
            if (m.has(Gazetteer.Kind.DEMONYM) || m.has(Gazetteer.Kind.TITLE)) {
                return m.end();
            }
        }
        String pronoun = offices.honorificPronoun(i);
        if (pronoun != null) {
            Mention hp = add(Mention.Kind.TITLE_ONLY, i, i + 1, 0, null, null);
            hp.honorificPronoun = pronoun;
            return i + 1;
        }
        if (groups.isGroupWord(i)) {
            add(Mention.Kind.GROUP_WORD, i, i + 1, 0, null, null);
            return Math.max(i + 1, groups.sides(i + 1));
        }
        if (t.anyVariant(t.norm(i), Groups.OFFICIALS)) {
            add(Mention.Kind.OFFICIALS, i, i + 1, 0, null, null);
            return i + 1;
        }
        r = names.coordinated(i);
        if (r > i) return r;
        r = names.unknownPerson(i);
        if (r > i) return r;
        r = names.surname(i);
        return r;
    }

    boolean hasArticle(int j) {
        return t.hasArticle(j);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** An organisation named inside an office ("باسم وزارة الخارجية الأمريكية"): an actor of its own. */
    void embedded(int a, int b, int clitic, OrganizationEntry entry, String country) {
        for (Mention m : out) {
            if (m.kind == Mention.Kind.ORGANIZATION && m.tokStart == a) {
                if (m.ref instanceof OrganizationEntry o && o.country() == null) sawInternational = true;
                return; // looked at twice
            }
        }
        Mention org = add(Mention.Kind.ORGANIZATION, a, b, clitic, entry, country);
        if (entry != null) outlets.outlet(org, entry, false);
        if (entry != null && entry.country() == null) sawInternational = true;
    }

    Mention add(Mention.Kind kind, int a, int b, int clitic, Object ref, String country) {
        return addWithName(kind, a, b, a, b, clitic, ref, country);
    }

    Mention addWithName(Mention.Kind kind, int a, int b, int nameA, int nameB, int clitic, Object ref,
                        String country) {
        int s = t.start(nameA) + (nameA == a ? cliticOffset(nameA, clitic) : 0);
        int e = t.end(nameB - 1);
        String name = t.text.substring(s, e);
        Mention m = new Mention(kind, a, b, s, e, name, Keys.of(name), ref, country);
        out.add(m);
        return m;
    }

    /** Original characters to skip for {@code letters} normalised proclitic letters of token i. */
    int cliticOffset(int i, int letters) {
        if (letters <= 0) return 0;
        String raw = t.tokens.get(i).text();
        int seen = 0;
        int k = 0;
        while (k < raw.length() && seen < letters) {
            char c = raw.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\u0640') {
                seen++;
            }
            k++;
        }
        while (k < raw.length() && (Character.getType(raw.charAt(k)) == Character.NON_SPACING_MARK
                || raw.charAt(k) == '\u0640')) {
            k++;
        }
        return Math.min(k, raw.length() - 1);
    }
}
