package io.github.khabar.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A reference to an actor or place found in the text. Confined to one extraction call: the stages fill
 * in {@link #actorId} when they resolve it.
 */
final class Mention {
    enum Kind {
        /** A named person ("أيمن الصفدي", "الصفدي"), possibly with the title before or after it. */
        PERSON,
        ORGANIZATION,
        COUNTRY,
        PLACE,
        /** A person named only by office ("الوزير الروسي", "نظيره التركي"). */
        TITLE_ONLY,
        /** Words for "both sides", "the two ministers". */
        GROUP_WORD,
        /** Unnamed officials ("مسؤولين أتراك"): lets a meeting have one named participant. */
        OFFICIALS
    }

    /** An office as the text states it. */
    record RoleInfo(String title, String country, String organizationKey, boolean personal) {}

    final Kind kind;
    /** Token range of the whole mention (title and name). */
    final int tokStart;
    /** Grows to cover an apposition title after the name ("عادل الجبير وزير الخارجية"). */
    int tokEnd;
    /** Character span of the name (or the whole mention when it has no separate name part). */
    final int start;
    final int end;
    /** The name as written (without proclitics), or the title phrase for TITLE_ONLY. */
    final String name;
    /** Normalised name, for grouping mentions of one actor. */
    final String key;
    final Object ref;
    String country;
    final List<RoleInfo> roles = new ArrayList<>(1);
    boolean surnameOnly;
    boolean counterpart;
    /** For a counterpart ("نظيره الروسي"): the person whose office it mirrors, and the country it names. */
    Mention counterpartOf;
    String counterpartCountry;
    /** The name is a chain with بن / آل / أبو: its last word alone is no surname. */
    boolean chainName;
    /** An office of a body no state owns ("المتحدثة باسم الاتحاد الأوروبي"): the story's country is not its. */
    boolean international;
    /** A news agency, paper, channel or platform: a statement's via. */
    boolean media;
    /** A platform ("منصة إكس"): a via only, never a speaker. */
    boolean platform;
    /** Honorifics written before the name ("جلالة", "سمو", "فخامة"), normalised; for "جلالته", "سموه". */
    final java.util.Set<String> honorifics = new java.util.HashSet<>(2);
    /** For a pronoun of honour ("جلالته", "سموه"): the honorific it stands for. */
    String honorificPronoun;
    /** Every word of a foreign name, each a key for later references ("وقالت كانغ"); empty otherwise. */
    List<String> foreignKeys = List.of();
    /**
     * An unnamed source ("مصدر كردي مطلع", "وأضاف المصدر"): how a later reference agrees with it (M, F, MP as in
     * {@code lexicon/source-words.txt}); null for any other mention.
     */
    String sourceAgreement;
    /**
     * For a source tied to another mention (the body after "في", or the source a later "المصدر" refers to):
     * that mention, whose actor the source speaks for. Null for a source named by its nisba alone.
     */
    Mention sourceOf;
    /**
     * A country named as one side after a word for the sides ("الجانبين السعودي والأمريكي"): a party of the
     * talks there, but no antecedent for a later "البلدين".
     */
    boolean side;
    String actorId;

    Mention(Kind kind, int tokStart, int tokEnd, int start, int end, String name, String key, Object ref,
            String country) {
        this.kind = kind;
        this.tokStart = tokStart;
        this.tokEnd = tokEnd;
        this.start = start;
        this.end = end;
        this.name = name;
        this.key = key;
        this.ref = ref;
        this.country = country;
    }

    boolean isPersonLike() {
        return kind == Kind.PERSON || kind == Kind.TITLE_ONLY;
    }

    boolean isActor() {
        return kind != Kind.PLACE && kind != Kind.OFFICIALS;
    }

    @Override
    public String toString() {
        return kind + "[" + tokStart + "," + tokEnd + ")" + name + (roles.isEmpty() ? "" : " " + roles)
                + (country == null ? "" : " " + country) + (actorId == null ? "" : " →" + actorId);
    }
}
