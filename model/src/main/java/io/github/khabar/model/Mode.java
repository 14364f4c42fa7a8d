package io.github.khabar.model;

/** How a meeting took place. */
public enum Mode {
    IN_PERSON,
    PHONE,
    VIDEO,
    UNKNOWN
}
