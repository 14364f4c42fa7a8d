package io.github.khabar.pipeline;

import io.github.khabar.kb.Country;
import io.github.khabar.kb.KnowledgeBase;
import io.github.khabar.kb.OrganizationEntry;
import io.github.khabar.kb.PersonEntry;
import io.github.khabar.kb.RoleEntry;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.Diagnostic;
import io.github.khabar.model.Role;
import io.github.khabar.model.Span;
import io.github.khabar.text.NameKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 3: resolves mentions to actors. Persons: the same knowledge-base entry, the same name key, one
 * name a prefix of the other, or the same family name ("الصفدي" → "أيمن الصفدي"; two first names
 * with one surname and compatible offices are one person, flagged NAME_VARIANT). Offices without names
 * ("الوزير الروسي", "نظيره التركي") resolve to the person holding a compatible office, nearest first,
 * else to the knowledge base's holder of that office on the publication date. Organisations and
 * countries resolve by entry or normalised name. Stateless; thread-safe.
 */
final class ActorStage {
    /** How many tokens back a bare office ("الوزير", "الرئيس") may look for its holder. */
    private static final int VAGUE_REACH = 60;
    /** Tokens added to the distance of a holder whose office only shares its leading words with the mention's. */
    private static final int EXACT_OFFICE_BONUS = 200;
    /** How many persons or mentions back a comparison looks: all of any article, a bound for any input. */
    private static final int RECENT = 300;
    /** How many tokens back "جلالته"/"سموه" may look for the person it honours. */
    private static final int HONORIFIC_REACH = 400;
    private final KnowledgeBase kb;
    private final Gazetteer gazetteer;

    ActorStage(KnowledgeBase kb, Gazetteer gazetteer) {
        this.kb = kb;
        this.gazetteer = gazetteer;
    }

    ActorTable resolve(PreparedText t, List<Mention> found) {
        List<Mention> mentions = new ArrayList<>(found);
        mentions.sort(Comparator.comparingInt((Mention m) -> m.tokStart).thenComparingInt(m -> m.start));
        ActorTable table = new ActorTable(mentions);
        Map<String, ActorTable.ActorDraft> orgs = new HashMap<>();
        Map<String, ActorTable.ActorDraft> countries = new HashMap<>();

        // full names first, so a headline's surname finds the person named in the body
        for (Mention m : mentions) {
            if (m.kind == Mention.Kind.PERSON && !m.surnameOnly) {
                person(t, table, m);
            }
        }
        for (Mention m : mentions) {
            if (m.kind == Mention.Kind.PERSON && m.surnameOnly) {
                ActorTable.ActorDraft d = bySurname(table, m.key);
                if (d == null) {
                    d = newPerson(table, m);
                }
                attach(t, table, d, m);
            }
        }
        for (Mention m : mentions) {
            if (m.sourceOf != null) continue; // resolved below, through what it is tied to
            switch (m.kind) {
                case ORGANIZATION -> {
                    String key = orgKey(m);
                    ActorTable.ActorDraft d = orgs.get(key);
                    if (d == null) {
                        d = table.create(ActorType.ORGANIZATION);
                        d.ref = m.ref;
                        d.country = m.country;
                        if (m.ref instanceof OrganizationEntry o) {
                            d.nameLatin = o.nameLatin();
                        }
                        orgs.put(key, d);
                    }
                    attach(t, table, d, m);
                    if (m.ref instanceof OrganizationEntry o && !o.names().isEmpty()) {
                        // the knowledge base's spelling names it ("للاتحاد الإفريقي" → الاتحاد الأفريقي)
                        String canonical = o.names().get(0);
                        if (!canonical.equals(d.name)) {
                            if (d.name != null && !d.aliases.contains(d.name)) d.aliases.add(d.name);
                            d.name = canonical;
                        }
                    }
                }
                case COUNTRY -> {
                    ActorTable.ActorDraft d = countries.get(m.country);
                    if (d == null) {
                        d = table.create(ActorType.COUNTRY);
                        d.country = m.country;
                        if (m.ref instanceof Country c) {
                            d.name = c.name();
                            d.nameLatin = c.nameEnglish();
                        }
                        countries.put(m.country, d);
                    }
                    attach(t, table, d, m);
                }
                default -> { }
            }
        }
        for (ActorTable.ActorDraft d : table.actors.values()) {
            if (d.type == ActorType.PERSON) {
                completePerson(t, d);
            }
        }
        homeCountry(table, Dateline.country(t, gazetteer));
        // a named counterpart holds the office of the person it mirrors, in its own country
        for (Mention m : mentions) {
            if (m.kind == Mention.Kind.PERSON && m.counterpart && m.actorId != null) {
                String title = officeOf(table, m.counterpartOf);
                if (title != null) {
                    addRole(table.get(m.actorId), title, m.counterpartCountry);
                }
            }
            if (m.kind == Mention.Kind.TITLE_ONLY && m.counterpart && m.roles.isEmpty()) {
                String title = officeOf(table, m.counterpartOf);
                if (title != null) {
                    m.roles.add(new Mention.RoleInfo(title, m.counterpartCountry, null, true));
                }
            }
        }
        for (Mention m : mentions) {
            if (m.kind == Mention.Kind.TITLE_ONLY && m.honorificPronoun != null) {
                ActorTable.ActorDraft d = byHonorific(t, table, m);
                if (d != null) {
                    m.actorId = d.id;
                    d.mentions.add(Span.of(t.text, m.start, m.end));
                }
                continue;
            }
            if (m.kind == Mention.Kind.TITLE_ONLY) {
                ActorTable.ActorDraft d = byOffice(table, m);
                boolean rankOnly = false;
                if (d == null) {
                    d = TitleReferences.byRank(t, table, m); // "وأكد الأمير" sentences after "الأمير X"
                    rankOnly = d != null; // a rank written before a name is no office of his
                }
                if (d == null) {
                    d = kbHolder(t, table, m);
                }
                if (d != null) {
                    m.actorId = d.id;
                    d.mentions.add(Span.of(t.text, m.start, m.end));
                    // the office goes to the roles, not the aliases: a title is not a name; "الوزير" adds
                    // nothing to "وزير الخارجية"
                    for (Mention.RoleInfo r : rankOnly ? List.<Mention.RoleInfo>of() : m.roles) {
                        // an office read as the home country's holder is an office of that country
                        if (!coveredBy(d, r)) addRole(d, r.title(), r.country() != null ? r.country() : d.country);
                    }
                }
            }
        }
        sources(t, table, mentions);
        return table;
    }

    /**
     * An unnamed source tied to a body ("مسؤول في حركة النهضة") or a later reference to a source ("وأضاف
     * المصدر") speaks for the actor of the mention it is tied to; in order, so a chain of references follows.
     * Its words are a mention of that actor unless they enclose the body's own mention.
     */
    private static void sources(PreparedText t, ActorTable table, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.sourceOf == null || m.sourceOf.actorId == null) continue;
            m.actorId = m.sourceOf.actorId;
            boolean encloses = m.start <= m.sourceOf.start && m.sourceOf.end <= m.end;
            ActorTable.ActorDraft d = table.get(m.actorId);
            if (d != null && !encloses) d.mentions.add(Span.of(t.text, m.start, m.end));
        }
    }

    /**
     * The first office of the actor a mention refers to, as the knowledge base's title it begins with: a
     * counterpart mirrors the office, not one country's name for its portfolio ("وزير الشؤون الخارجية
     * والتعاون الإفريقي" → "وزير الشؤون الخارجية").
     */
    private String officeOf(ActorTable table, Mention m) {
        if (m == null || m.actorId == null) return null;
        ActorTable.ActorDraft d = table.get(m.actorId);
        return d == null || d.roles.isEmpty() ? null : knownTitlePrefix(d.roles.get(0).title());
    }

    /** The longest leading run of the title's words that the knowledge base knows as a title, else the title. */
    private String knownTitlePrefix(String title) {
        String[] words = title.split(" ");
        for (int n = words.length; n >= 1; n--) {
            String phrase = String.join(" ", java.util.Arrays.copyOf(words, n));
            for (Gazetteer.Entry e : gazetteer.lookup(phrase)) {
                if (e.kind() == Gazetteer.Kind.TITLE) return n == words.length ? title : phrase;
            }
        }
        return title;
    }

    private static String orgKey(Mention m) {
        if (m.ref instanceof OrganizationEntry o) {
            return "kb:" + o.id();
        }
        String k = m.key;
        String ministry = Keys.of("وزارة") + " ";
        if (k.startsWith(ministry)) {
            k = Keys.of("ال") + k.substring(ministry.length());
            k = k.replace(Keys.of("الال"), Keys.of("ال"));
        }
        return "name:" + k + ":" + m.country;
    }

    private void person(PreparedText t, ActorTable table, Mention m) {
        PersonEntry kbRef = m.ref instanceof PersonEntry p ? p : kbPersonForSurname(m);
        String nameKey = NameKey.of(m.name);
        String surname = surnameOf(m);
        ActorTable.ActorDraft match = kbRef != null ? table.byRef.get(kbRef) : null;
        if (match == null) match = table.byNameKey.get(nameKey);
        // the rest compares with the persons named so far: the last few hundred, so any input stays linear
        List<ActorTable.ActorDraft> persons = table.persons;
        for (int i = Math.max(0, persons.size() - RECENT); i < persons.size() && match == null; i++) {
            t.work.add(1);
            ActorTable.ActorDraft d = persons.get(i);
            if (prefixOf(m.key, d)) { match = d; break; }
            if (surname != null && surname.equals(d.surname) && compatibleRoles(m, d)) {
                match = d;
                if (!NameKey.of(firstWord(m.key)).equals(NameKey.of(firstWord(Keys.of(d.name))))) {
                    table.diagnostics.add(Diagnostic.at("NAME_VARIANT", m.start, m.end, "\"" + m.name
                            + "\" read as the same person as \"" + d.name + "\" (same family name and office)"));
                }
                break;
            }
        }
        if (match == null) {
            match = newPerson(table, m);
        }
        if (match.ref == null && kbRef != null) {
            match.ref = kbRef;
        }
        attach(t, table, match, m);
    }

    private static String firstWord(String key) {
        int sp = key.indexOf(' ');
        return sp < 0 ? key : key.substring(0, sp);
    }

    private boolean prefixOf(String key, ActorTable.ActorDraft d) {
        String other = Keys.of(d.name);
        if (key.equals(other)) return true;
        String shorter = key.length() < other.length() ? key : other;
        String longer = key.length() < other.length() ? other : key;
        return shorter.indexOf(' ') > 0 && longer.startsWith(shorter + " ");
    }

    private static boolean compatibleRoles(Mention m, ActorTable.ActorDraft d) {
        if (m.chainName) return false;
        if (m.roles.isEmpty() || d.roles.isEmpty()) return true;
        for (Mention.RoleInfo r : m.roles) {
            for (Role x : d.roles) {
                if ((r.country() == null || x.country() == null || r.country().equals(x.country()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String surnameOf(Mention m) {
        if (m.chainName) return null;
        String[] w = m.key.split(" ");
        if (w.length == 1) return m.surnameOnly || w[0].length() >= 4 ? w[0] : null;
        return w[w.length - 1];
    }

    /** A discovered "إيمانويل ماكرون" is the knowledge base's person whose short name is the surname. */
    private PersonEntry kbPersonForSurname(Mention m) {
        String s = surnameOf(m);
        if (s == null && m.chainName) {
            // "عادل بن أحمد الجبير": a chain ending in a family name with the article
            String[] w = m.key.split(" ");
            String last = w[w.length - 1];
            String before = w.length > 1 ? w[w.length - 2] : "";
            if (last.startsWith("ال") && !before.equals(Keys.of("آل")) && !before.equals(Keys.of("بن"))) s = last;
        }
        if (s == null) return null;
        PersonEntry found = null;
        for (Gazetteer.Entry e : gazetteer.lookup(s)) {
            if (e.kind() == Gazetteer.Kind.PERSON) {
                if (found != null && found != e.person()) return null;
                found = e.person();
            }
        }
        return found;
    }

    private ActorTable.ActorDraft newPerson(ActorTable table, Mention m) {
        ActorTable.ActorDraft d = table.create(ActorType.PERSON);
        d.ref = m.ref;
        return d;
    }

    private ActorTable.ActorDraft bySurname(ActorTable table, String key) {
        return table.bySurname.get(key); // the last one named; surnames are rarely shared within an article
    }

    private void attach(PreparedText t, ActorTable table, ActorTable.ActorDraft d, Mention m) {
        m.actorId = d.id;

        d.mentions.add(Span.of(t.text, m.start, m.end));
        if (d.type == ActorType.PERSON) {
            if (!m.surnameOnly && (d.name == null || m.name.length() > d.name.length())) {
                if (d.name != null) d.aliases.add(d.name);
                d.name = m.name;
                d.nameKey = NameKey.of(m.name);
                String s = surnameOf(m);
                if (s != null) d.surname = s;
            } else if (d.name == null) {
                d.name = m.name;
                d.nameKey = NameKey.of(m.name);
                d.surname = m.key;
            } else if (!d.aliases.contains(m.name)) {
                d.aliases.add(m.name);
            }
            if (m.chainName) d.surname = null;
            d.foreignKeys.addAll(m.foreignKeys);
            table.indexPerson(d);
            for (Mention.RoleInfo r : m.roles) {
                addRole(d, r.title(), r.country());
                if (r.country() == null) d.bareTitles.add(Keys.of(r.title()));
            }
            if (d.country == null && m.country != null) d.country = m.country;
            d.international |= m.international;
        } else {
            if (d.name == null || (d.type == ActorType.ORGANIZATION && m.name.length() > d.name.length())) {
                if (d.name != null) d.aliases.add(d.name);
                d.name = m.name;
            } else if (!d.aliases.contains(m.name) && !m.name.equals(d.name)) {
                d.aliases.add(m.name);
            }
        }
    }

    private static void addRole(ActorTable.ActorDraft d, String title, String country) {
        String key = Keys.of(title);
        for (Role r : d.roles) {
            if (Keys.of(r.title()).equals(key) && (country == null || country.equals(r.country()))) {
                return; // a later mention without a country adds nothing to the same office with one
            }
        }
        d.roles.add(new Role(title, country, null));
        if (d.country == null) d.country = country;
    }

    /** The person in the document holding an office compatible with the mention's, nearest first. */
    private ActorTable.ActorDraft byOffice(ActorTable table, Mention m) {
        if (m.roles.isEmpty()) return null;
        Mention.RoleInfo r0 = m.roles.get(0);
        boolean vague = r0.country() == null && bare(r0.title()).length < 2;
        ActorTable.ActorDraft best = null;
        int bestDistance = Integer.MAX_VALUE;
        int at = table.indexOf(m);
        int from = Math.max(0, at - RECENT);
        int to = Math.min(table.mentions.size(), at + RECENT);
        for (int i = from; i < to; i++) {
            Mention other = table.mentions.get(i);
            if (other.kind != Mention.Kind.PERSON || other.actorId == null) continue;
            ActorTable.ActorDraft d = table.get(other.actorId);
            if (!holds(d, m.roles)) continue;
            if (vague && (other.tokStart > m.tokStart || m.tokStart - other.tokStart > VAGUE_REACH)) {
                continue; // "الوزير" alone: only a minister just named
            }
            int distance = other.tokStart <= m.tokStart ? m.tokStart - other.tokStart
                    : 4 * (other.tokStart - m.tokStart); // prefer an antecedent over a later name
            if (r0.country() == null && statedBare(d, r0.title())) {
                // "وقال وزير الخارجية" with no country: the one the text also named without a country
                // (the home side), not the foreign counterpart named with a demonym
                distance /= 10;
            }
            if (!holdsExactly(d, m.roles)) {
                // "رئيس الوزراء" is the prime minister named earlier, not the president ("الرئيس") named next
                distance += EXACT_OFFICE_BONUS;
            }
            if (feminine(r0.title()) != heldAsFeminine(d)) {
                distance += EXACT_OFFICE_BONUS; // "الوزيرة" is the woman minister, not the man named nearer
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = d;
            }
        }
        return best;
    }

    /** The office's first word is feminine ("الوزيرة", "وزيرة الخارجية", "السفيرة"). */
    private static boolean feminine(String title) {
        String first = title.split(" ")[0];
        return first.endsWith("ة") && !first.equals("الدولة");
    }

    /** Some office the text gave this person is worded in the feminine. */
    private static boolean heldAsFeminine(ActorTable.ActorDraft d) {
        for (Role r : d.roles) {
            if (feminine(r.title())) return true;
        }
        return false;
    }

    /** "جلالته", "سموه": the nearest person before, named with that honorific. */
    private static ActorTable.ActorDraft byHonorific(PreparedText t, ActorTable table, Mention m) {
        for (int k = table.indexOf(m) - 1; k >= 0; k--) {
            t.work.add(1);
            Mention other = table.mentions.get(k);
            if (m.tokStart - other.tokStart > HONORIFIC_REACH) break;
            if (other.kind == Mention.Kind.PERSON && other.actorId != null
                    && other.honorifics.contains(m.honorificPronoun)) {
                return table.get(other.actorId);
            }
        }
        return null;
    }

    private static boolean statedBare(ActorTable.ActorDraft d, String title) {
        for (String bare : d.bareTitles) {
            if (titlesCompatible(bare, title)) return true;
        }
        return false;
    }

    /** The actor already holds a longer office that {@code r}'s words begin ("وزير الخارجية" for "الوزير"). */
    private static boolean coveredBy(ActorTable.ActorDraft d, Mention.RoleInfo r) {
        String[] wanted = bare(r.title());
        for (Role held : d.roles) {
            if (r.country() != null && !r.country().equals(held.country())) continue;
            String[] words = bare(held.title());
            if (words.length > wanted.length && titlesCompatible(r.title(), held.title())) return true;
        }
        return false;
    }

    /** Like {@link #holds}, but the office's words must be the same, not one a leading part of the other. */
    private static boolean holdsExactly(ActorTable.ActorDraft d, List<Mention.RoleInfo> wanted) {
        for (Mention.RoleInfo w : wanted) {
            for (Role r : d.roles) {
                if (w.country() != null && r.country() != null && !w.country().equals(r.country())) continue;
                if (java.util.Arrays.equals(bare(w.title()), bare(r.title()))) return true;
            }
        }
        return false;
    }

    private static boolean holds(ActorTable.ActorDraft d, List<Mention.RoleInfo> wanted) {
        for (Mention.RoleInfo w : wanted) {
            for (Role r : d.roles) {
                if (w.country() != null && r.country() != null && !w.country().equals(r.country())) continue;
                if (w.country() != null && r.country() == null && d.country != null && !w.country().equals(d.country)) continue;
                if (titlesCompatible(w.title(), r.title())) return true;
            }
        }
        return false;
    }

    /** One title's words (without the article) are a leading part of the other's: الوزير ~ وزير الخارجية. */
    static boolean titlesCompatible(String a, String b) {
        String[] x = bare(a);
        String[] y = bare(b);
        if (x.length == 0 || y.length == 0) return false;
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!x[i].equals(y[i])) {
                return false;
            }
        }
        return true;
    }

    static String[] bare(String title) {
        String[] w = Keys.of(title).split(" ");
        List<String> out = new ArrayList<>();
        for (String s : w) {
            if (s.isEmpty()) continue;
            String w1 = s.startsWith("ال") && s.length() > 3 ? s.substring(2) : s;
            // "الوزيرة" is the woman holding "وزير الخارجية": ة (folded to ه) marks the gender, not the office
            out.add(w1.length() > 3 && w1.endsWith("ه") ? w1.substring(0, w1.length() - 1) : w1);
        }
        return out.toArray(new String[0]);
    }

    /** The knowledge base's holder of the office on the publication date, when exactly one fits. */
    private ActorTable.ActorDraft kbHolder(PreparedText t, ActorTable table, Mention m) {
        if (t.published == null || m.roles.isEmpty()) return null;
        Mention.RoleInfo wanted = m.roles.get(0);
        if (wanted.country() == null && m.roles.size() == 1 && bare(wanted.title()).length == 1) {
            // "القاهرة - استقبل الرئيس وزيرة الخارجية الكولومبية": a lone head's office, with no holder
            // named in the text, is the one of the country the story is filed from
            String home = Dateline.country(t, gazetteer);
            if (home != null) wanted = new Mention.RoleInfo(wanted.title(), home, wanted.organizationKey(), wanted.personal());
        }
        if (wanted.country() == null || !wanted.personal()) return null;
        String cacheKey = Keys.of(wanted.title()) + "|" + wanted.country();
        PersonEntry found;
        if (table.holders.containsKey(cacheKey)) {
            found = table.holders.get(cacheKey);
        } else {
            found = holderOf(wanted, t.published);
            table.holders.put(cacheKey, found);
        }
        if (found == null) return null;
        ActorTable.ActorDraft existing = table.byRef.get(found);
        if (existing != null) return existing;
        ActorTable.ActorDraft d = table.create(ActorType.PERSON);
        d.ref = found;
        d.name = found.names().get(0);
        d.nameKey = NameKey.of(d.name);
        // created after completePerson ran over the named actors, so it takes the entry's Latin name here
        d.nameLatin = found.nameLatin();
        d.country = found.country();
        table.indexPerson(d);
        return d;
    }

    private PersonEntry holderOf(Mention.RoleInfo wanted, LocalDate published) {
        PersonEntry found = null;
        for (PersonEntry p : kb.persons()) {
            for (RoleEntry r : p.roles()) {
                // "العاهل الأردني" holds "ملك", "أمير قطر" holds "أمير البلاد"
                if (wanted.country().equals(r.country()) && TitleReferences.sameOffice(gazetteer, wanted.title(), r.title())
                        && r.heldOn(published)) {
                    if (found != null && found != p) return null;
                    found = p;
                }
            }
        }
        return found;
    }

    private void completePerson(PreparedText t, ActorTable.ActorDraft d) {
        if (d.ref instanceof PersonEntry p) {
            if (d.nameLatin == null) d.nameLatin = p.nameLatin();
            if (p.country() != null) d.country = p.country();
            // the knowledge base's spelling names the actor; the text's fuller forms stay as aliases and
            // mentions (but not forms holding another known person's name: "محمد بن سلمان بن عبدالعزيز")
            String canonical = p.names().get(0);
            if (!canonical.equals(d.name)) {
                if (d.name != null && !d.aliases.contains(d.name)) d.aliases.add(d.name);
                d.name = canonical;
            }
            d.aliases.removeIf(a -> namesAnotherPerson(a, p));
            // a text role that is one of the entry's known offices takes the entry's country for it
            for (int r = 0; r < d.roles.size(); r++) {
                Role role = d.roles.get(r);
                for (RoleEntry known : p.roles()) {
                    if (known.country() != null && titlesCompatible(role.title(), known.title())
                            && !known.country().equals(role.country())) {
                        d.roles.set(r, new Role(role.title(), known.country(), role.organization()));
                        break;
                    }
                }
            }
            // the offices the entry holds on the publication date (or now), unless the text gave them
            for (RoleEntry r : p.roles()) {
                if (t.published != null ? r.heldOn(t.published) : r.to() == null) {
                    boolean stated = false;
                    for (Role have : d.roles) {
                        stated |= titlesCompatible(have.title(), r.title())
                                && (have.country() == null || have.country().equals(r.country()));
                    }
                    if (!stated) addRole(d, definite(r.title()), r.country());
                }
            }
        }
        if (d.nameLatin == null && d.name != null) {
            d.nameLatin = Romanizer.romanize(d.name);
        }
        // an office stated without its country belongs to the person's country ("الملك" of a Saudi king)
        if (d.country != null) {
            for (int r = 0; r < d.roles.size(); r++) {
                Role role = d.roles.get(r);
                if (role.country() == null) d.roles.set(r, new Role(role.title(), d.country, role.organization()));
            }
        }
    }

    /**
     * Offices stated with no country ("وزير الدولة للشؤون الخارجية", in a list of attendees) belong to the
     * document's home side: the country most of its persons belong to (the dateline's country counting as
     * two of them), when at least two do and no other country ties with it.
     */
    private static void homeCountry(ActorTable table, String dateline) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (ActorTable.ActorDraft d : table.persons) {
            if (d.country != null) counts.merge(d.country, 1, Integer::sum);
        }
        // the place a story is filed from counts as two of its people: "القاهرة - صرح المتحدث باسم الخارجية"
        if (dateline != null) counts.merge(dateline, 2, Integer::sum);
        String home = null;
        int best = 1;
        boolean tie = false;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                home = e.getKey();
                tie = false;
            } else if (e.getValue() == best && home != null) {
                tie = true;
            }
        }
        if (home == null || tie) return;
        for (ActorTable.ActorDraft d : table.persons) {
            if (d.country != null || d.roles.isEmpty() || d.international) continue;
            d.country = home;
            for (int r = 0; r < d.roles.size(); r++) {
                Role role = d.roles.get(r);
                if (role.country() == null) d.roles.set(r, new Role(role.title(), home, role.organization()));
            }
        }
    }

    /** "رئيس" → "الرئيس": a one-word office reads with its article, as the news writes it. */
    static String definite(String title) {
        if (title.indexOf(' ') < 0 && !title.startsWith("ال")) return "ال" + title;
        return title;
    }

    /** True when some run of two or more words of the name is another known person's name. */
    private boolean namesAnotherPerson(String name, PersonEntry self) {
        String[] w = Keys.of(name).split(" ");
        for (int a = 0; a < w.length; a++) {
            StringBuilder b = new StringBuilder(w[a]);
            for (int e = a + 1; e < w.length; e++) {
                b.append(' ').append(w[e]);
                for (Gazetteer.Entry entry : gazetteer.lookup(b.toString())) {
                    if (entry.kind() == Gazetteer.Kind.PERSON && entry.person() != self) return true;
                }
            }
        }
        return false;
    }
}
