package io.github.khabar.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the records; messages say what was wrong. */
final class Checks {
    private Checks() {}

    static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** Null or blank becomes null: absent values are omitted, never empty strings. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static <T> List<T> list(List<T> values, String name) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    static <T> List<T> nonEmpty(List<T> values, String name) {
        List<T> copy = list(values, name);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return copy;
    }

    static void range(int start, int end, String what) {
        if (start < 0) {
            throw new IllegalArgumentException(what + ": start " + start + " is negative");
        }
        if (end < start) {
            throw new IllegalArgumentException(what + ": end " + end + " is before start " + start);
        }
    }
}
