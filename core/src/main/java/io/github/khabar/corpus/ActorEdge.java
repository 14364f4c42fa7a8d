package io.github.khabar.corpus;

import java.util.List;
import java.util.Objects;

/**
 * Who met whom: two corpus actors ({@code a} sorts before {@code b}), how many corpus meetings they were
 * both part of, and those meetings' ids in timeline order.
 */
public record ActorEdge(String a, String b, int count, List<String> events) {
    public ActorEdge {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        events = List.copyOf(events);
    }
}
