package io.github.khabar.kb;

import java.util.List;
import java.util.Objects;

/**
 * A city, capital, region or venue.
 *
 * @param name      the canonical Arabic name
 * @param names     every Arabic variant, {@code name} first ("أبوظبي"، "أبو ظبي")
 * @param nameLatin a Latin-script name; may be null
 * @param country   ISO 3166-1 alpha-2 code of the country it lies in; may be null (e.g. a sea)
 * @param kind      capital, city, region or venue
 */
public record PlaceEntry(String name, List<String> names, String nameLatin, String country, PlaceKind kind) {
    public PlaceEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        name = name.strip();
        names = Lists.stringsWithFirst(name, names);
        nameLatin = Lists.optional(nameLatin);
        country = Lists.optional(country);
    }
}
