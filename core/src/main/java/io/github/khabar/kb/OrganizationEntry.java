package io.github.khabar.kb;

import java.util.List;
import java.util.Objects;

/**
 * An organisation.
 *
 * @param id        a stable identifier, unique in the knowledge base ("un", "ru-kremlin")
 * @param names     every Arabic name and abbreviation, the canonical one first
 * @param nameLatin a Latin-script name; may be null
 * @param country   ISO 3166-1 alpha-2 code of its country; null for international bodies
 * @param kind      what kind of organisation it is
 */
public record OrganizationEntry(String id, List<String> names, String nameLatin, String country, OrgKind kind) {
    public OrganizationEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        id = id.strip();
        names = Lists.strings(names);
        nameLatin = Lists.optional(nameLatin);
        country = Lists.optional(country);
    }

    /** The canonical Arabic name (the first of {@link #names()}). */
    public String name() {
        return names.isEmpty() ? id : names.get(0);
    }
}
