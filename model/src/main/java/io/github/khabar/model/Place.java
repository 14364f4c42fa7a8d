package io.github.khabar.model;

/** A place: its name as the text gives it (or its standard form) and its country (ISO 3166-1 alpha-2). */
public record Place(String name, String country) {
    public Place {
        Checks.notBlank(name, "name");
        country = Checks.optional(country);
    }

    public static Place of(String name, String country) {
        return new Place(name, country);
    }
}
