package io.github.khabar.pipeline;

import io.github.khabar.kb.ActorCode;
import io.github.khabar.kb.KnowledgeBase;
import io.github.khabar.kb.OrgKind;
import io.github.khabar.kb.OrganizationEntry;
import io.github.khabar.kb.PersonEntry;
import io.github.khabar.model.Actor;
import io.github.khabar.model.ActorType;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Gives every actor its CAMEO actor codes (CAMEO 1.1b3, chapter 3), so that Khabar's output joins with
 * GDELT/ICEWS-style data: a country is its three-letter code ({@code SYR}); a person or organisation is its
 * country's code followed by the role code its office or name words give ({@code SYRGOV}, {@code TURGOVMIL},
 * {@code EGYLEG}), one code per office; an international body, or an official of one, has the body's code
 * ({@code IGOUNO}). The words and their codes are data: {@code lexicon/cameo-codes.txt}; an organisation of
 * the knowledge base takes its role from its kind ({@link #roleOf}) when its name's words give none; a person
 * whose offices give no code takes the dated codes of the knowledge base entry with its name (imported actor
 * dictionaries) that applied on the document's date. Immutable and thread-safe.
 */
final class ActorCodes {
    private final WordList words;
    /** Knowledge-base organisations' kinds by the key of each of their names. */
    private final Map<String, OrgKind> kinds = new HashMap<>();
    /** Dated CAMEO codes of knowledge-base persons that have them, by the key of each of their names. */
    private final Map<String, List<ActorCode>> personCodes = new HashMap<>();

    ActorCodes(Lexicon lexicon, KnowledgeBase kb) {
        this.words = lexicon.cameoCodes;
        for (OrganizationEntry o : kb.organizations()) {
            for (String n : o.names()) {
                kinds.putIfAbsent(Keys.of(n), o.kind());
            }
        }
        for (PersonEntry p : kb.persons()) {
            if (p.codes().isEmpty()) continue;
            for (String n : p.names()) {
                personCodes.putIfAbsent(Keys.of(n), p.codes());
            }
        }
    }

    /** The role code of a kind of organisation; an international body is coded by its words, else IGO. */
    static String roleOf(OrgKind kind) {
        return switch (kind) {
            case GOVERNMENT, MINISTRY -> "GOV";
            case MILITARY -> "MIL";
            case NEWS_AGENCY, MEDIA_OUTLET, PLATFORM -> "MED";
            case PARTY_OR_MOVEMENT -> "PTY";
            case COMPANY -> "BUS";
            default -> null;
        };
    }

    /** The extraction with codes on its actors (the same object when no actor gets one). */
    Extraction apply(Extraction x) {
        List<Actor> coded = new ArrayList<>(x.actors().size());
        boolean any = false;
        for (Actor a : x.actors()) {
            List<String> codes = codes(a, x.document().published());
            any |= !codes.isEmpty();
            coded.add(codes.isEmpty() ? a : a.withCodes(codes));
        }
        return any ? new Extraction(x.document(), coded, x.meetings(), x.visits(), x.statements(), x.diagnostics())
                : x;
    }

    /** The actor's codes on a document of the given day (null when undated). */
    List<String> codes(Actor a, LocalDate day) {
        Set<String> out = new LinkedHashSet<>();
        switch (a.type()) {
            case COUNTRY -> add(out, iso3(a.country()));
            case PERSON -> {
                for (Role r : a.roles()) {
                    add(out, code(r.title(), r.country() != null ? r.country() : a.country()));
                }
                if (out.isEmpty()) out.addAll(datedCodes(a, day));
                if (out.isEmpty()) add(out, iso3(a.country()));
            }
            case ORGANIZATION -> {
                add(out, code(a.name(), a.country()));
                OrgKind kind = kinds.get(Keys.of(a.name()));
                if (out.isEmpty() && kind == OrgKind.INTERNATIONAL) out.add("IGO");
                String role = kind == null ? null : roleOf(kind);
                if (out.isEmpty() && role != null && iso3(a.country()) != null) out.add(iso3(a.country()) + role);
                if (out.isEmpty()) add(out, iso3(a.country()));
            }
            default -> { }
        }
        return List.copyOf(out);
    }

    /**
     * A person's codes from the knowledge base entry with its name, those that applied on the day (the open,
     * current ones when the document has no date); none when the entry has no dated codes.
     */
    private List<String> datedCodes(Actor a, LocalDate day) {
        List<ActorCode> dated = personCodes.get(Keys.of(a.name()));
        if (dated == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (ActorCode c : dated) {
            if (day == null ? c.to() == null : c.heldOn(day)) out.add(c.code());
        }
        return List.copyOf(out);
    }

    private static void add(Set<String> out, String code) {
        if (code != null) out.add(code);
    }

    /** The code a title or name gives with this country, or null when its words give no role. */
    String code(String words, String country) {
        if (words == null) return null;
        String[] w = Keys.of(words).split(" ");
        String whole = null;
        String role = null;
        int roleLength = 0;
        int wholeLength = 0;
        boolean former = false;
        for (int i = 0; i < w.length; i++) {
            for (String first : readings(w[i])) {
                StringBuilder phrase = new StringBuilder();
                for (int n = 1; n <= this.words.longestEntryWords() && i + n <= w.length; n++) {
                    if (n > 1) phrase.append(' ');
                    phrase.append(n == 1 ? first : w[i + n - 1]);
                    Map<String, String> attrs = this.words.get(phrase.toString());
                    if (attrs == null) continue;
                    if (attrs.containsKey("CODE") && n > wholeLength) {
                        whole = attrs.get("CODE");
                        wholeLength = n;
                    }
                    String r = attrs.get("ROLE");
                    if ("ELI".equals(r)) {
                        former = true;
                    } else if (r != null && n > roleLength) {
                        role = r;
                        roleLength = n;
                    }
                }
            }
        }
        if (whole != null) return whole;
        String iso3 = iso3(country);
        if (iso3 == null || (role == null && !former)) return null;
        // a former official is an elite, not the government (codebook, secondary role codes)
        return iso3 + (former ? "ELI" : role);
    }

    /**
     * The word, and the word without a preposition or conjunction glued to it: للأمم → الأمم, بالاتحاد →
     * الاتحاد, لجامعة → جامعة (compared in SEARCH-normalised form, where أ is ا). Both are looked up, so a word
     * that only starts with such a letter (لبنان) still reads as itself.
     */
    static List<String> readings(String word) {
        if (word.length() > 3 && word.startsWith("لل")) return List.of(word, "ال" + word.substring(2));
        if (word.length() > 3 && "وبلفك".indexOf(word.charAt(0)) >= 0) return List.of(word, word.substring(1));
        return List.of(word);
    }

    /** The ISO 3166 alpha-3 code of an alpha-2 code, or null for none or an unknown one. */
    static String iso3(String alpha2) {
        if (alpha2 == null || alpha2.length() != 2) return null;
        try {
            String c = new Locale("", alpha2).getISO3Country();
            return c.isEmpty() ? null : c;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
