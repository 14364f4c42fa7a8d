package io.github.khabar.kb;

/** The broad category of a {@link TitleEntry}. */
public enum TitleCategory {
    HEAD_OF_STATE,
    HEAD_OF_GOVERNMENT,
    MINISTER,
    DEPUTY,
    DIPLOMAT,
    SPOKESPERSON,
    MILITARY,
    SECURITY,
    ROYAL,
    RELIGIOUS,
    /** A form of address that precedes a name: فخامة، معالي، سعادة، الدكتور... */
    HONORIFIC,
    OFFICIAL,
    OTHER
}
