package io.github.khabar.pipeline;

import io.github.khabar.kb.OrganizationEntry;
import io.github.khabar.kb.OrgKind;

import java.util.Set;

/**
 * Sources and outlets: government bodies by pattern ("الخارجية الروسية", "وزارة X") and news outlets
 * ("وكالة “تاس”", "في تصريح لـ«هسبريس»").
 * One part of {@link MentionScan}; per document, not shared between threads.
 */
final class Outlets {
    static final Set<String> GOV_NOUNS = Keys.set("الخارجية", "الدفاع", "الداخلية", "الرئاسة", "الإدارة",
            "الحكومة", "الاستخبارات", "المخابرات", "الجيش", "السلطات", "البرلمان", "القيادة", "الدبلوماسية",
            "الخارجيه", "الأركان", "البحرية", "الشرطة", "النيابة", "المعارضة", "الاستخبارات العامة", "الحرس");
    static final Set<String> GOV_QUALIFIERS = Keys.set("العامة", "الجديدة", "المؤقتة", "الانتقالية", "الحالية",
            "السابقة", "الشرعية", "العليا", "المركزية", "الاتحادية", "الفيدرالية", "الوطني", "الوطنية");
    static final Set<String> MEDIA_HEADS = Keys.set("وكالة", "صحيفة", "قناة", "موقع", "شبكة", "إذاعة",
            "تلفزيون", "مجلة", "وكالات", "جريدة", "منصة");
    static final String MINISTRY = Keys.of("وزارة");
    /** Words before an outlet's name when someone speaks to or through it ("في حوار مع صحيفة …"). */
    static final Set<String> OUTLET_LINKS = Keys.set("مع", "عبر");

    private final MentionScan scan;
    private final PreparedText t;
    private final Lexicon lex;

    Outlets(MentionScan s) {
        this.scan = s;
        this.t = s.t;
        this.lex = s.lex;
    }

    // ---- organisations, places, groups -----------------------------------------------------------

    /** "الخارجية الروسية", "الرئاسة السورية", "الإدارة السورية الجديدة", "وزارة الخارجية الأميركية". */
    int governmentBody(int i) {
        Gov g = gov(i, false);
        if (g == null) return i;
        scan.add(Mention.Kind.ORGANIZATION, i, g.end, g.clitic, null, g.country);
        return g.end;
    }

    record Gov(int end, int clitic, String country) {}

    /** A government body at i: a government noun (or "وزارة X") with qualifiers and a demonym. */
    Gov gov(int i, boolean demonymOptional) {
        String w = t.norm(i);
        int clitic = 0;
        String stem = null;
        for (Clitic c : t.variants(w)) {
            if (GOV_NOUNS.contains(c.stem()) || c.stem().equals(MINISTRY)) {
                stem = c.stem();
                clitic = c.prefixChars();
                break;
            }
        }
        if (stem == null) return null;
        int k = i + 1;
        if (stem.equals(MINISTRY)) {
            if (!t.isWord(k)) return null;
            k++; // the portfolio
            if (t.isWord(k) && OfficeComplements.STATE_NOUNS.contains(t.norm(k))) k++;
        }
        int limit = Math.min(t.size(), k + 2);
        while (k < limit && t.isWord(k) && GOV_QUALIFIERS.contains(t.norm(k))) {
            k++;
        }
        Gazetteer.Match d = scan.gaz(k);
        String country = null;
        int end = k;
        if (d != null && d.has(Gazetteer.Kind.DEMONYM) && !d.has(Gazetteer.Kind.PERSON)) {
            country = d.first(Gazetteer.Kind.DEMONYM).country();
            end = d.end();
            while (end < t.size() && t.isWord(end) && GOV_QUALIFIERS.contains(t.norm(end))) end++;
        } else if (!stem.equals(MINISTRY) && !demonymOptional) {
            return null;
        }
        Gazetteer.Match known = scan.gaz(i);
        if (known != null && known.has(Gazetteer.Kind.ORGANIZATION) && known.end() > end) {
            return null; // "الحرس الثوري": the knowledge base's longer name, not the pattern "الحرس"
        }
        return new Gov(end, clitic, country);
    }

    /** "وكالة “تاس”", "صحيفة إزفيستيا الروسية", "وكالة الأنباء السعودية". */
    int media(int i) {
        String head = null;
        int clitic = 0;
        for (Clitic c : t.variants(t.norm(i))) {
            if (MEDIA_HEADS.contains(c.stem())) {
                head = c.stem();
                clitic = c.prefixChars();
                break;
            }
        }
        if (head == null) return i;
        int k = i + 1;
        if (t.isQuote(k)) k++;
        Gazetteer.Match m = scan.gaz(k);
        if (m != null && m.has(Gazetteer.Kind.ORGANIZATION)) {
            int end = m.end();
            if (t.isQuote(end)) end++;
            Gazetteer.Entry e = m.first(Gazetteer.Kind.ORGANIZATION);
            Mention org = scan.addWithName(Mention.Kind.ORGANIZATION, i, end, k, m.end(), m.cliticChars(),
                    e.organization(), e.country());
            outlet(org, e.organization(), true);
            return end;
        }
        // unknown outlet: a quoted name, or up to two words that are not function words
        int nameStart = k;
        int nameEnd = k;
        if (t.isQuote(k - 1) && k - 1 > i) {
            while (nameEnd < t.size() && t.isWord(nameEnd) && nameEnd - nameStart < 4) nameEnd++;
            if (!t.isQuote(nameEnd)) return i;
        } else {
            while (nameEnd < t.size() && t.isWord(nameEnd) && nameEnd - nameStart < 2
                    && !lex.functionWords.contains(t.norm(nameEnd)) && !lex.commonVerbs.contains(t.norm(nameEnd))
                    && (scan.gaz(nameEnd) == null || scan.gaz(nameEnd).has(Gazetteer.Kind.DEMONYM) == false)) {
                nameEnd++;
            }
            boolean toOutlet = clitic > 0 && t.norm(i).charAt(clitic - 1) == 'ل'
                    || i > 0 && OUTLET_LINKS.contains(t.norm(i - 1));
            if (nameEnd == nameStart || !(scan.gaz(nameEnd) != null && scan.gaz(nameEnd).has(Gazetteer.Kind.DEMONYM))
                    && !head.equals(Keys.of("وكالة")) && !(toOutlet && speechFrameBefore(i))) {
                // "قال لصحيفة بيلد", "في حوار مع جريدة الخبر": unknown outlets only where someone speaks
                return i;
            }
        }
        if (nameEnd == nameStart) return i;
        int end = nameEnd;
        if (t.isQuote(end)) end++;
        String country = null;
        Gazetteer.Match d = scan.gaz(end);
        if (d != null && d.has(Gazetteer.Kind.DEMONYM)) {
            country = d.first(Gazetteer.Kind.DEMONYM).country();
            end = d.end();
        }
        boolean quoted = t.isQuote(nameStart - 1);
        // "وكالة الأنباء القطرية": unquoted, the head word is part of the outlet's name
        Mention org = quoted ? scan.addWithName(Mention.Kind.ORGANIZATION, i, end, nameStart, nameEnd, 0, null, country)
                : scan.add(Mention.Kind.ORGANIZATION, i, end, clitic, null, country);
        org.media = true;
        return end;
    }

    /**
     * Is token i inside the frame of a speech verb: one comes before it in the sentence (within two dozen
     * words) and no إن/أن or colon has opened its content yet?
     */
    boolean speechFrameBefore(int i) {
        int s0 = t.sentenceFirstToken(t.sentence(i));
        for (int k = i - 1; k >= Math.max(s0, i - 24); k--) {
            String w = t.norm(k);
            if (PersonNames.SPEECH_AFTER.contains(w) || t.isPunct(k, ':')) return false;
            if (t.anyVariant(w, lex.reportingCues::contains)) return true;
        }
        return false;
    }

    /** "في تصريح لـ«هسبريس»": a quoted name after a detached لـ in a speech frame is an outlet. */
    int quotedOutlet(int i) {
        if (!t.norm(i).equals(Keys.of("ل")) || !t.isQuote(i + 1) || !speechFrameBefore(i)) return i;
        int a = i + 2;
        int b = a;
        while (b < t.size() && t.isWord(b) && b - a < 4) b++;
        if (b == a || !t.isQuote(b)) return i;
        Gazetteer.Match m = scan.gaz(a);
        Mention org;
        if (m != null && m.has(Gazetteer.Kind.ORGANIZATION) && m.end() == b) {
            Gazetteer.Entry e = m.first(Gazetteer.Kind.ORGANIZATION);
            org = scan.addWithName(Mention.Kind.ORGANIZATION, i, b + 1, a, b, 0, e.organization(), e.country());
            outlet(org, e.organization(), true);
        } else {
            org = scan.addWithName(Mention.Kind.ORGANIZATION, i, b + 1, a, b, 0, null, null);
            org.media = true;
        }
        return b + 1;
    }

    /** Marks an organisation mention as an outlet (a statement's via) and a platform by its entry's kind. */
    void outlet(Mention org, OrganizationEntry e, boolean namedAsOutlet) {
        org.media = namedAsOutlet || isMedia(e);
        org.platform = e.kind() == OrgKind.PLATFORM;
    }

    boolean isMedia(OrganizationEntry o) {
        return o.kind() == OrgKind.NEWS_AGENCY || o.kind() == OrgKind.MEDIA_OUTLET || o.kind() == OrgKind.PLATFORM;
    }
}
