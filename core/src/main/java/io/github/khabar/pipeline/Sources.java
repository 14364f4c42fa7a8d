package io.github.khabar.pipeline;

import io.github.khabar.kb.Country;

import java.util.Map;

/**
 * Unnamed sources, by a small grammar: a source noun (مصدر، مصادر، مسؤول، أوساط، دبلوماسي …), then
 * qualifiers (مطلع، رفيع المستوى) and a nisba adjective in any order, then a link word (في، بـ، داخل، مقرب
 * من) and a body or country: "قال مصدر كردي مطلع", "أكد مسؤول في حركة النهضة", "ذكرت مصادر مقربة من
 * الحكومة الليبية". The source speaks for what it is tied to: the body or country after the link, else
 * the nisba's — a country's demonym (kb/countries.json: مصري → مصر) or a body's nisba
 * ({@code lexicon/source-words.txt}: أممي → the United Nations). A source tied to nothing ("مصادر مطلعة")
 * is left to the other rules. A later definite reference ("وأضاف المصدر", "وأشارت المصادر") is the
 * nearest earlier source whose noun agrees with it (masculine, feminine singular of a broken plural,
 * masculine plural), not merely the last source. The words are data: {@code lexicon/source-words.txt}.
 * One part of {@link MentionScan}; per document, not shared between threads.
 */
final class Sources {
    /** How many tokens of qualifiers and nisba may follow the noun before the link. */
    private static final int QUALIFIER_REACH = 5;
    /** How many sentences back a later reference looks for its source. */
    private static final int SENTENCES_BACK = 12;
    private static final String ARTICLE = "ال";

    private final MentionScan scan;
    private final PreparedText t;
    private final WordList words;

    Sources(MentionScan s) {
        this.scan = s;
        this.t = s.t;
        this.words = s.lex.sourceWords;
    }

    /** A source noun at i as written: its agreement class and whether it carries the article. */
    record Noun(String stem, String agreement, boolean definite, int clitic) {}

    /** What a nisba names: a country or a body (an entry, or a people with no entry). */
    record Nisba(int end, Mention.Kind kind, Object ref, String country, String name) {}

    /**
     * At token i: a source noun tied to a body, a country or a nisba, or a later reference to one. Adds the
     * source's mention (and the body's) and returns the index after the phrase, else i.
     */
    int source(int i) {
        Noun n = noun(i);
        if (n == null) return i;
        int k = i + 1;
        Nisba nisba = null;
        int limit = Math.min(t.size(), i + 1 + QUALIFIER_REACH);
        while (k < limit && t.isWord(k)) {
            if (nisba == null) {
                Nisba x = nisba(k);
                if (x != null) {
                    nisba = x;
                    k = x.end();
                    continue;
                }
            }
            if (!qualifier(k)) break;
            k++;
        }
        if (n.definite()) {
            return nisba == null && !linksAt(k) ? laterReference(i, n) : i;
        }
        int bodyAt = link(k);
        Mention body = null;
        int end = k;
        if (bodyAt > 0 && bodyLike(bodyAt)) {
            int before = scan.out.size();
            int r = scan.at(bodyAt);
            for (int q = before; q < scan.out.size(); q++) {
                Mention m = scan.out.get(q);
                if (m.tokStart == bodyAt && (m.kind == Mention.Kind.ORGANIZATION || m.kind == Mention.Kind.COUNTRY)
                        && !m.platform) {
                    body = m;
                    break;
                }
            }
            end = Math.max(r, bodyAt + 1);
            while (end < t.size() && t.isWord(end) && qualifier(end)) end++;
        }
        if (body != null) {
            Mention m = sourceMention(i, end, n, body.kind, body.ref, body.country, body.name);
            m.sourceOf = body;
            return end;
        }
        if (nisba != null) {
            sourceMention(i, k, n, nisba.kind(), nisba.ref(), nisba.country(), nisba.name());
            return end;
        }
        return end > k ? end : i;
    }

    /** Adds the source's mention over tokens [a, b), standing for the actor it is tied to. */
    private Mention sourceMention(int a, int b, Noun n, Mention.Kind kind, Object ref, String country, String name) {
        int s = t.start(a) + scan.cliticOffset(a, n.clitic());
        int e = t.end(b - 1);
        Mention m = new Mention(kind, a, b, s, e, name, Keys.of(name), ref, country);
        m.sourceAgreement = n.agreement();
        scan.out.add(m);
        return m;
    }

    /**
     * "وأضاف المصدر", "وأشارت المصادر": the nearest earlier source in the last sentences whose noun agrees
     * with this one. "المسؤول" and "الدبلوماسي" also name persons: a person named after the source is the
     * nearer reading, so the search stops there.
     */
    private int laterReference(int i, Noun n) {
        int sentence = t.sentence(i);
        boolean personal = !n.agreement().equals("F");
        for (int q = scan.out.size() - 1; q >= 0; q--) {
            Mention m = scan.out.get(q);
            if (m.tokStart >= i) continue;
            if (t.sentence(m.tokStart) < sentence - SENTENCES_BACK) break;
            if (personal && m.isPersonLike()) return i;
            if (m.sourceAgreement != null && m.sourceAgreement.equals(n.agreement())) {
                Mention r = new Mention(m.kind, i, i + 1, t.start(i) + scan.cliticOffset(i, n.clitic()), t.end(i),
                        m.name, m.key, m.ref, m.country);
                r.sourceAgreement = n.agreement();
                r.sourceOf = m;
                scan.out.add(r);
                return i + 1;
            }
        }
        return i;
    }

    /** A source noun at i (with و/ف/ب/ل and the article read off), or null. */
    Noun noun(int i) {
        for (Clitic c : t.variants(t.norm(i))) {
            String w = c.stem();
            boolean definite = w.startsWith(ARTICLE) && w.length() > 4;
            String bare = definite ? w.substring(2) : w;
            Map<String, String> a = words.get(bare);
            if (a == null || !"NOUN".equals(a.get("ROLE"))) continue;
            if (a.containsKey("AFTER") && (i == 0 || !Keys.of(a.get("AFTER")).equals(t.norm(i - 1)))) continue;
            return new Noun(bare, a.getOrDefault("AGREE", "M"), definite, c.prefixChars());
        }
        return null;
    }

    /** A nisba at k: a country's demonym (the knowledge base's) or a body's nisba (the lexicon's). */
    Nisba nisba(int k) {
        Gazetteer.Match d = scan.gaz(k);
        if (d != null && d.cliticChars() == 0 && d.has(Gazetteer.Kind.DEMONYM) && !d.has(Gazetteer.Kind.PERSON)) {
            Gazetteer.Entry e = d.first(Gazetteer.Kind.DEMONYM);
            Country c = e.countryRef();
            return new Nisba(d.end(), Mention.Kind.COUNTRY, c, c.code(), c.name());
        }
        Map<String, String> a = inflected(t.norm(k), "NISBA");
        if (a == null) return null;
        if (a.containsKey("BODY")) {
            Gazetteer.Entry o = scan.gazetteer.organization(a.get("BODY"));
            if (o == null) return null;
            return new Nisba(k + 1, Mention.Kind.ORGANIZATION, o.organization(), o.country(), o.organization().name());
        }
        String name = a.get("NAME");
        return name == null ? null : new Nisba(k + 1, Mention.Kind.ORGANIZATION, null, null, name);
    }

    /** A qualifier (or another source noun: "مصدر مسؤول") at k, in any of its inflected forms. */
    boolean qualifier(int k) {
        return inflected(t.norm(k), "QUAL") != null || inflected(t.norm(k), "NOUN") != null;
    }

    /** The token where the body after a link word starts ("في X", "بـX", "مقربة من X"), else -1. */
    int link(int k) {
        if (k >= t.size() || !t.isWord(k)) return -1;
        Map<String, String> a = inflected(t.norm(k), "LINK");
        if (a != null) {
            String next = a.get("NEXT");
            if (next == null) return k + 1;
            return k + 1 < t.size() && Keys.of(next).equals(t.norm(k + 1)) ? k + 2 : -1;
        }
        if (t.norm(k).charAt(0) != 'ب') return -1;
        // "مسؤول بوزارة الخارجية الكينية", "مصدر بالاتحاد الأفريقي"
        Gazetteer.Match m = scan.gaz(k);
        if (m != null && m.cliticChars() == 1) return k;
        Outlets.Gov g = scan.outlets.gov(k, false);
        return g != null && g.clitic() == 1 ? k : -1;
    }

    private boolean linksAt(int k) {
        return link(k) > 0;
    }

    /** A body or a country starts at k: a knowledge-base one or a government body by pattern. */
    private boolean bodyLike(int k) {
        Gazetteer.Match m = scan.gaz(k);
        if (m != null && (m.has(Gazetteer.Kind.ORGANIZATION) || m.has(Gazetteer.Kind.COUNTRY))
                && !m.has(Gazetteer.Kind.PERSON)) {
            return true;
        }
        return scan.outlets.gov(k, false) != null;
    }

    /** The lexicon's attributes for w or its stem (without the article, ة and the plural endings) in a role. */
    private Map<String, String> inflected(String w, String role) {
        Map<String, String> a = words.get(w);
        if (a != null && role.equals(a.get("ROLE"))) return a;
        String bare = w.startsWith(ARTICLE) && w.length() > 4 ? w.substring(2) : w;
        for (String suffix : new String[] {"", "ه", "ون", "ين", "ات"}) {
            if (!bare.endsWith(suffix) || bare.length() - suffix.length() < 3) continue;
            a = words.get(bare.substring(0, bare.length() - suffix.length()));
            if (a != null && role.equals(a.get("ROLE"))) return a;
        }
        return null;
    }
}
