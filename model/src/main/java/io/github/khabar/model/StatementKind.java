package io.github.khabar.model;

/** Whether a statement quotes the speaker's words or reports them. */
public enum StatementKind {
    /** Quoted words. */
    DIRECT,
    /** Indirect speech: قال إن، أكد أن، أشار إلى. */
    REPORTED
}
