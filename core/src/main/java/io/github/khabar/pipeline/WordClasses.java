package io.github.khabar.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon file of small closed word classes the rules read by name ({@code word<TAB>CLASS=NAME}): a word
 * may stand in several classes, on several lines. Unlike {@link WordList} nothing is generated; entries are
 * normalised with {@link Keys}. Immutable once loaded.
 */
final class WordClasses {
    private final String name;
    private final Map<String, Set<String>> classes;

    private WordClasses(String name, Map<String, Set<String>> classes) {
        this.name = name;
        this.classes = classes;
    }

    static WordClasses load(String file) {
        Map<String, Set<String>> m = new HashMap<>();
        for (WordList.Row row : WordList.rows(file)) {
            String[] parts = row.parts();
            String key = Keys.of(parts[0]);
            if (parts.length != 2 || !parts[1].trim().startsWith("CLASS=") || key.isEmpty()) {
                throw new IllegalStateException(row.where() + ": expected word<TAB>CLASS=NAME");
            }
            for (String c : parts[1].trim().substring("CLASS=".length()).split(",")) {
                m.computeIfAbsent(c, x -> new HashSet<>()).add(key);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new WordClasses(file, Map.copyOf(frozen));
    }

    /** The normalised words of a class; a class the file does not define is an error (a typo in the code). */
    Set<String> of(String cls) {
        Set<String> s = classes.get(cls);
        if (s == null) throw new IllegalStateException(name + ": no class " + cls);
        return s;
    }

    @Override
    public String toString() {
        return name + " (" + classes.size() + " classes)";
    }
}
