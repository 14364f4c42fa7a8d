package io.github.khabar.pipeline;

import java.util.Set;

/**
 * The word classes the statement rules read ({@code lexicon/statement-words.txt}: {@code word<TAB>CLASS=NAME},
 * a word may be listed under several classes), normalised like every lexicon entry. Loaded once; immutable.
 */
final class StatementWords {
    private static final WordClasses CLASSES = WordClasses.load("statement-words.txt");

    static final Set<String> COMPLEMENTIZER = of("COMPLEMENTIZER");
    static final Set<String> INVITING = of("INVITING");
    static final Set<String> PRAYER = of("PRAYER");
    static final Set<String> RESUMPTIVE = of("RESUMPTIVE");
    static final Set<String> PREPOSITION = of("PREPOSITION");
    static final Set<String> AUXILIARY = of("AUXILIARY");
    static final Set<String> SOURCE_LEAD = of("SOURCE_LEAD");
    static final Set<String> FRAME_WORD = of("FRAME_WORD");
    static final Set<String> ISSUED = of("ISSUED");
    static final Set<String> NOUN_QUALIFIER = of("NOUN_QUALIFIER");
    static final Set<String> SPEECH_NOUN = of("SPEECH_NOUN");
    static final Set<String> VEHICLE = of("VEHICLE");
    static final Set<String> OUTLET_PREPOSITION = of("OUTLET_PREPOSITION");
    static final Set<String> GUEST = of("GUEST");
    static final Set<String> PRONOUN_SUFFIX = of("PRONOUN_SUFFIX");
    static final Set<String> INDEFINITE_SPEAKER = of("INDEFINITE_SPEAKER");
    static final Set<String> SOURCE_NOUN = of("SOURCE_NOUN");
    static final Set<String> SOURCE_LINK = of("SOURCE_LINK");
    static final Set<String> EVENT_NOUN = of("EVENT_NOUN");
    static final Set<String> TRAILING = of("TRAILING");
    static final Set<String> RELATIVE = of("RELATIVE");
    static final Set<String> KIN = of("KIN");
    static final Set<String> NOT_REPORTING = of("NOT_REPORTING");

    private StatementWords() {}

    private static Set<String> of(String cls) {
        return CLASSES.of(cls);
    }
}
