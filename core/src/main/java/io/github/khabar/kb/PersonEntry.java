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
 * @param codes     dated CAMEO actor codes, for a person whose offices are not listed by title (an imported
 *                  actor dictionary's entry); usually empty
 * @param source    where the entry comes from when it was imported ("file:line", or "file:line,line" when the source
 *                  lists the person on several lines); null for curated entries
 */
public record PersonEntry(String id, List<String> names, String nameLatin, String country, List<RoleEntry> roles,
                          List<ActorCode> codes, String source) {
    public PersonEntry {
        Objects.requireNonNull(id, "id");
        id = id.strip();
        names = Lists.strings(names);
        nameLatin = Lists.optional(nameLatin);
        country = Lists.optional(country);
        roles = Lists.copy(roles);
        codes = Lists.copy(codes);
        source = Lists.optional(source);
    }

    /** A curated person: no imported codes, no source. */
    public PersonEntry(String id, List<String> names, String nameLatin, String country, List<RoleEntry> roles) {
        this(id, names, nameLatin, country, roles, List.of(), null);
    }

    /** The canonical Arabic name (the first of {@link #names()}). */
    public String name() {
        return names.isEmpty() ? id : names.get(0);
    }
}
