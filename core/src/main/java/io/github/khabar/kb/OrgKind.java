package io.github.khabar.kb;

/** What kind of organisation an {@link OrganizationEntry} is. */
public enum OrgKind {
    /** An international or intergovernmental body (UN, Arab League, NATO...). */
    INTERNATIONAL,
    /** A state's government, presidency, royal court, cabinet or parliament. */
    GOVERNMENT,
    /** A ministry or other executive department of one state. */
    MINISTRY,
    /** Armed forces, military commands and intelligence services. */
    MILITARY,
    /** A political party, movement or armed group. */
    PARTY_OR_MOVEMENT,
    /** A news agency. */
    NEWS_AGENCY,
    /** A newspaper, TV channel or other media outlet. */
    MEDIA_OUTLET,
    /**
     * A social-media or messaging platform (X, Facebook, Telegram): the channel a statement was posted on,
     * never its speaker.
     */
    PLATFORM,
    /** A company. */
    COMPANY,
    /** Anything else. */
    OTHER
}
