package io.github.khabar.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import com.ibm.icu.util.ULocale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mutable, partial entries of one or more knowledge-base files before they are merged and frozen into
 * records. Not thread-safe; confined to {@link KnowledgeBase.Builder}.
 */
final class Drafts {
    /** Source name used for the country entries generated from CLDR. */
    static final String CLDR_SOURCE = "CLDR country names (ICU4J)";

    private static final Set<String> ISO_COUNTRIES;

    static {
        Set<String> codes = new TreeSet<>(Set.of(ULocale.getISOCountries()));
        codes.add("XK"); // Kosovo: user-assigned in ISO 3166, but used by CLDR and the news
        ISO_COUNTRIES = Set.copyOf(codes);
    }

    final List<String> sources = new ArrayList<>();
    final List<CountryDraft> countries = new ArrayList<>();
    final List<PlaceDraft> places = new ArrayList<>();
    final List<OrgDraft> organizations = new ArrayList<>();
    final List<PersonDraft> persons = new ArrayList<>();
    final List<TitleDraft> titles = new ArrayList<>();

    static boolean isIsoCountry(String code) {
        return ISO_COUNTRIES.contains(code);
    }

    static Set<String> isoCountries() {
        return ISO_COUNTRIES;
    }

    static boolean hasArabicLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3')) {
                return true;
            }
        }
        return false;
    }

    /** One entry per ISO 3166 country, with the Arabic and English names from ICU4J's CLDR data. */
    static List<CountryDraft> cldrCountries() {
        ULocale ar = new ULocale("ar");
        List<CountryDraft> out = new ArrayList<>();
        for (String code : new TreeSet<>(ISO_COUNTRIES)) {
            ULocale region = new ULocale("", code);
            String name = region.getDisplayCountry(ar);
            CountryDraft c = new CountryDraft(CLDR_SOURCE);
            c.code = code;
            c.name = name == null || name.isBlank() || !hasArabicLetter(name) ? null : name.strip();
            String english = region.getDisplayCountry(ULocale.ENGLISH);
            c.nameEnglish = english == null || english.isBlank() || english.equals(code) ? null : english;
            out.add(c);
        }
        return out;
    }

    /**
     * Adds the regular forms of each demonym: a form ending in ي is taken as a masculine singular nisba and
     * gets its feminine (ـية) and sound plurals (ـيون، ـيين); every form also gets its ال variant and the
     * ال-less variant.
     */
    static List<String> expandDemonyms(Collection<String> given) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String d : given) {
            out.add(d);
            if (d.contains(" ")) {
                continue;
            }
            String base = d.startsWith("ال") && d.length() > 3 ? d.substring(2) : d;
            out.add(base);
            out.add("ال" + base);
            if (base.endsWith("ي") && base.length() >= 3) {
                for (String suffix : List.of("ة", "ون", "ين")) {
                    out.add(base + suffix);
                    out.add("ال" + base + suffix);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Adds the ال / ال-less counterpart of every one-word form made of Arabic letters only ("رئيس" ↔
     * "الرئيس"). Not used for honorifics, where the ال form is usually another word (دولة / الدولة).
     */
    static List<String> expandTitleForms(Collection<String> given) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String f : given) {
            out.add(f);
            if (isArabicWord(f)) {
                if (f.startsWith("ال") && f.length() > 3) {
                    out.add(f.substring(2));
                } else {
                    out.add("ال" + f);
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean isArabicWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3'))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static String later(String earlier, String later) {
        return later != null ? later : earlier;
    }

    // ---- drafts --------------------------------------------------------------------------------------

    static final class CountryDraft {
        final String source;
        String code;
        String name;
        String nameEnglish;
        final List<String> names = new ArrayList<>();
        final List<String> demonyms = new ArrayList<>();
        String capital;
        final List<String> metonyms = new ArrayList<>();

        CountryDraft(String source) {
            this.source = source;
        }

        void merge(CountryDraft o) {
            if (o.name != null && name != null && !o.name.equals(name)) {
                names.add(0, name);
            }
            name = later(name, o.name);
            nameEnglish = later(nameEnglish, o.nameEnglish);
            names.addAll(o.names);
            demonyms.addAll(o.demonyms);
            capital = later(capital, o.capital);
            metonyms.addAll(o.metonyms);
        }

        Country freeze() {
            String n = name;
            if (n == null) {
                n = names.isEmpty() ? (nameEnglish != null ? nameEnglish : code) : names.get(0);
            }
            return new Country(code, n, nameEnglish, names, demonyms, capital, metonyms);
        }

        static CountryDraft of(Country c, String source) {
            CountryDraft d = new CountryDraft(source);
            d.code = c.code();
            d.name = c.name();
            d.nameEnglish = c.nameEnglish();
            d.names.addAll(c.names());
            d.demonyms.addAll(c.demonyms());
            d.capital = c.capital();
            d.metonyms.addAll(c.metonyms());
            return d;
        }
    }

    static final class PlaceDraft {
        final String source;
        String name;
        final List<String> names = new ArrayList<>();
        String nameLatin;
        String country;
        PlaceKind kind;

        PlaceDraft(String source) {
            this.source = source;
        }

        String key() {
            return name + "|" + country;
        }

        void merge(PlaceDraft o) {
            names.addAll(o.names);
            nameLatin = later(nameLatin, o.nameLatin);
            if (o.kind != null) {
                kind = o.kind;
            }
        }

        PlaceEntry freeze() {
            if (kind == null) {
                throw new KnowledgeBaseException(source, "place \"" + name + "\": missing \"kind\"");
            }
            return new PlaceEntry(name, names, nameLatin, country, kind);
        }

        static PlaceDraft of(PlaceEntry p, String source) {
            PlaceDraft d = new PlaceDraft(source);
            d.name = p.name();
            d.names.addAll(p.names());
            d.nameLatin = p.nameLatin();
            d.country = p.country();
            d.kind = p.kind();
            return d;
        }
    }

    static final class OrgDraft {
        final String source;
        String id;
        final List<String> names = new ArrayList<>();
        String nameLatin;
        String country;
        OrgKind kind;

        OrgDraft(String source) {
            this.source = source;
        }

        void merge(OrgDraft o) {
            names.addAll(o.names);
            nameLatin = later(nameLatin, o.nameLatin);
            country = later(country, o.country);
            if (o.kind != null) {
                kind = o.kind;
            }
        }

        OrganizationEntry freeze() {
            if (kind == null) {
                throw new KnowledgeBaseException(source, "organization \"" + id + "\": missing \"kind\"");
            }
            if (names.isEmpty()) {
                throw new KnowledgeBaseException(source, "organization \"" + id + "\": no Arabic \"names\"");
            }
            return new OrganizationEntry(id, names, nameLatin, country, kind);
        }

        static OrgDraft of(OrganizationEntry o, String source) {
            OrgDraft d = new OrgDraft(source);
            d.id = o.id();
            d.names.addAll(o.names());
            d.nameLatin = o.nameLatin();
            d.country = o.country();
            d.kind = o.kind();
            return d;
        }
    }

    static final class PersonDraft {
        final String source;
        String id;
        final List<String> names = new ArrayList<>();
        String nameLatin;
        String country;
        final List<RoleEntry> roles = new ArrayList<>();
        final List<ActorCode> codes = new ArrayList<>();
        String origin;

        PersonDraft(String source) {
            this.source = source;
        }

        void merge(PersonDraft o) {
            names.addAll(o.names);
            nameLatin = later(nameLatin, o.nameLatin);
            country = later(country, o.country);
            for (RoleEntry r : o.roles) {
                if (!roles.contains(r)) {
                    roles.add(r);
                }
            }
            for (ActorCode c : o.codes) {
                if (!codes.contains(c)) {
                    codes.add(c);
                }
            }
            origin = later(origin, o.origin);
        }

        PersonEntry freeze() {
            if (names.isEmpty()) {
                throw new KnowledgeBaseException(source, "person \"" + id + "\": no Arabic \"names\"");
            }
            return new PersonEntry(id, names, nameLatin, country, roles, codes, origin);
        }

        static PersonDraft of(PersonEntry p, String source) {
            PersonDraft d = new PersonDraft(source);
            d.id = p.id();
            d.names.addAll(p.names());
            d.nameLatin = p.nameLatin();
            d.country = p.country();
            d.roles.addAll(p.roles());
            d.codes.addAll(p.codes());
            d.origin = p.source();
            return d;
        }
    }

    static final class TitleDraft {
        final String source;
        String title;
        final List<String> forms = new ArrayList<>();
        TitleCategory category;
        Boolean personal;

        TitleDraft(String source) {
            this.source = source;
        }

        void merge(TitleDraft o) {
            forms.addAll(o.forms);
            if (o.category != null) {
                category = o.category;
            }
            if (o.personal != null) {
                personal = o.personal;
            }
        }

        TitleEntry freeze() {
            if (category == null) {
                throw new KnowledgeBaseException(source, "title \"" + title + "\": missing \"category\"");
            }
            List<String> all = new ArrayList<>();
            all.add(title);
            all.addAll(forms);
            if (category != TitleCategory.HONORIFIC) {
                all = expandTitleForms(all);
            }
            return new TitleEntry(title, all, category, personal == null || personal);
        }

        static TitleDraft of(TitleEntry t, String source) {
            TitleDraft d = new TitleDraft(source);
            d.title = t.title();
            d.forms.addAll(t.forms());
            d.category = t.category();
            d.personal = t.personal();
            return d;
        }
    }
}
