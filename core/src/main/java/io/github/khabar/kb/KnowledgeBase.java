package io.github.khabar.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The knowledge base: countries, places, organisations, titles and well-known persons. Immutable and safe to
 * share between threads.
 *
 * <p>Every ISO 3166 country is always present, with its Arabic and English names from CLDR; the bundled
 * {@code countries.json} and user files add variants, demonyms, capitals and metonyms on top. Use
 * {@link #defaults()} for the bundled data, or {@link #builder()} to add your own files:
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.builder().addDefaults().add(Path.of("my-kb.json")).build();
 * }</pre>
 *
 * <p>Entries with the same key in later files are merged into earlier ones: names, demonyms, metonyms, forms
 * and roles are added; single-valued fields given by the later file replace earlier ones. Keys are the ISO
 * code for countries, the id for organisations and persons, the canonical title for titles, and name plus
 * country for places.
 */
public final class KnowledgeBase {
    /** Resource names of the bundled data files, in load order. */
    static final List<String> BUNDLED = List.of("countries.json", "places.json", "organizations.json",
            "titles.json", "persons.json", "persons-imported.json");

    private final List<Country> countries;
    private final Map<String, Country> countryByCode;
    private final List<PlaceEntry> places;
    private final List<OrganizationEntry> organizations;
    private final Map<String, OrganizationEntry> organizationById;
    private final List<PersonEntry> persons;
    private final Map<String, PersonEntry> personById;
    private final List<TitleEntry> titles;
    private final Map<String, TitleEntry> titleByTitle;
    private final List<String> sourceNames;

    private KnowledgeBase(List<Country> countries, List<PlaceEntry> places, List<OrganizationEntry> organizations,
                          List<PersonEntry> persons, List<TitleEntry> titles, List<String> sourceNames) {
        this.countries = List.copyOf(countries);
        this.places = List.copyOf(places);
        this.organizations = List.copyOf(organizations);
        this.persons = List.copyOf(persons);
        this.titles = List.copyOf(titles);
        this.sourceNames = List.copyOf(sourceNames);
        this.countryByCode = index(this.countries, Country::code);
        this.organizationById = index(this.organizations, OrganizationEntry::id);
        this.personById = index(this.persons, PersonEntry::id);
        this.titleByTitle = index(this.titles, TitleEntry::title);
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T v : values) {
            m.put(key.apply(v), v);
        }
        return Map.copyOf(m);
    }

    /** The bundled data, loaded once on first use and cached. */
    public static KnowledgeBase defaults() {
        return DefaultsHolder.INSTANCE;
    }

    private static final class DefaultsHolder {
        static final KnowledgeBase INSTANCE = builder().addDefaults().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every ISO 3166 country (plus XK, Kosovo), sorted by code. */
    public List<Country> countries() {
        return countries;
    }

    /** The country with this ISO 3166-1 alpha-2 code (case-insensitive). */
    public Optional<Country> country(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countryByCode.get(iso2.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    /** Cities, capitals, regions and venues. */
    public List<PlaceEntry> places() {
        return places;
    }

    public List<OrganizationEntry> organizations() {
        return organizations;
    }

    /** The organisation with this id. */
    public Optional<OrganizationEntry> organization(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(organizationById.get(id));
    }

    public List<PersonEntry> persons() {
        return persons;
    }

    /** The person with this id. */
    public Optional<PersonEntry> person(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(personById.get(id));
    }

    public List<TitleEntry> titles() {
        return titles;
    }

    /** The title with this canonical form ("وزير الخارجية"). */
    public Optional<TitleEntry> title(String canonical) {
        return canonical == null ? Optional.empty() : Optional.ofNullable(titleByTitle.get(canonical));
    }

    /** The sources merged into this knowledge base, in order: the CLDR country names first, then files. */
    public List<String> sourceNames() {
        return sourceNames;
    }

    @Override
    public String toString() {
        return "KnowledgeBase[" + countries.size() + " countries, " + places.size() + " places, "
                + organizations.size() + " organizations, " + persons.size() + " persons, " + titles.size()
                + " titles from " + sourceNames + "]";
    }

    /**
     * Builds a {@link KnowledgeBase} from files. Not thread-safe; the result is. Files are parsed and
     * validated as they are added, so {@link #add(Path)} throws {@link KnowledgeBaseException} for a bad file.
     */
    public static final class Builder {
        private final List<String> sources = new ArrayList<>();
        private final Map<String, Drafts.CountryDraft> countries = new LinkedHashMap<>();
        private final Map<String, Drafts.PlaceDraft> places = new LinkedHashMap<>();
        private final Map<String, Drafts.OrgDraft> organizations = new LinkedHashMap<>();
        private final Map<String, Drafts.PersonDraft> persons = new LinkedHashMap<>();
        private final Map<String, Drafts.TitleDraft> titles = new LinkedHashMap<>();

        private Builder() {
            sources.add(Drafts.CLDR_SOURCE);
            for (Drafts.CountryDraft c : Drafts.cldrCountries()) {
                countries.put(c.code, c);
            }
        }

        /** Adds the bundled data files. */
        public Builder addDefaults() {
            for (String name : BUNDLED) {
                InputStream in = KnowledgeBase.class.getResourceAsStream(name);
                merge(KbParser.parse(in, "bundled:" + name));
            }
            return this;
        }

        /** Adds a JSON file from disk. */
        public Builder add(Path json) {
            Objects.requireNonNull(json, "json");
            InputStream in;
            try {
                in = Files.newInputStream(json);
            } catch (IOException e) {
                throw new KnowledgeBaseException(json.toString(), "cannot read: " + e, e);
            }
            merge(KbParser.parse(in, json.toString()));
            return this;
        }

        /** Adds a JSON document from a stream, which this method closes; the name is used in messages. */
        public Builder add(InputStream json, String sourceName) {
            Objects.requireNonNull(json, "json");
            merge(KbParser.parse(json, sourceName == null ? "<stream>" : sourceName));
            return this;
        }

        /** Adds every entry of another knowledge base. */
        public Builder add(KnowledgeBase other) {
            Objects.requireNonNull(other, "other");
            Drafts d = new Drafts();
            String source = "knowledge base " + other.sourceNames;
            for (Country c : other.countries) {
                d.countries.add(Drafts.CountryDraft.of(c, source));
            }
            for (PlaceEntry p : other.places) {
                d.places.add(Drafts.PlaceDraft.of(p, source));
            }
            for (OrganizationEntry o : other.organizations) {
                d.organizations.add(Drafts.OrgDraft.of(o, source));
            }
            for (PersonEntry p : other.persons) {
                d.persons.add(Drafts.PersonDraft.of(p, source));
            }
            for (TitleEntry t : other.titles) {
                d.titles.add(Drafts.TitleDraft.of(t, source));
            }
            merge(d);
            for (String s : other.sourceNames) {
                if (!sources.contains(s)) {
                    sources.add(s);
                }
            }
            return this;
        }

        private void merge(Drafts d) {
            for (Drafts.CountryDraft c : d.countries) {
                Drafts.CountryDraft old = countries.get(c.code);
                if (old == null) {
                    countries.put(c.code, c);
                } else {
                    old.merge(c);
                }
            }
            for (Drafts.PlaceDraft p : d.places) {
                Drafts.PlaceDraft old = places.putIfAbsent(p.key(), p);
                if (old != null) {
                    old.merge(p);
                }
            }
            for (Drafts.OrgDraft o : d.organizations) {
                Drafts.OrgDraft old = organizations.putIfAbsent(o.id, o);
                if (old != null) {
                    old.merge(o);
                }
            }
            for (Drafts.PersonDraft p : d.persons) {
                Drafts.PersonDraft old = persons.putIfAbsent(p.id, p);
                if (old != null) {
                    old.merge(p);
                }
            }
            for (Drafts.TitleDraft t : d.titles) {
                Drafts.TitleDraft old = titles.putIfAbsent(t.title, t);
                if (old != null) {
                    old.merge(t);
                }
            }
            sources.addAll(d.sources);
        }

        /**
         * Freezes the entries into a knowledge base.
         *
         * @throws KnowledgeBaseException when a merged entry lacks a required field (kind, category, names)
         */
        public KnowledgeBase build() {
            List<Country> cs = new ArrayList<>();
            countries.values().stream().sorted((a, b) -> a.code.compareTo(b.code)).forEach(c -> cs.add(c.freeze()));
            return new KnowledgeBase(cs,
                    places.values().stream().map(Drafts.PlaceDraft::freeze).toList(),
                    organizations.values().stream().map(Drafts.OrgDraft::freeze).toList(),
                    persons.values().stream().map(Drafts.PersonDraft::freeze).toList(),
                    titles.values().stream().map(Drafts.TitleDraft::freeze).toList(),
                    sources);
        }
    }
}
