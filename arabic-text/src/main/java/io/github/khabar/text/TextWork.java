package io.github.khabar.text;

/**
 * A work counter for tests: the steps a text-layer scanner takes (characters and tokens it visits, loop
 * iterations, stack operations). The same input always gives the same count, so linear-time tests compare
 * counts instead of clocks. Every loop over the input adds its iterations. Not thread-safe; one per call.
 */
final class TextWork {
    /** The counter of ordinary calls: counts nothing. */
    static final TextWork NONE = new TextWork();

    private long steps;

    void add(long n) {
        if (this != NONE) {
            steps += n;
        }
    }

    long steps() {
        return steps;
    }
}
