package io.github.khabar.pipeline;

/**
 * The words the rules are written in, loaded once from {@code io/github/khabar/lexicon/*.txt} and shared
 * (immutable, thread-safe). See the README beside those files for their format.
 */
final class Lexicon {
    final WordList givenNames = WordList.load("given-names.txt");
    final WordList functionWords = WordList.load("function-words.txt");
    // generated verb forms that are also given names or particles (أحمد، أكرم؛ عبر) are not cues
    private final java.util.function.Predicate<String> reserved =
            w -> givenNames.contains(w) || functionWords.contains(w);
    final WordList reportingCues = WordList.load("reporting-verbs.txt", reserved);
    final WordList meetingCues = WordList.load("meeting-cues.txt", reserved);
    final WordList visitCues = WordList.load("visit-cues.txt", reserved);
    final WordList statusCues = WordList.load("status-cues.txt", reserved);
    final WordList lightVerbs = WordList.load("light-verbs.txt", reserved);
    final WordList commonVerbs = WordList.load("common-verbs.txt");
    final WordList nonNames = WordList.load("non-names.txt");
    final WordList groupWords = WordList.load("group-words.txt");
    /** Unnamed sources: their nouns, qualifiers, link words and the nisbas of bodies ({@link Sources}). */
    final WordList sourceWords = WordList.load("source-words.txt");
    final WordList cameoCodes = WordList.load("cameo-codes.txt");
    /** Closed classes the clause stage reads (particles, relative pronouns, frame nouns…). */
    final WordClasses clauseWords = WordClasses.load("clause-words.txt");
    /** Closed classes the event rules read (prepositions of a party, topic openers, phone words…). */
    final WordClasses eventWords = WordClasses.load("event-words.txt");
    /** Name tokens of people from Wikidata with a Latin form ({@code LATIN=}): judges unknown words after an office. */
    final WordList nameTokens = WordList.load("name-tokens.txt");

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    private Lexicon() {}

    static Lexicon get() {
        return Holder.INSTANCE;
    }
}
