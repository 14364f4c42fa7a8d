package io.github.khabar.model;

/** Where a meeting or visit stands, as the text tells it. */
public enum Status {
    /** It took place. */
    OCCURRED,
    /** It is under way as the text is written. */
    ONGOING,
    /** Announced or scheduled. */
    PLANNED,
    /** Expected, unconfirmed, "may", "is likely to". */
    POSSIBLE,
    /** An invitation, not yet accepted. */
    INVITED,
    /** Called off or postponed. */
    CANCELLED,
    /** A side denies that it took place or will take place. */
    DENIED
}
