package io.github.khabar.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Someone or something the news talks about, with every way the document refers to it.
 *
 * @param id        unique within one extraction ({@code a1}, {@code a2}...); events refer to actors by it
 * @param type      person, organisation, country or group
 * @param name      the fullest form of the name the document gives
 * @param nameLatin a Latin-script name (from the knowledge base, else a readable romanisation); may be null
 * @param aliases   other names and titles the document uses for it
 * @param country   ISO 3166-1 alpha-2 of the country it belongs to or is; may be null
 * @param roles     offices held, as the document states them
 * @param mentions  every place in the original text that refers to it
 * @param members   for a {@link ActorType#GROUP}: the ids of its members; empty otherwise
 * @param codes     CAMEO actor codes ({@code SYRGOV}, {@code TURGOVMIL}, {@code IGOUNO}) for joining with
 *                  GDELT/ICEWS-style data; empty when nothing is known to code
 */
public record Actor(String id, ActorType type, String name, String nameLatin, List<String> aliases,
                    String country, List<Role> roles, List<Span> mentions, List<String> members,
                    List<String> codes) {
    public Actor {
        Checks.notBlank(id, "id");
        Checks.notNull(type, "type");
        Checks.notBlank(name, "name");
        nameLatin = Checks.optional(nameLatin);
        aliases = Checks.list(aliases, "aliases");
        country = Checks.optional(country);
        roles = Checks.list(roles, "roles");
        mentions = Checks.list(mentions, "mentions");
        members = Checks.list(members, "members");
        codes = Checks.list(codes, "codes");
        if (type != ActorType.GROUP && !members.isEmpty()) {
            throw new IllegalArgumentException("actor " + id + ": only a GROUP has members");
        }
    }

    /** An actor with no codes yet. */
    public Actor(String id, ActorType type, String name, String nameLatin, List<String> aliases, String country,
                 List<Role> roles, List<Span> mentions, List<String> members) {
        this(id, type, name, nameLatin, aliases, country, roles, mentions, members, List.of());
    }

    /** This actor with these codes. */
    public Actor withCodes(List<String> newCodes) {
        return new Actor(id, type, name, nameLatin, aliases, country, roles, mentions, members, newCodes);
    }

    public static Builder builder(String id, ActorType type, String name) {
        return new Builder(id, type, name);
    }

    /** Builds an {@link Actor}; not thread-safe, the result is immutable. */
    public static final class Builder {
        private final String id;
        private final ActorType type;
        private final String name;
        private String nameLatin;
        private String country;
        private final List<String> aliases = new ArrayList<>();
        private final List<Role> roles = new ArrayList<>();
        private final List<Span> mentions = new ArrayList<>();
        private final List<String> members = new ArrayList<>();
        private final List<String> codes = new ArrayList<>();

        private Builder(String id, ActorType type, String name) {
            this.id = id;
            this.type = type;
            this.name = name;
        }

        public Builder nameLatin(String value) { this.nameLatin = value; return this; }
        public Builder country(String value) { this.country = value; return this; }
        public Builder alias(String value) { this.aliases.add(value); return this; }
        public Builder aliases(List<String> values) { this.aliases.addAll(values); return this; }
        public Builder role(Role value) { this.roles.add(value); return this; }
        public Builder roles(List<Role> values) { this.roles.addAll(values); return this; }
        public Builder mention(Span value) { this.mentions.add(value); return this; }
        public Builder mentions(List<Span> values) { this.mentions.addAll(values); return this; }
        public Builder member(String actorId) { this.members.add(actorId); return this; }
        public Builder members(List<String> actorIds) { this.members.addAll(actorIds); return this; }
        public Builder code(String value) { this.codes.add(value); return this; }

        public Actor build() {
            return new Actor(id, type, name, nameLatin, aliases, country, roles, mentions, members, codes);
        }
    }
}
