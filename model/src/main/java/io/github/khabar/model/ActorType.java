package io.github.khabar.model;

/** What kind of actor: a person, an organisation, a country, or a group of other actors. */
public enum ActorType {
    PERSON,
    ORGANIZATION,
    COUNTRY,
    /** A delegation, "the two ministers", "both sides": its {@code members} are other actors. */
    GROUP
}
