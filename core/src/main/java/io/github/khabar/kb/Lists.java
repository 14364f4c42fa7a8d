package io.github.khabar.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Small list helpers for the records; not part of the API. */
final class Lists {
    private Lists() {
    }

    /** An immutable copy without nulls, blanks and duplicates (first occurrence wins), values stripped. */
    static List<String> strings(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return List.copyOf(out);
    }

    /** Like {@link #strings(Collection)} with {@code first} placed first. */
    static List<String> stringsWithFirst(String first, Collection<String> values) {
        List<String> all = new ArrayList<>();
        if (first != null) {
            all.add(first);
        }
        if (values != null) {
            all.addAll(values);
        }
        return strings(all);
    }

    static <T> List<T> copy(Collection<T> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        return List.copyOf(values.stream().filter(Objects::nonNull).toList());
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> List<T> union(List<T> a, List<T> b) {
        LinkedHashSet<T> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
