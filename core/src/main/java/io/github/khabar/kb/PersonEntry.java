package io.github.khabar.kb;

import java.util.List;
import java.util.Objects;

/**
 * A well-known person.
 *
 * @param id        a stable identifier, unique in the knowledge base ("sergey-lavrov")
 * @param names     every Arabic form of the name, the canonical full form first, then short forms and
 *                  transliteration variants ("أنتوني بلينكن"، "أنتوني بلينكين"، "بلينكن")
 * @param nameLatin the Latin-script name; may be null
 * @param country   ISO 3166-1 alpha-2 code of the person's country; may be null (e.g. UN officials)
 * @param roles     offices held, in no particular order
 */
public record PersonEntry(String id, List<String> names, String nameLatin, String country, List<RoleEntry> roles) {
    public PersonEntry {
        Objects.requireNonNull(id, "id");
        id = id.strip();
        names = Lists.strings(names);
        nameLatin = Lists.optional(nameLatin);
        country = Lists.optional(country);
        roles = Lists.copy(roles);
    }

    /** The canonical Arabic name (the first of {@link #names()}). */
    public String name() {
        return names.isEmpty() ? id : names.get(0);
    }
}
