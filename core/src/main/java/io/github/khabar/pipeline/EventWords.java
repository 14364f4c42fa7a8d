package io.github.khabar.pipeline;

import java.util.Set;

/** The closed word classes of the event rules, read from {@code lexicon/event-words.txt} (one class per set). */
final class EventWords {
    private EventWords() {}

    /** The normalised words of a class of {@code event-words.txt}. */
    static Set<String> of(String cls) {
        return Lexicon.get().eventWords.of(cls);
    }
}
