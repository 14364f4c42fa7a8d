package io.github.khabar.corpus;

import io.github.khabar.model.Actor;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Role;
import io.github.khabar.text.NameKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which corpus actor each document actor is. In order: the same knowledge-base entry (or country);
 * the same name key (of the same country first); for persons, a fuller or shorter form of a known name
 * (the same given and family names, middle names dropped: "محمد شياع السوداني", "محمد السوداني"), long
 * words of which may be spelling variants
 * ({@link NameKey#similarity} at least {@value #VARIANT_SIMILARITY}); a family name alone only when exactly one
 * known actor bears it (a shared office decides between several). Always of the same type, with no
 * contradicting country or knowledge-base entry — so two people sharing a family name and differing in their
 * first names stay two.
 */
final class ActorLinker {
    static final double VARIANT_SIMILARITY = 0.85;
    /** Shortest word (key letters) whose spelling variants are matched. */
    static final int FUZZY_WORD = 6;
    private static final Set<String> PATRONYMIC = Set.of("بن", "ابن", "بنت");
    /** The key of آل, "the family of", before a family name ("آل سعود"). */
    private static final String FAMILY = NameKey.of("آل");

    /** What the corpus keeps of one actor while linking. */
    static final class State {
        final String id;
        final ActorType type;
        String name;
        int nameWords;
        String nameLatin;
        String kbId;
        String country;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> keys = new LinkedHashSet<>();
        final Map<String, RoleState> roles = new LinkedHashMap<>();
        final List<ActorSource> sources = new ArrayList<>();

        State(String id, ActorType type) {
            this.id = id;
            this.type = type;
        }

        CorpusActor build() {
            List<String> aliasList = aliases.stream().filter(a -> !a.equals(name)).toList();
            return new CorpusActor(id, type, name, nameLatin, kbId != null && !kbId.startsWith("country:") ? kbId : null,
                    country, aliasList, roles.values().stream().map(RoleState::build).toList(), sources);
        }
    }

    static final class RoleState {
        final String title;
        final String country;
        LocalDate first;
        LocalDate last;
        final Set<String> documents = new LinkedHashSet<>();

        RoleState(String title, String country) {
            this.title = title;
            this.country = country;
        }

        void seen(String doc, LocalDate date) {
            documents.add(doc);
            if (date != null) {
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
        }

        CorpusRole build() {
            return new CorpusRole(title, country, first, last, List.copyOf(documents));
        }
    }

    private final Identity identity;
    private final List<State> actors = new ArrayList<>();
    private final Map<String, State> byKb = new HashMap<>();
    private final Map<String, List<State>> byKey = new HashMap<>();
    private final Map<String, List<State>> byFamilyName = new HashMap<>();
    private final Map<Character, List<String>> familyNamesByInitial = new HashMap<>();
    private final Map<String, List<State>> byGivenName = new HashMap<>();

    ActorLinker(Identity identity) {
        this.identity = identity;
    }

    List<State> actors() {
        return actors;
    }

    /** Links every actor of {@code x} but groups; returns document actor id → corpus actor id. */
    Map<String, String> link(Extraction x, LocalDate published) {
        Map<String, String> ids = new HashMap<>();
        for (Actor a : x.actors()) {
            if (a.type() == ActorType.GROUP) {
                continue;
            }
            String kb = identity.of(a);
            String key = NameKey.of(a.name());
            State s = find(a, kb, key);
            if (s == null) {
                s = new State("A" + (actors.size() + 1), a.type());
                actors.add(s);
            }
            merge(s, a, kb, key, x.document().id(), published);
            ids.put(a.id(), s.id);
        }
        return ids;
    }

    private State find(Actor a, String kb, String key) {
        if (kb != null && byKb.containsKey(kb)) {
            return byKb.get(kb);
        }
        if (key.isEmpty()) {
            return null;
        }
        String[] words = key.split(" ");
        List<State> exact = compatible(byKey.get(key), a, kb);
        if (!exact.isEmpty() && (words.length > 1 || exact.size() == 1)) {
            // several bearers of one name: the one of the same country
            return exact.stream().filter(s -> s.country != null && s.country.equals(a.country())).findFirst()
                    .orElse(exact.get(0));
        }
        if (a.type() != ActorType.PERSON) {
            return null; // "وزارة الداخلية" is not "وزارة التجارة الداخلية": other names match whole
        }
        List<State> family = compatible(bearers(words[words.length - 1]), a, kb);
        if (words.length > 1) {
            // same family name, or same given name ("عبدالله بن عبدالعزيز آل سعود" ends otherwise)
            List<State> more = new ArrayList<>(family);
            compatible(byGivenName.get(words[0]), a, kb).stream().filter(s -> !more.contains(s)).forEach(more::add);
            family = more;
            // a name that fits one of the actor's names and contradicts none of its full names
            for (State s : family) {
                boolean fits = false;
                boolean contradicts = false;
                for (String k : s.keys) {
                    String[] other = k.split(" ");
                    if (sameName(words, other)) {
                        fits = true;
                    } else if (other.length > 1) {
                        contradicts = true;
                    }
                }
                if (fits && !contradicts) {
                    return s;
                }
            }
            return null;
        }
        // a family name alone: one bearer, or one bearer sharing an office with this mention
        List<State> bearers = family.stream().filter(s -> !isPatronymicOnly(s, words[0])).toList();
        if (bearers.size() == 1) {
            return bearers.get(0);
        }
        List<State> sameOffice = bearers.stream().filter(s -> sharesOffice(s, a)).toList();
        return sameOffice.size() == 1 ? sameOffice.get(0) : null;
    }

    /**
     * The actors whose family name is {@code word}, or — when none — spelled like it (similarity at least
     * {@value #VARIANT_SIMILARITY}; only names of the same initial are compared, so the cost stays bounded).
     */
    private List<State> bearers(String word) {
        List<State> exact = byFamilyName.get(word);
        if (exact != null) {
            return exact;
        }
        List<State> out = new ArrayList<>();
        for (String other : familyNamesByInitial.getOrDefault(word.charAt(0), List.of())) {
            if (sameWord(word, other)) {
                byFamilyName.get(other).stream().filter(s -> !out.contains(s)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Whether two name keys name one person: the same words (a spelling variant of a long word allowed); or
     * the same given name and family name with middle names dropped ("عادل بن أحمد الجبير", "عادل الجبير");
     * or the first words of the longer one ("إسماعيل ولد الشيخ", "إسماعيل ولد الشيخ أحمد");
     * a shorter form that names a father ("فيصل بن بندر") must be the start of the longer one
     * ("فيصل بن بندر بن عبدالعزيز"), never skip one ("عبدالله بن عبدالعزيز" is not "عبدالله بن مساعد بن
     * عبدالعزيز"). Never a different given name: "أحمد علي عبدالله صالح" is the son of "علي عبدالله صالح".
     */
    private static boolean sameName(String[] a, String[] b) {
        String[] shorter = a.length <= b.length ? a : b;
        String[] longer = shorter == a ? b : a;
        if (shorter.length == 1) { // a family name seen before the full name
            return sameWord(shorter[0], longer[longer.length - 1]) && !PATRONYMIC.contains(longer[longer.length - 2])
                    && !isFamilyPrefix(longer[longer.length - 2]);
        }
        if (!sameWord(shorter[0], longer[0])) {
            return false;
        }
        if (a.length == b.length || Arrays.stream(shorter).anyMatch(PATRONYMIC::contains)) {
            for (int i = 1; i < shorter.length; i++) {
                if (!sameWord(shorter[i], longer[i])) {
                    return false;
                }
            }
            return a.length == b.length || PATRONYMIC.contains(longer[shorter.length]) || isFamilyPrefix(longer[shorter.length]);
        }
        if (!sameWord(shorter[shorter.length - 1], longer[longer.length - 1])) {
            // or the start of the longer name: given name and father's ("إسماعيل ولد الشيخ", "... أحمد")
            for (int i = 1; i < shorter.length; i++) {
                if (!sameWord(shorter[i], longer[i])) {
                    return false;
                }
            }
            return true;
        }
        int j = 1;
        for (int i = 1; i < longer.length - 1 && j < shorter.length - 1; i++) {
            if (sameWord(longer[i], shorter[j])) {
                j++;
            }
        }
        return j == shorter.length - 1;
    }

    /** آل (the family of), as a key. */
    private static boolean isFamilyPrefix(String word) {
        return word.equals(FAMILY);
    }

    /**
     * Equal keys, or two spellings of one long (foreign) word: short native names differ by one vowel
     * (حسن، حسين), long transliterations vary in it.
     */
    static boolean sameWord(String x, String y) {
        return x.equals(y) || Math.min(x.length(), y.length()) >= FUZZY_WORD
                && NameKey.similarity(x, y) >= VARIANT_SIMILARITY;
    }

    /**
     * Whether {@code word} ends this actor's names only as a father's name ("محمد بن سلمان") or within a
     * family name ("عبدالعزيز آل سعود"): then it alone does not name the actor.
     */
    private static boolean isPatronymicOnly(State s, String word) {
        for (String k : s.keys) {
            String[] w = k.split(" ");
            if (sameWord(w[w.length - 1], word) && (w.length < 2
                    || !PATRONYMIC.contains(w[w.length - 2]) && !isFamilyPrefix(w[w.length - 2]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sharesOffice(State s, Actor a) {
        for (Role r : a.roles()) {
            if (s.roles.containsKey(roleKey(r))) {
                return true;
            }
        }
        return false;
    }

    private static List<State> compatible(List<State> candidates, Actor a, String kb) {
        if (candidates == null) {
            return List.of();
        }
        return candidates.stream()
                .filter(s -> s.type == a.type())
                .filter(s -> s.country == null || a.country() == null || s.country.equals(a.country()))
                .filter(s -> s.kbId == null || kb == null || s.kbId.equals(kb))
                .toList();
    }

    private void merge(State s, Actor a, String kb, String key, String doc, LocalDate published) {
        int words = key.isEmpty() ? 0 : key.split(" ").length;
        if (s.name == null || words > s.nameWords) {
            s.name = a.name();
            s.nameWords = words;
        }
        s.aliases.add(a.name());
        s.aliases.addAll(a.aliases());
        if (kb != null && s.kbId == null) {
            s.kbId = kb;
            byKb.put(kb, s);
            s.nameLatin = a.nameLatin(); // the entry's own Latin name
        }
        if (s.nameLatin == null) {
            s.nameLatin = a.nameLatin();
        }
        if (s.country == null) {
            s.country = a.country();
        }
        for (Role r : a.roles()) {
            s.roles.computeIfAbsent(roleKey(r), k -> new RoleState(r.title(), r.country())).seen(doc, published);
        }
        s.sources.add(new ActorSource(doc, a.id(), a.name(), a.mentions()));
        if (!key.isEmpty() && s.keys.add(key)) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            String[] w = key.split(" ");
            if (w.length > 1) {
                List<State> given = byGivenName.computeIfAbsent(w[0], k -> new ArrayList<>());
                if (!given.contains(s)) {
                    given.add(s);
                }
            }
            String family = w[w.length - 1];
            List<State> bearers = byFamilyName.computeIfAbsent(family, k -> {
                familyNamesByInitial.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(k);
                return new ArrayList<>();
            });
            if (!bearers.contains(s)) {
                bearers.add(s);
            }
        }
    }

    private static String roleKey(Role r) {
        return NameKey.of(r.title()) + "|" + r.country();
    }
}
