package io.github.khabar.text;

/** A work counter for tests: counts characters and tokens the cleaner visits. Not thread-safe; one per call. */
final class PageWork {
    static final PageWork NONE = new PageWork();

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
