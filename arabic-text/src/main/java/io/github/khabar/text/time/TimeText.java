package io.github.khabar.text.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A text read once for several time questions ({@link ArabicTimeRecognizer#prepare}): its tokens, their
 * proclitic readings and lexicon look-ups are made once and shared by {@link PublicationDates#inferPrepared(TimeText)}
 * and {@link #find(LocalDate)}; a second {@code find} with the same reference returns the first answer. Answers are those of the calls on the plain text. Holds caches: confined to the
 * thread that made it.
 */
public final class TimeText {
    final ArabicTimeRecognizer recognizer;
    final Tokens tokens;
    private boolean found;
    private LocalDate foundFor;
    private List<TimeMention> mentions;

    TimeText(ArabicTimeRecognizer recognizer, Tokens tokens) {
        this.recognizer = recognizer;
        this.tokens = tokens;
    }

    /** The text this was made from. */
    public CharSequence text() {
        return tokens.text;
    }

    /**
     * The time expressions of the text: equal to {@link ArabicTimeRecognizer#find(CharSequence, LocalDate)}
     * of the recognizer that prepared it.
     *
     * @param reference as for {@link ArabicTimeRecognizer#find(CharSequence, LocalDate)}
     * @return an immutable list
     */
    public List<TimeMention> find(LocalDate reference) {
        if (!found || !Objects.equals(foundFor, reference)) {
            mentions = new Scanner(tokens, reference, recognizer.lexicon(), null).run();
            foundFor = reference;
            found = true;
        }
        return mentions;
    }
}
