package io.github.khabar.pipeline;

import io.github.khabar.kb.KnowledgeBase;
import io.github.khabar.model.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Builds a {@link MentionScan} over a sentence, for the tests of its parts. */
final class MentionFixture {
    private static final Gazetteer GAZETTEER = new Gazetteer(KnowledgeBase.defaults());
    private static final TextStage TEXT = new TextStage();

    private MentionFixture() {}

    /** A scan over {@code text} that has not run yet: its parts can be asked one at a time. */
    static MentionScan scan(String text) {
        return scan(text, Set.of());
    }

    static MentionScan scan(String text, Set<String> surnames) {
        PreparedText t = TEXT.prepare(Document.of("t", text, LocalDate.of(2024, 3, 1)));
        return new MentionScan(GAZETTEER, Lexicon.get(), t, surnames);
    }

    /** The whole stage's mentions (both passes). */
    static List<Mention> mentions(String text) {
        PreparedText t = TEXT.prepare(Document.of("t", text, LocalDate.of(2024, 3, 1)));
        return new MentionStage(GAZETTEER, Lexicon.get()).find(t);
    }

    /** Index of the first token whose text is {@code word}. */
    static int tok(MentionScan s, String word) {
        for (int i = 0; i < s.t.size(); i++) {
            if (s.t.tokens.get(i).text().equals(word)) return i;
        }
        throw new AssertionError("no token " + word);
    }

    /** The text of tokens [a, b). */
    static String surface(MentionScan s, int a, int b) {
        return s.t.surface(a, b);
    }
}
