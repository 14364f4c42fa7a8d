package io.github.khabar.corpus;

import io.github.khabar.model.Actor;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Role;
import io.github.khabar.text.NameKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which corpus actor each document actor is. In order: the same knowledge-base entry (or country);
 * the same name key; a fuller or shorter form of a known name (its words in order within the other's, the
 * family name last: "جواد ظريف" and "محمد جواد ظريف"), or a spelling variant with the same family name
 * ({@link NameKey#similarity} at least {@value #VARIANT_SIMILARITY}); a family name alone only when exactly one
 * known actor bears it (a shared office decides between several). Always of the same type, with no
 * contradicting country or knowledge-base entry — so two people sharing a family name and differing in their
 * first names stay two.
 */
final class ActorLinker {
    static final double VARIANT_SIMILARITY = 0.85;
    private static final Set<String> PATRONYMIC = Set.of("بن", "ابن", "بنت");

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
            return exact.get(0);
        }
        List<State> family = compatible(byFamilyName.get(words[words.length - 1]), a, kb);
        if (words.length > 1) {
            for (State s : family) {
                for (String k : s.keys) {
                    if (sameName(words, k.split(" "), key, k)) {
                        return s;
                    }
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

    private static boolean sameName(String[] a, String[] b, String ka, String kb) {
        if (a.length == b.length) {
            return NameKey.similarity(ka, kb) >= VARIANT_SIMILARITY
                    && NameKey.similarity(a[0], b[0]) >= VARIANT_SIMILARITY;
        }
        String[] shorter = a.length < b.length ? a : b;
        String[] longer = a.length < b.length ? b : a;
        int j = 0;
        for (int i = 0; i < longer.length && j < shorter.length; i++) {
            if (longer[i].equals(shorter[j])) {
                j++;
            }
        }
        return j == shorter.length;
    }

    /** Whether {@code word} is this actor's family name only as a father's name ("محمد بن سلمان"). */
    private static boolean isPatronymicOnly(State s, String word) {
        for (String k : s.keys) {
            String[] w = k.split(" ");
            if (w[w.length - 1].equals(word) && (w.length < 2 || !PATRONYMIC.contains(w[w.length - 2]))) {
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
            List<State> bearers = byFamilyName.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>());
            if (!bearers.contains(s)) {
                bearers.add(s);
            }
        }
    }

    private static String roleKey(Role r) {
        return NameKey.of(r.title()) + "|" + r.country();
    }
}
