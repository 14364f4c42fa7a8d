package io.github.khabar.pipeline;

import io.github.khabar.model.CharRange;
import io.github.khabar.model.Diagnostic;
import io.github.khabar.model.Document;
import io.github.khabar.text.ArabicTokenizer;
import io.github.khabar.text.DroppedLine;
import io.github.khabar.text.PageCleaner;
import io.github.khabar.text.PageContent;
import io.github.khabar.text.QuoteAnalysis;
import io.github.khabar.text.QuoteFinder;
import io.github.khabar.text.SentenceSplitter;
import io.github.khabar.text.TextIssue;
import io.github.khabar.text.TextRange;
import io.github.khabar.text.Token;
import io.github.khabar.text.time.ArabicTimeRecognizer;
import io.github.khabar.text.time.InferredDate;
import io.github.khabar.text.time.PublicationDates;
import io.github.khabar.text.time.TimeMention;
import io.github.khabar.text.time.TimeText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage 1: text → tokens (hashtag marks left out, {@link Hashtags}), normalised forms, sentences, quotes,
 * times, content span. The document's {@link SpellingProfile} is read from these on first use. Stateless,
 * thread-safe.
 */
final class TextStage {
    private final ArabicTokenizer tokenizer = ArabicTokenizer.create();
    private final SentenceSplitter splitter = SentenceSplitter.create();
    private final QuoteFinder quoteFinder = QuoteFinder.create();
    private final ArabicTimeRecognizer timeRecognizer = ArabicTimeRecognizer.create();
    private final PageCleaner pageCleaner = PageCleaner.create();

    PreparedText prepare(Document document) {
        return prepare(document, PipelineWork.NONE);
    }

    /** As {@link #prepare(Document)}, the text's accessors counting their visits in {@code work}. */
    PreparedText prepare(Document document, PipelineWork work) {
        String text = document.text();
        List<Diagnostic> diagnostics = new ArrayList<>();

        LocalDate published = document.published();
        // one tokenisation of the text for the time recogniser: date inference and time expressions share it
        TimeText timeText = timeRecognizer.prepare(text);
        if (published == null) {
            Optional<InferredDate> inferred = PublicationDates.inferPrepared(timeText);
            if (inferred.isPresent() && inferred.get().confidence() >= 0.6) {
                InferredDate d = inferred.get();
                published = d.date();
                diagnostics.add(Diagnostic.at("PUBLISHED_INFERRED", d.start(), d.end(),
                        "publication date " + d.date() + " inferred from \"" + d.cue() + "\" (confidence "
                                + d.confidence() + ")"));
            }
        }

        List<Token> tokens = Hashtags.strip(tokenizer.tokenize(text));
        String[] norms = new String[tokens.size()];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = Keys.of(tokens.get(i).text());
        }
        work.add(3L * tokens.size());
        List<TextRange> sentences = splitter.split(text);
        int[] sentenceOf = new int[tokens.size()];
        int s = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.get(i).start();
            while (s + 1 < sentences.size() && sentences.get(s).end() <= start) {
                s++;
            }
            sentenceOf[i] = s;
        }
        QuoteAnalysis quotes = quoteFinder.find(text);
        for (TextIssue issue : quotes.issues()) {
            diagnostics.add(Diagnostic.at(issue.code(), issue.start(), issue.end(), issue.message()));
        }
        List<TimeMention> times = timeText.find(published);
        for (TimeMention m : times) {
            if (m.inference() != null) {
                diagnostics.add(Diagnostic.at("TIME_INFERRED", m.start(), m.end(), "\"" + m.text() + "\" read as "
                        + m.value() + ": " + m.inference()));
            }
        }
        PageContent page = pageCleaner.clean(text);
        CharRange content = CharRange.of(page.start(), page.end());
        java.util.BitSet dropped = new java.util.BitSet(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (tok.start() < page.start() || tok.start() >= page.end()) dropped.set(i);
        }
        for (DroppedLine line : page.dropped()) {
            diagnostics.add(Diagnostic.at("BOILERPLATE", line.start(), line.end(),
                    "page boilerplate left out (" + line.reason() + ")"));
            for (int i = firstAtOrAfter(tokens, line.start()); i < tokens.size() && tokens.get(i).start() < line.end(); i++) {
                dropped.set(i);
            }
        }
        return new PreparedText(document, published, List.copyOf(tokens), norms, List.copyOf(sentences), sentenceOf,
                List.copyOf(quotes.quotes()), List.copyOf(times), timeRecognizer, content, diagnostics, dropped,
                work);
    }

    private static int firstAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
