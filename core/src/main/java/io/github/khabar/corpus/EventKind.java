package io.github.khabar.corpus;

/** What a {@link CorpusEvent} is: a meeting, a visit or a statement. */
public enum EventKind {
    MEETING,
    VISIT,
    STATEMENT
}
