package io.github.khabar.pipeline;

/**
 * A work counter for tests, one per document: the steps the screen and the stages take — tokens the rules
 * visit through {@link PreparedText}'s accessors, characters the input screen scans, earlier mentions a
 * look-back compares. The same input always gives the same count, so the linear-time test compares counts
 * instead of clocks. Internal: this package is not exported. Not thread-safe; one per call.
 */
public final class PipelineWork {
    /** The counter of ordinary calls: counts nothing. */
    public static final PipelineWork NONE = new PipelineWork();

    private long steps;

    public void add(long n) {
        if (this != NONE) {
            steps += n;
        }
    }

    public long steps() {
        return steps;
    }
}
