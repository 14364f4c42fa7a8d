package io.github.khabar.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One lexicon file: normalised entries, each with its attributes ({@code word<TAB>KEY=VALUE ...}).
 * Multi-word entries are kept with single spaces. Immutable once loaded.
 */
final class WordList {
    private final String name;
    private final Map<String, Map<String, String>> entries;
    private final Map<String, Map<String, String>> hosts;
    private final int longestEntryWords;
    /** First words of the multi-word entries: a phrase is only built and looked up after one of them. */
    private final Set<String> phraseStarts;
    /** Fast rejects in front of {@link #entries}, {@link #phraseStarts} and {@link #hosts}. */
    private final KeyFilter entryFilter;
    private final KeyFilter startFilter;
    private final KeyFilter hostFilter;

    private final Map<String, Map<String, String>> firstPerson;

    private WordList(String name, Map<String, Map<String, String>> entries, Map<String, Map<String, String>> hosts,
                     Map<String, Map<String, String>> firstPerson) {
        this.name = name;
        this.firstPerson = new HashMap<>(firstPerson);
        // HashMaps, never exposed writable: probed at every token, their chained buckets beat Map.copyOf's
        // open addressing (long probe runs on the large lists)
        this.entries = new HashMap<>(entries);
        this.hosts = new HashMap<>(hosts);
        int longest = 1;
        Set<String> starts = new java.util.HashSet<>();
        for (String e : entries.keySet()) {
            longest = Math.max(longest, e.split(" ").length);
            int space = e.indexOf(' ');
            if (space > 0) {
                starts.add(e.substring(0, space));
            }
        }
        this.longestEntryWords = longest;
        this.phraseStarts = Set.copyOf(starts);
        this.entryFilter = new KeyFilter(this.entries.keySet());
        this.startFilter = new KeyFilter(this.phraseStarts);
        this.hostFilter = new KeyFilter(this.hosts.keySet());
    }

    static WordList load(String file) {
        return load(file, w -> false);
    }

    /**
     * Loads a lexicon file. Lemma lines ({@code ROOT=}, see {@link LemmaEntry}) stand for all their generated
     * forms, except those {@code reserved} (a form that is also a given name: أحمد، أكرم); a form listed on a
     * line of its own keeps that line's attributes.
     */
    static WordList load(String file, java.util.function.Predicate<String> reserved) {
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        Map<String, Map<String, String>> generated = new LinkedHashMap<>();
        Map<String, Map<String, String>> hosts = new LinkedHashMap<>();
        Map<String, Map<String, String>> firstPerson = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Row row : rows(file)) {
            String[] parts = row.parts();
            String key = Keys.of(parts[0]);
            if (key.isEmpty()) {
                throw new IllegalStateException(row.where() + ": empty entry");
            }
            Map<String, String> attrs = new HashMap<>();
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.isEmpty()) {
                    continue;
                }
                int eq = p.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalStateException(row.where() + ": attribute without '=': " + p);
                }
                String value = p.substring(eq + 1);
                // one String per attribute name, not one per line (LATIN= on 50,000 name tokens)
                String name = names.computeIfAbsent(p.substring(0, eq), k -> k);
                attrs.put(name, "PREP".equals(name) || "NEEDS".equals(name) ? Keys.of(value) : value);
            }
            if (attrs.containsKey("ROOT") || attrs.containsKey("NOUN")) {
                try {
                    (attrs.containsKey("ROOT") ? LemmaEntry.expand(attrs, reserved, hosts, firstPerson)
                            : LemmaEntry.expandNoun(parts[0].strip(), attrs, hosts)).forEach(generated::putIfAbsent);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(row.where() + ": " + e.getMessage(), e);
                }
                continue;
            }
            entries.merge(key, Map.copyOf(attrs), (a, b) -> a.isEmpty() ? b : a);
        }
        generated.forEach((k, g) -> {
            Map<String, String> listed = entries.putIfAbsent(k, g);
            if (listed != null && g.containsKey("ASPECT") && !listed.containsKey("ASPECT")) {
                // a form listed on a line of its own keeps its attributes, and learns its grammar
                Map<String, String> both = new HashMap<>(listed);
                for (String key : LemmaEntry.GRAMMAR_KEYS) {
                    if (g.containsKey(key)) both.putIfAbsent(key, g.get(key));
                }
                entries.put(k, Map.copyOf(both));
            }
        });
        firstPerson.keySet().removeAll(entries.keySet()); // "أشد" is an adjective before it is "I stress"
        return new WordList(file, entries, hosts, firstPerson);
    }

    /** A line of a lexicon file with its comment removed, split at tabs; {@code where} is "path:line". */
    record Row(String where, String[] parts) {}

    /** The non-blank lines of {@code lexicon/<file>}, comments ({@code #} to the line's end) removed. */
    static java.util.List<Row> rows(String file) {
        String path = "/io/github/khabar/lexicon/" + file;
        try (InputStream in = WordList.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + path);
            }
            java.util.List<Row> out = new java.util.ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                if (!line.isBlank()) {
                    out.add(new Row(path + ":" + no, line.split("\t")));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }

    boolean contains(String normalisedWord) {
        return entryFilter.mayContain(normalisedWord) && entries.containsKey(normalisedWord);
    }

    /** Whether some entry of two or more words starts with this normalised word. */
    boolean startsPhrase(String normalisedWord) {
        return startFilter.mayContain(normalisedWord) && phraseStarts.contains(normalisedWord);
    }

    /** Attributes of the entry, or null when it is not listed. */
    Map<String, String> get(String normalisedWord) {
        return entryFilter.mayContain(normalisedWord) ? entries.get(normalisedWord) : null;
    }

    String attr(String normalisedWord, String key) {
        Map<String, String> a = get(normalisedWord);
        return a == null ? null : a.get(key);
    }

    /**
     * Attributes of a generated form as written before a pronoun suffix (التقا of التقاه، زيارت of زيارته،
     * لقائ of لقائه), or null. A verb's host carries {@code OBJ=PRONOUN}.
     */
    Map<String, String> host(String normalisedStem) {
        return hostFilter.mayContain(normalisedStem) ? hosts.get(normalisedStem) : null;
    }

    /**
     * Attributes of a generated first-person form (التقيت، التقينا، نلتقي), or null: "I" and "we" are the
     * speaker, so these are read only inside a direct quote.
     */
    Map<String, String> firstPerson(String normalisedWord) {
        return firstPerson.get(normalisedWord);
    }

    Set<String> words() {
        return java.util.Collections.unmodifiableSet(entries.keySet());
    }

    int longestEntryWords() {
        return longestEntryWords;
    }

    @Override
    public String toString() {
        return name + " (" + entries.size() + " entries)";
    }
}
