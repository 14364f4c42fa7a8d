package io.github.khabar.pipeline;

/**
 * The words the rules are written in, loaded once from {@code io/github/khabar/lexicon/*.txt} and shared
 * (immutable, thread-safe). See the README beside those files for their format.
 */
final class Lexicon {
    final WordList reportingCues = WordList.load("reporting-verbs.txt");
    final WordList meetingCues = WordList.load("meeting-cues.txt");
    final WordList visitCues = WordList.load("visit-cues.txt");
    final WordList statusCues = WordList.load("status-cues.txt");
    final WordList functionWords = WordList.load("function-words.txt");
    final WordList commonVerbs = WordList.load("common-verbs.txt");
    final WordList givenNames = WordList.load("given-names.txt");
    final WordList nonNames = WordList.load("non-names.txt");
    final WordList groupWords = WordList.load("group-words.txt");
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
