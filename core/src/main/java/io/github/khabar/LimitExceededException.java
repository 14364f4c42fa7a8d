package io.github.khabar;

/** A document is larger than the limit the {@link Khabar} instance was built with; the message gives both. */
public final class LimitExceededException extends KhabarException {
    private static final long serialVersionUID = 1L;
    private final long limit;
    private final long actual;

    public LimitExceededException(String what, long limit, long actual) {
        super(what + " is " + actual + ", over the limit of " + limit
                + " (raise it with Khabar.builder().maxDocumentChars(...))");
        this.limit = limit;
        this.actual = actual;
    }

    public long limit() {
        return limit;
    }

    public long actual() {
        return actual;
    }
}
