package io.github.khabar.pipeline;

import io.github.khabar.kb.Country;
import io.github.khabar.kb.KnowledgeBase;
import io.github.khabar.kb.OrganizationEntry;
import io.github.khabar.kb.PersonEntry;
import io.github.khabar.kb.PlaceEntry;
import io.github.khabar.kb.TitleEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A token trie over every name the knowledge base knows (countries, demonyms, places, organisations,
 * persons, titles), keyed by normalised words. Built once per {@link KnowledgeBase}; immutable after
 * construction and safe to share between threads.
 */
final class Gazetteer {
    enum Kind { COUNTRY, DEMONYM, PLACE, ORGANIZATION, PERSON, TITLE }

    /** One thing a phrase can name. {@code ref} is the knowledge-base record. */
    record Entry(Kind kind, String country, Object ref) {
        Country countryRef() { return (Country) ref; }
        PlaceEntry place() { return (PlaceEntry) ref; }
        OrganizationEntry organization() { return (OrganizationEntry) ref; }
        PersonEntry person() { return (PersonEntry) ref; }
        TitleEntry title() { return (TitleEntry) ref; }
    }

    /** A match of tokens [start, end); {@code cliticChars} normalised prefix letters on the first token. */
    record Match(int start, int end, int cliticChars, List<Entry> entries) {
        boolean has(Kind kind) {
            for (int k = 0; k < entries.size(); k++) { // asked at every token: no iterator object
                if (entries.get(k).kind() == kind) return true;
            }
            return false;
        }

        Entry first(Kind kind) {
            for (int k = 0; k < entries.size(); k++) {
                if (entries.get(k).kind() == kind) return entries.get(k);
            }
            return null;
        }
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
    }

    private final Node root = new Node();
    private final Map<String, Entry> countries = new HashMap<>();
    private final Map<String, Entry> organizationsById = new HashMap<>();
    /** Fast reject in front of the root's first words (most tokens start no name). */
    private final KeyFilter firstWords;

    Gazetteer(KnowledgeBase kb) {
        for (Country c : kb.countries()) {
            Entry e = new Entry(Kind.COUNTRY, c.code(), c);
            countries.put(c.code(), e);
            add(c.name(), e);
            c.names().forEach(n -> add(n, e));
            Entry d = new Entry(Kind.DEMONYM, c.code(), c);
            c.demonyms().forEach(n -> add(n, d));
        }
        for (PlaceEntry p : kb.places()) {
            Entry e = new Entry(Kind.PLACE, p.country(), p);
            add(p.name(), e);
            p.names().forEach(n -> add(n, e));
        }
        for (OrganizationEntry o : kb.organizations()) {
            Entry e = new Entry(Kind.ORGANIZATION, o.country(), o);
            organizationsById.put(o.id(), e);
            o.names().forEach(n -> add(n, e));
        }
        for (PersonEntry p : kb.persons()) {
            Entry e = new Entry(Kind.PERSON, p.country(), p);
            p.names().forEach(n -> add(n, e));
        }
        for (TitleEntry t : kb.titles()) {
            Entry e = new Entry(Kind.TITLE, null, t);
            add(t.title(), e);
            t.forms().forEach(n -> add(n, e));
        }
        firstWords = new KeyFilter(root.next.keySet());
    }

    private void add(String phrase, Entry entry) {
        if (phrase == null) {
            return;
        }
        String key = Keys.of(phrase);
        if (key.isEmpty()) {
            return;
        }
        Node n = root;
        for (String w : key.split(" ")) {
            n = n.next.computeIfAbsent(w, k -> new Node());
        }
        for (Entry existing : n.entries) {
            if (existing.kind() == entry.kind() && existing.ref() == entry.ref()) {
                return;
            }
        }
        n.entries.add(entry);
    }

    /** The longest phrase starting at token i (its first word may carry proclitics), or null. */
    Match longestAt(PreparedText t, int i) {
        if (!t.isWord(i)) {
            return null;
        }
        Match best = null;
        for (Clitic v : t.variants(t.norm(i))) {
            Node n = firstWords.mayContain(v.stem()) ? root.next.get(v.stem()) : null;
            if (n == null) {
                continue;
            }
            int j = i + 1;
            Node lastWithEntries = n.entries.isEmpty() ? null : n;
            int lastEnd = n.entries.isEmpty() ? -1 : j;
            while (t.isWord(j) || isNumber(t, j)) {
                Node m = n.next.get(t.norm(j));
                if (m == null) {
                    break;
                }
                n = m;
                j++;
                if (!n.entries.isEmpty()) {
                    lastWithEntries = n;
                    lastEnd = j;
                }
            }
            if (lastWithEntries != null && (best == null || lastEnd > best.end()
                    || (lastEnd == best.end() && v.prefixChars() < best.cliticChars()))) {
                best = new Match(i, lastEnd, v.prefixChars(), List.copyOf(lastWithEntries.entries));
            }
        }
        return best;
    }

    /** Entries for an exact normalised phrase, or an empty list. */
    List<Entry> lookup(String phrase) {
        Node n = root;
        for (String w : Keys.of(phrase).split(" ")) {
            n = n.next.get(w);
            if (n == null) {
                return List.of();
            }
        }
        return n.entries;
    }

    /** The country entry for an ISO code, as a list of zero or one. */
    List<Entry> lookupCountry(String code) {
        Entry e = countries.get(code);
        return e == null ? List.of() : List.of(e);
    }

    /** The organisation entry with this knowledge-base id, or null. */
    Entry organization(String id) {
        return organizationsById.get(id);
    }

    private static boolean isNumber(PreparedText t, int j) {
        return j < t.size() && t.type(j) == io.github.khabar.text.TokenType.NUMBER;
    }
}
