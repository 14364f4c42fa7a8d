package io.github.khabar.kb;

/** What kind of place a {@link PlaceEntry} is. */
public enum PlaceKind {
    /** The capital city of a country. */
    CAPITAL,
    /** Any other city or town. */
    CITY,
    /** A region, province, governorate, territory, island, sea or other area. */
    REGION,
    /** A building or site: palace, headquarters, airport, hotel, conference venue. */
    VENUE
}
