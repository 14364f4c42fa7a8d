package io.github.khabar.pipeline;

import io.github.khabar.text.TokenType;

import java.util.Set;

/**
 * Whether words can be (part of) a person's name and where a name ends: given names, chains with
 * بن/آل/أبو, compound given names, regnal numbers, nisba family names; verbs, function words and known
 * non-names stop a name.
 * One part of {@link MentionScan}; per document, not shared between threads.
 */
final class NameWords {
    static final Set<String> CHAIN_WORDS = Keys.set("بن", "بنت", "ابن", "آل", "أبو", "أبي", "أبا", "أم", "ولد",
            "عبد", "ابو", "ال");
    static final String ABD = Keys.of("عبد");
    /** Second halves of compound given names ("نور الدين", "نصر الله"). */
    static final Set<String> COMPOUND_SECONDS = Keys.set("الدين", "الله", "الإسلام", "الرحمن");
    static final String[] VERB_SUFFIXES = {"ت", "ا", "وا", "تا"};
    static final Set<String> REGNAL = Keys.set("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
            "السابع", "الثامن", "التاسع", "العاشر", "الحادي عشر", "الثانية");
    static final Set<String> ROYAL = Keys.set("الملك", "الملكة", "السلطان", "البابا", "الإمبراطور", "ملك", "جلالة");
    /** Russian, Slavic and Georgian surname endings; Arabic masdars end in -يف too (تكثيف), so not that alone. */
    static final String[] FOREIGN_ENDINGS = {"وف", "وفا", "ييف", "ييفا", "يفا", "سكي", "سكايا", "ينكو",
            "فيتش", "وفيتش", "شفيلي"};

    private final MentionScan scan;
    private final PreparedText t;
    private final Lexicon lex;
    private final NameStops stops;

    NameWords(MentionScan s) {
        this.scan = s;
        this.t = s.t;
        this.lex = s.lex;
        this.stops = new NameStops(this, s);
    }

    /**
     * Token k could go on a name that an unlisted word in -ا opens ("موساليا مودافادي"): a word that is no
     * function word and no accusative itself ("جدلا واسعا", "تراجعا طفيفا في").
     */
    private boolean nameMayFollow(int k) {
        return t.isArabicWord(k) && !lex.functionWords.contains(t.norm(k)) && !stops.indefiniteAccusative(k)
                && !t.hasArticle(k);
    }

    /**
     * "عبد الله", "عبد الرحمن", "عبد الأمير": عبد is never a name alone, and the definite word after it
     * (a divine name, which the word lists may count as a non-name, like الله) is its second half.
     */
    boolean theophoric(int i) {
        return i + 1 < t.size() && t.norm(i).equals(ABD) && t.isArabicWord(i + 1)
                && (scan.hasArticle(i + 1) || t.norm(i + 1).equals(Keys.of("ربه")));
    }

    boolean isGivenName(int i) {
        if (!t.isArabicWord(i)) return false;
        String w = t.norm(i);
        if (lex.givenNames.contains(w) || theophoric(i)) return true;
        // two-word given names ("عبد الله")
        return i + 1 < t.size() && lex.givenNames.startsPhrase(w)
                && lex.givenNames.contains(w + " " + t.norm(i + 1));
    }

    boolean isForeignSurname(String w) {
        if (w.length() < 5 || w.startsWith("ال")) return false;
        // "مخاوف", "بمخاوف": a broken plural in -اوف, not a Slavic -ov, unless the name lists know it
        if (w.endsWith("اوف") && !lex.nameTokens.contains(w)) return false;
        for (String end : FOREIGN_ENDINGS) {
            if (w.endsWith(end) && !lex.nonNames.contains(w) && !lex.commonVerbs.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a person's name starting at token i (== i when none). {@code afterTitle}: a single
     * word with the article is a name only when it is a known surname ("الرئيس السيسي").
     */
    int nameExtent(int i, boolean afterTitle) {
        int j = i;
        int words = 0;
        boolean chain = false;
        while (j < t.size() && words < 7) {
            String w = t.norm(j);
            if (CHAIN_WORDS.contains(w) && words > 0 && (nameLike(j + 1, true) || chainTitleWord(j + 1)
                    || (w.equals(ABD) && t.isArabicWord(j + 1)))) {
                j += 2;
                words += 2;
                boolean servant = w.equals(ABD) || w.equals(Keys.of("أبو"));
                chain |= !servant;
                if (t.norm(j - 1).startsWith("ال") && !CHAIN_WORDS.contains(t.norm(j - 1)) && !servant) {
                    // "آل سعود" / "بن الحسين" closes unless another link follows
                    if (!(j < t.size() && CHAIN_WORDS.contains(t.norm(j)))) break;
                }
                continue;
            }
            if (CHAIN_WORDS.contains(w) && words == 0 && (w.equals(Keys.of("أبو")) || w.equals(ABD))
                    && (nameLike(j + 1, true) || theophoric(j))) {
                j += 2;
                words += 2;
                continue;
            }
            if (words > 0 && REGNAL.contains(w) && royalBefore(i)) {
                j++; // "الملك عبدالله الثاني", "الملك محمد السادس"
                break;
            }
            if (words == 1 && j == i + 1 && COMPOUND_SECONDS.contains(w) && !scan.hasArticle(i)
                    && !t.norm(i).endsWith("ه") && t.isArabicWord(i)) {
                j++; // "فضل الله", "نصر الله", "سعد الدين": a compound given name (not "حفظه الله")
                words++;
                continue;
            }
            if (words > 0 && nisbaSurname(i, j)) {
                j++; // "طاهر المصري": a family name that is a demonym, after a bare given name
                break;
            }
            if (words > 0 && t.text.substring(t.end(j - 1), t.start(j)).indexOf('\n') >= 0) {
                break; // a headline's last word and the first of the next paragraph are no one name
            }
            if (words > 0 && hyphenJoined(j)) {
                j += 2; // "كانغ كيونغ-وا": a hyphenated name stays whole
                continue;
            }
            if (!nameLike(j, words > 0) || (words > 0 && verbLike(j))) {
                break;
            }
            if (words == 0 && afterTitle && verbAfterOffice(j)) {
                break; // "وزير الخارجية الكويتي يرحب …": a verb after the office, no name
            }
            if (words >= 2 && imperfectVerb(j)) {
                break; // "إيزابيل بريم تعمل", "… غراهام يرى": a present verb after a full name
            }
            if (words >= 1 && stops.prepositionalNoun(j)) {
                break; // "لويس بجائزة أفضل ممثل", "سعيد بانضمامه": a preposition and its noun after a name
            }
            if (words >= 1 && stops.indefiniteNoun(j)) {
                break; // "أسامة محمد كرة عرضية", "أهدى خليفة أغنية": an indefinite noun after a name
            }
            if (words == 1 && lex.givenNames.contains(t.norm(i)) && !scan.hasArticle(i) && imperfectVerb(j)) {
                break; // "زينب تعيش": a present verb after a given name
            }
            if (words >= 2 && prepositionalDefinite(w) && !knownNameToken(j)) {
                // "… غرام بالاتفاق", "… مودافادي للبلاد": a preposition's noun ends a name of two words or
                // more; a second word may still open so ("فيفيان بالاكريشنان")
                break;
            }
            if (words >= 2 && scan.hasArticle(j) && endsWithTehMarbuta(j) && !knownNameToken(j)
                    && !lex.givenNames.contains(t.norm(j - 1))) {
                // "أنالينا بيربوك المفاجئة": a feminine adjective after a full name; a family name in ة
                // follows a given name ("خالد العطية")
                break;
            }
            if (words == 1 && w.startsWith(Keys.of("بال")) && isKnownSurname(i) && !lex.givenNames.contains(w)) {
                break; // "أشادت جورجيفا بالتقدم": after a lone surname, a preposition and its noun
            }
            boolean article = scan.hasArticle(j);
            if (words == 0 && afterTitle && !article && endsWithTehMarbuta(j) && !endsWithTehMarbuta(i - 1)
                    && i != scan.feminineName && !lex.givenNames.contains(w)) {
                break; // "أكد الرئيس ضرورة الوقف": a masculine title's name is no unknown word in ة
            }
            if (words == 0 && w.charAt(0) == 'و' && !lex.givenNames.contains(w) && i != scan.coordinatedName) {
                break; // a name does not open with "و": that is "and …"
            }
            if (words == 0 && stops.prepositionalOpener(j, afterTitle)) {
                break; // "يمر بظروف صعبة", "رحبوا بالضيوف", "الأمين العام للفيفا": a preposition's phrase
            }
            if (article && words == 0) {
                // a name never opens with the article, except a known surname
                if (scan.surnames.contains(w) || (afterTitle && isKnownSurname(j))) {
                    j++;
                    words++;
                }
                break;
            }
            j++;
            words++;
            if (article && words == 2 && COMPOUND_SECONDS.contains(w)) {
                article = false; // "برهان الدين", "نصر الله": the given name goes on
            }
            if (article && !chain) {
                // "أيمن الصفدي": the family name closes the name, unless another family name follows
                if (!(j < t.size() && scan.hasArticle(j) && nameLike(j, true) && words < 4
                        && !(scan.gaz(j) != null && scan.gaz(j).has(Gazetteer.Kind.DEMONYM)))) {
                    if (afterTitle && words >= 2 && words < 5 && trailingGivenName(j)) j++;
                    break;
                }
            }
            if (!chain && words >= 4) {
                break;
            }
        }
        return j;
    }

    /** The token's last letter (diacritics aside) is ة. */
    boolean endsWithTehMarbuta(int j) {
        if (j < 0 || !t.isArabicWord(j)) return false;
        String raw = t.tokens.get(j).text();
        int k = raw.length() - 1;
        while (k > 0 && (Character.getType(raw.charAt(k)) == Character.NON_SPACING_MARK || raw.charAt(k) == '\u0640')) k--;
        return raw.charAt(k) == '\u0629';
    }

    /**
     * "رئيس وزراء النيجر علي محمد الأمين زين": in Sahelian and Maghrebi names a plain name may follow
     * the word with the article ("محمد الأمين" is one given name). After a title only, when that word is
     * a given name and the name ends right after it.
     */
    boolean trailingGivenName(int j) {
        if (!t.isArabicWord(j)) return false;
        String w = t.norm(j);
        if (!lex.givenNames.contains(w) || w.startsWith("و") || SpellingProfile.particle(w) && SpellingProfile.endsWithYa(t.bare(j))) {
            return false;
        }
        return nameLike(j, true) && !verbLike(j) && !nameLike(j + 1, true);
    }

    /**
     * Token j, a one-word demonym with the article, right after a name that is so far only a given name
     * ("طاهر المصري", "عبد الرحمن السوري"), is the family name: an adjective after a name would describe
     * a person the text names by office, not by given name alone. Not when a name part still follows.
     */
    boolean nisbaSurname(int i, int j) {
        if (!scan.hasArticle(j) || j - i > 2) return false;
        boolean givenOnly = j - i == 1 ? lex.givenNames.contains(t.norm(i)) && !scan.hasArticle(i)
                : theophoric(i) || lex.givenNames.startsPhrase(t.norm(i))
                        && lex.givenNames.contains(t.norm(i) + " " + t.norm(i + 1));
        if (!givenOnly) return false;
        Gazetteer.Match m = scan.gaz(j);
        return m != null && m.end() == j + 1 && m.cliticChars() == 0 && m.has(Gazetteer.Kind.DEMONYM)
                && !m.has(Gazetteer.Kind.COUNTRY) && !m.has(Gazetteer.Kind.ORGANIZATION)
                && !m.has(Gazetteer.Kind.TITLE) && !namePartFollows(j + 1);
    }

    /** "ولد الشيخ", "آل الشيخ": an honorific that is part of a family name after a link word. */
    boolean chainTitleWord(int j) {
        Gazetteer.Match m = scan.gaz(j);
        return t.isArabicWord(j) && m != null && m.has(Gazetteer.Kind.TITLE) && m.end() == j + 1
                && !lex.functionWords.contains(t.norm(j));
    }

    /** A form-IV past verb (أطلع، أبلغ) or a present verb (يقوده) inside what looked like a name. */
    boolean verbLike(int j) {
        String raw = t.bare(j);
        String w = t.norm(j);
        if (lex.givenNames.contains(w) || isForeignSurname(w)) return false;
        // a listed verb with a subject suffix: "تناولت", "بحثا", "التقوا"
        for (String suffix : VERB_SUFFIXES) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)
                    && lex.commonVerbs.contains(w.substring(0, w.length() - suffix.length()))) {
                return true;
            }
        }
        if (raw.length() == 4 && (raw.charAt(0) == '\u0623' || raw.charAt(0) == '\u0627' && raw.charAt(1) != '\u0644'
                && t.spelling().bareAlef)) {
            return true; // a form-IV past verb: "أحدث", or "احدث" where the document drops the hamza
        }
        if (raw.startsWith("تت") || raw.startsWith("يت")) return true; // "تتعاون", "يتوجه"
        return raw.length() >= 4 && raw.charAt(0) == '\u064A';
    }

    boolean royalBefore(int nameStart) {
        for (int k = nameStart - 1; k >= Math.max(0, nameStart - 3); k--) {
            if (ROYAL.contains(DocIndex.stripConj(t.norm(k)))) return true;
        }
        return false;
    }

    /** One word after a title is a name only when it looks like one: "الرئيس هادي", "الوزير ريابكوف". */
    boolean plausibleSingleName(int j) {
        String w = t.norm(j);
        return lex.givenNames.contains(w) || isForeignSurname(w) || isKnownSurname(j);
    }

    boolean isKnownSurname(int j) {
        for (Clitic c : t.variants(t.norm(j))) {
            if (scan.surnames.contains(c.stem())) return true;
        }
        Gazetteer.Match m = scan.gaz(j);
        return m != null && m.has(Gazetteer.Kind.PERSON);
    }

    /** Could token j be (part of) a person's name? */
    boolean nameLike(int j, boolean inside) {
        if (!t.isWord(j) || scan.timeTokens.get(j)) return false;
        String w = t.norm(j);
        if (w.length() < 2) return false;
        if (t.type(j) == TokenType.LATIN_WORD) return false;
        String raw = t.bare(j);
        if (t.tokens.get(j).text().indexOf('\u064B') >= 0 || stops.indefiniteAccusative(j) && (inside || !nameMayFollow(j + 1))) {
            return false; // tanween fath, written or not: an adverb, a participle, an object ("جدلا واسعا")
        }
        if (sonOf(j + 1) && t.isArabicWord(j) && !scan.hasArticle(j) && !lex.functionWords.contains(w)
                && !lex.commonVerbs.contains(w) && w.charAt(0) != 'و') {
            return true; // "مساعد بن محمد", "سلطان بن سعد": before بن, any word is a given name
        }
        if (SpellingProfile.endsWithYa(raw) && SpellingProfile.particle(w)) {
            // particles spelled with alef maqsura, which folding confuses with names ("على" / "علي"):
            // "علي" written with ya is a name; the preposition is "على" — unless the document writes every
            // final ى as ي and the word reads as the particle here
            if (!lex.givenNames.contains(w) || stops.particleHere(j)) return false;
        } else if (lex.functionWords.contains(w) || lex.commonVerbs.contains(w) || lex.nonNames.contains(w)
                || lex.reportingCues.contains(w) || lex.meetingCues.contains(w) || lex.visitCues.contains(w)
                || lex.statusCues.contains(w) || lex.groupWords.contains(w) || Groups.COUNTERPART.contains(w)
                || Outlets.GOV_NOUNS.contains(w) || Outlets.MEDIA_HEADS.contains(w) || Places.CAPITAL.contains(w)
                || Groups.OFFICIALS.contains(w)) {
            return false;
        }
        if (w.length() > 3 && w.charAt(0) == 'و' && !lex.givenNames.contains(w)) {
            // inside a name, "و" + word is "and …" ("محمد وعلي"); at its start only when the rest is a
            // known word ("والرئيس", "وقال")
            String rest = w.substring(1);
            boolean conjunction = !inside || lex.givenNames.contains(rest) || scan.gaz(j) != null
                    || lex.nonNames.contains(rest) || rest.startsWith("ال")
                    || raw.endsWith("ه") || raw.endsWith("ها") || raw.endsWith("هم") || raw.endsWith("ة");
            if (conjunction && inside) {
                return false; // "محمد وعلي": and …
            }
            if (lex.functionWords.contains(rest) || lex.commonVerbs.contains(rest)
                    || lex.nonNames.contains(rest) || lex.reportingCues.contains(rest)
                    || lex.meetingCues.contains(rest) || lex.visitCues.contains(rest)
                    || scan.gaz(j) != null) {
                return false;
            }
        }
        if (w.length() > 3 && w.charAt(0) == 'ف' && !lex.givenNames.contains(w) && (lex.functionWords.contains(w.substring(1))
                || lex.commonVerbs.contains(w.substring(1)) || lex.reportingCues.contains(w.substring(1)))) {
            return false;
        }
        if (w.length() > 3 && w.startsWith("س") && lex.commonVerbs.contains(w.substring(1))) return false;
        if (w.length() > 3 && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب') && !lex.givenNames.contains(w)) {
            // "لبحث", "لمناقشة", "بحضور": a purpose or manner phrase, never a name
            String rest = w.substring(1);
            if (lex.meetingCues.contains(rest) || lex.reportingCues.contains(rest) || lex.visitCues.contains(rest)
                    || lex.commonVerbs.contains(rest)) {
                return false;
            }
        }
        Gazetteer.Match m = scan.gaz(j);
        boolean surnameSlot = inside && m != null && m.end() == j + 1 && m.has(Gazetteer.Kind.PLACE)
                && !m.has(Gazetteer.Kind.COUNTRY) && isGivenName(j - 1);
        // "عماد الطرابلسي": a given name spelled like a rank (العماد) is a name without the article when a
        // family name, a link (بن) or another given name follows it
        boolean givenNotRank = m != null && m.end() == j + 1 && !scan.hasArticle(j) && lex.givenNames.contains(w)
                && !m.has(Gazetteer.Kind.DEMONYM) && !m.has(Gazetteer.Kind.COUNTRY)
                && !m.has(Gazetteer.Kind.ORGANIZATION) && !m.has(Gazetteer.Kind.PLACE) && namePartFollows(j + 1)
                || m != null && m.end() == j + 1 && !scan.hasArticle(j) && m.has(Gazetteer.Kind.TITLE)
                && !m.has(Gazetteer.Kind.PLACE) && sonOf(j + 1);
        if (m != null && !m.has(Gazetteer.Kind.PERSON) && !surnameSlot && !givenNotRank && (m.has(Gazetteer.Kind.TITLE)
                || m.has(Gazetteer.Kind.DEMONYM) || m.has(Gazetteer.Kind.COUNTRY)
                || m.has(Gazetteer.Kind.ORGANIZATION)
                || (m.has(Gazetteer.Kind.PLACE) && !lex.givenNames.contains(w)))) {
            return false;
        }
        return true;
    }

    /** A word the given-name or Wikidata name-token lists hold. */
    boolean knownNameToken(int j) {
        if (!t.isArabicWord(j)) return false;
        String w = t.norm(j);
        return lex.givenNames.contains(w) || lex.nameTokens.contains(w);
    }

    /**
     * Token j, first after an office, reads as a verb ("يرحب", "أكد") and not as a name: no name list holds
     * it, it does not open with "يا" (ياتسيك; few verbs do), and no known or foreign-looking name word
     * follows it ("ياتسيك نوفاكوفسكي").
     */
    boolean verbAfterOffice(int j) {
        if (!verbLike(j) || knownNameToken(j) || t.bare(j).startsWith("يا")) return false;
        return !(j + 1 < t.size() && t.isArabicWord(j + 1)
                && (knownNameToken(j + 1) || isForeignSurname(t.norm(j + 1))));
    }

    /**
     * A word spelled like a present verb (ت/ي + three letters or more) that no name list holds and that
     * does not end like a foreign name.
     */
    boolean imperfectVerb(int j) {
        String raw = t.bare(j);
        if (raw.length() < 4 || !(raw.charAt(0) == '\u062A' || raw.charAt(0) == '\u064A')) return false;
        String w = t.norm(j);
        // "تينوبو", "توغو": a final و or ا is the ending of many foreign names and of few verbs
        return !knownNameToken(j) && !isForeignSurname(w) && !raw.startsWith("يا") && !raw.startsWith("تا")
                && !w.endsWith("و") && !w.endsWith("ا");
    }

    /** "بالاتفاق", "للبلاد": بـ or لـ with the article, a preposition and its noun. */
    static boolean prepositionalDefinite(String w) {
        return w.length() > 4 && (w.startsWith("بال") || w.startsWith("لل"));
    }

    /** Token j is a hyphen written without spaces between two name words ("كيونغ-وا"). */
    boolean hyphenJoined(int j) {
        if (j + 1 >= t.size() || !t.isArabicWord(j - 1) || !t.isArabicWord(j + 1)) return false;
        String raw = t.tokens.get(j).text();
        if (!(raw.equals("-") || raw.equals("\u2010") || raw.equals("\u2011"))) return false;
        return t.end(j - 1) == t.start(j) && t.end(j) == t.start(j + 1) && nameLike(j + 1, true)
                && !verbLike(j + 1);
    }

    /** Token k is "بن"/"بنت" ("son/daughter of"), which only a given name comes before. */
    boolean sonOf(int k) {
        if (k >= t.size()) return false;
        String w = t.norm(k);
        return w.equals(Keys.of("بن")) || w.equals(Keys.of("بنت"));
    }

    /** Token k continues a name: a link word, a given name, or a definite word the lists know nothing of. */
    boolean namePartFollows(int k) {
        if (k >= t.size() || !t.isArabicWord(k)) return false;
        String w = t.norm(k);
        if (CHAIN_WORDS.contains(w) || lex.givenNames.contains(w)) return true;
        return scan.hasArticle(k) && scan.gaz(k) == null && !lex.nonNames.contains(w) && !lex.functionWords.contains(w)
                && !lex.commonVerbs.contains(w) && !Outlets.GOV_NOUNS.contains(w);
    }
}
