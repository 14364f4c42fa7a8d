package io.github.khabar.pipeline;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An immutable set of normalised words ({@link Keys#set}) whose {@link #contains} first asks a
 * {@link KeyFilter}: the rules probe such sets at nearly every token, and nearly always miss.
 */
final class KeySet extends AbstractSet<String> {
    private final Set<String> keys;
    private final KeyFilter filter;

    KeySet(java.util.Collection<String> keys) {
        this.keys = new java.util.HashSet<>(keys); // never exposed writable
        this.filter = new KeyFilter(this.keys);
    }

    @Override
    public boolean contains(Object o) {
        if (o instanceof String s && !filter.mayContain(s)) {
            return false;
        }
        return keys.contains(o);
    }

    @Override
    public Iterator<String> iterator() {
        return keys.iterator();
    }

    @Override
    public int size() {
        return keys.size();
    }
}
