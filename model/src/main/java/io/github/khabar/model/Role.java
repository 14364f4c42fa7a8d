package io.github.khabar.model;

/**
 * An office an actor holds: a title ("وزير الخارجية"), the country it serves (ISO 3166-1 alpha-2) and
 * optionally the organisation, as the id of another actor of the same extraction.
 */
public record Role(String title, String country, String organization) {
    public Role {
        Checks.notBlank(title, "title");
        country = Checks.optional(country);
        organization = Checks.optional(organization);
    }

    public static Role of(String title, String country) {
        return new Role(title, country, null);
    }
}
