package io.github.khabar.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Finds the article in scraped Arabic news text: classifies each line as content or web boilerplate (UI
 * phrases, share bars, related links, comment prompts, donation banners, credits, timestamps, lone
 * symbols…) and reports the content span plus the dropped lines, all as offsets into the original text.
 *
 * <p>It works line by line (lines end at {@code \n}, {@code \r\n}, {@code \r}, U+2028 or U+2029) and is
 * conservative: a line that reads as prose is kept even if short, and the title (the first non-empty line
 * no strong signal rejects) is always kept. See {@code docs/page-cleanup.md} for the signals.
 *
 * <p>Immutable and thread-safe. {@link #clean} never throws and runs in time linear in the input length
 * (for a fixed phrase list).
 */
public final class PageCleaner {
    /** Lines longer than this are never boilerplate by phrase, nav or duplicate signals (only junk checks). */
    static final int MAX_SHORT_LINE = 300;
    /** A prefix phrase drops at most a line this long. */
    static final int MAX_PREFIX_LINE = 250;

    private static final class Holder {
        static final PageCleaner DEFAULT = new PageCleaner(PagePhrases.of(PagePhrases.bundled()));
    }

    private final PagePhrases phrases;

    private PageCleaner(PagePhrases phrases) {
        this.phrases = phrases;
    }

    /** A cleaner with the bundled phrase list ({@code boilerplate-phrases.txt}). */
    public static PageCleaner create() {
        return Holder.DEFAULT;
    }

    /**
     * A cleaner with the bundled phrases plus {@code extraPhrases}, each in the data-file syntax
     * {@code [REASON] phrase [...]} (see {@code docs/page-cleanup.md}); blank, comment and null entries are
     * ignored.
     */
    public static PageCleaner withPhrases(Collection<String> extraPhrases) {
        Objects.requireNonNull(extraPhrases, "extraPhrases");
        List<PagePhrases.Phrase> all = new ArrayList<>(PagePhrases.bundled());
        all.addAll(PagePhrases.parseAll(new ArrayList<>(extraPhrases)));
        return new PageCleaner(PagePhrases.of(all));
    }

    /** The content span and the dropped lines of {@code text}; a null text is treated as empty. */
    public PageContent clean(CharSequence text) {
        return clean(text, TextWork.NONE);
    }

    PageContent clean(CharSequence text, TextWork work) {
        String s;
        try {
            s = text == null ? "" : text.toString();
        } catch (RuntimeException e) {
            return new PageContent(0, 0, List.of()); // a caller's CharSequence that cannot be read
        }
        try {
            return new PageClassifier(s, phrases, work).run();
        } catch (RuntimeException | StackOverflowError e) {
            // defensive: a bug must not break the pipeline; fall back to "everything is content"
            return new PageContent(0, s.length(), List.of());
        }
    }
}
