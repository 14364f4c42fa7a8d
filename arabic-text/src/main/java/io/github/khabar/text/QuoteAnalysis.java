package io.github.khabar.text;

import java.util.List;

/**
 * Quotations and quote problems found in one text.
 *
 * @param quotes paired quotations, ordered by start (an enclosing quote before the quotes inside it)
 * @param issues unmatched marks, ordered by offset
 */
public record QuoteAnalysis(List<Quote> quotes, List<TextIssue> issues) {
    /** Makes unmodifiable copies. */
    public QuoteAnalysis {
        quotes = List.copyOf(quotes);
        issues = List.copyOf(issues);
    }
}
