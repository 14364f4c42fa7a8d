package io.github.khabar.pipeline;

import io.github.khabar.model.CharRange;
import io.github.khabar.model.Diagnostic;
import io.github.khabar.model.Document;
import io.github.khabar.model.Span;
import io.github.khabar.text.Quote;
import io.github.khabar.text.TextRange;
import io.github.khabar.text.Token;
import io.github.khabar.text.TokenType;
import io.github.khabar.text.time.ArabicTimeRecognizer;
import io.github.khabar.text.time.TimeMention;

import java.time.LocalDate;
import java.util.List;

/**
 * Output of {@link TextStage}: the document's text as tokens (with their normalised forms), sentences,
 * quotes, time expressions and the span that holds the article body. Token indices are the currency of
 * the later stages; character offsets always point into the original text.
 */
final class PreparedText {
    final Document document;
    final String text;
    final LocalDate published;
    final List<Token> tokens;
    final String[] norms;
    final List<TextRange> sentences;
    final int[] sentenceOfToken;
    final List<Quote> quotes;
    final List<TimeMention> times;
    /** The recognizer that found {@link #times}, to read one again once its event's tense is known. */
    final ArabicTimeRecognizer timeRecognizer;
    final CharRange content;
    final List<Diagnostic> diagnostics;
    /** Tokens in page boilerplate (outside the content span or in a dropped line): no facts come from them. */
    private final java.util.BitSet dropped;
    /** Counts every token visit through the accessors below (for the linear-time test). */
    final PipelineWork work;
    /** Whether {@link #work} is a real counter: the accessors of ordinary calls skip counting. */
    private final boolean counting;

    private final java.util.Map<String, Clitic[]> variants = new java.util.HashMap<>();
    /** The word {@link #variants} answered last and its readings: the rules ask for one token in turn. */
    private String lastWord;
    private Clitic[] lastVariants;
    /** {@link Gazetteer#longestAt} per token, for {@link #gazetteerMatch}; made on first use. */
    private Gazetteer gazetteer;
    private Gazetteer.Match[] gazetteerMatches;
    private boolean[] gazetteerDone;
    /** {@link #bare} forms, filled on first use. */
    private String[] bares;
    /** {@link #spelling}, computed on first use. */
    private SpellingProfile spelling;

    PreparedText(Document document, LocalDate published, List<Token> tokens, String[] norms,
                 List<TextRange> sentences, int[] sentenceOfToken, List<Quote> quotes, List<TimeMention> times,
                 ArabicTimeRecognizer timeRecognizer, CharRange content, List<Diagnostic> diagnostics, java.util.BitSet dropped,
                 PipelineWork work) {
        this.document = document;
        this.text = document.text();
        this.published = published;
        this.tokens = tokens;
        this.norms = norms;
        this.sentences = sentences;
        this.sentenceOfToken = sentenceOfToken;
        this.quotes = quotes;
        this.times = times;
        this.timeRecognizer = timeRecognizer;
        this.content = content;
        this.diagnostics = diagnostics;
        this.dropped = dropped;
        this.work = work;
        this.counting = work != PipelineWork.NONE;
    }

    private void count() {
        if (counting) {
            work.add(1);
        }
    }

    /**
     * {@link Clitic#variants} of a word, computed once per distinct word of the document: the rules ask for
     * the same token's readings many times, and a cached stem also keeps its hash for the look-ups.
     * PreparedText is confined to one extraction, so the cache needs no locking. An array, read by
     * for-each loops without an iterator object: callers never write to it.
     */
    Clitic[] variants(String word) {
        if (word == lastWord) {
            return lastVariants;
        }
        Clitic[] v = variants.get(word);
        if (v == null) {
            v = Clitic.variants(word).toArray(new Clitic[0]);
            variants.put(word, v);
        }
        lastWord = word;
        lastVariants = v;
        return v;
    }

    /**
     * {@code g.longestAt(this, i)}, computed once per token: both passes of the mention stage read the
     * same matches. Null outside the tokens.
     */
    Gazetteer.Match gazetteerMatch(Gazetteer g, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        if (g != gazetteer) {
            gazetteer = g;
            gazetteerMatches = new Gazetteer.Match[tokens.size()];
            gazetteerDone = new boolean[tokens.size()];
        }
        if (!gazetteerDone[i]) {
            gazetteerMatches[i] = g.longestAt(this, i);
            gazetteerDone[i] = true;
        }
        return gazetteerMatches[i];
    }

    /** Whether the word or one of its proclitic readings is in the list (no predicate object per call). */
    boolean anyVariant(String word, WordList list) {
        for (Clitic c : variants(word)) {
            if (list.contains(c.stem())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word or one of its proclitic readings is in the set. */
    boolean anyVariant(String word, java.util.Set<String> set) {
        for (Clitic c : variants(word)) {
            if (set.contains(c.stem())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word or one of its proclitic readings passes the test. */
    boolean anyVariant(String word, java.util.function.Predicate<String> test) {
        for (Clitic c : variants(word)) {
            if (test.test(c.stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token i as written without its diacritics and tatweel, letters unfolded (ى, ة and hamza seats as
     * written): rules that read spelling the normalisation folds use this, so vowelled and plain text read
     * the same. Empty outside the text.
     */
    String bare(int i) {
        count();
        if (i < 0 || i >= tokens.size()) return "";
        if (bares == null) bares = new String[tokens.size()];
        String b = bares[i];
        if (b == null) {
            b = SpellingProfile.bare(tokens.get(i).text());
            bares[i] = b;
        }
        return b;
    }

    /** How this document spells (computed once, on first use). */
    SpellingProfile spelling() {
        if (spelling == null) spelling = SpellingProfile.of(this);
        return spelling;
    }

    boolean isDropped(int i) {
        count();
        return dropped.get(i);
    }

    int size() {
        return tokens.size();
    }

    String norm(int i) {
        count();
        return i >= 0 && i < norms.length ? norms[i] : "";
    }

    TokenType type(int i) {
        count();
        return tokens.get(i).type();
    }

    /** Start of token i; past the last token, the end of the text (rules may look one past a boundary). */
    int start(int i) {
        count();
        if (i >= tokens.size()) return text.length();
        return tokens.get(Math.max(0, i)).start();
    }

    int end(int i) {
        count();
        if (i < 0) return 0;
        if (i >= tokens.size()) return text.length();
        return tokens.get(i).end();
    }

    boolean isWord(int i) {
        count();
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        TokenType t = tokens.get(i).type();
        return t == TokenType.ARABIC_WORD || t == TokenType.LATIN_WORD;
    }

    boolean isArabicWord(int i) {
        count();
        return i >= 0 && i < tokens.size() && tokens.get(i).type() == TokenType.ARABIC_WORD;
    }

    /** True when token i is punctuation or a quote mark (anything that is not a word or a number). */
    boolean isBreak(int i) {
        count();
        if (i < 0 || i >= tokens.size()) {
            return true;
        }
        TokenType t = tokens.get(i).type();
        return t == TokenType.PUNCTUATION || t == TokenType.QUOTE || t == TokenType.SYMBOL;
    }

    /** Token i carries the article in its original spelling (ال, not the hamza-alef of أليكسي). */
    boolean hasArticle(int i) {
        count();
        if (i < 0 || i >= tokens.size()) return false;
        Token tok = tokens.get(i); // read in the original text: no substring for the token
        int s = tok.start();
        return tok.end() - s > 2 && text.charAt(s) == '\u0627' && text.charAt(s + 1) == '\u0644';
    }

    boolean isQuote(int i) {
        count();
        return i >= 0 && i < tokens.size() && tokens.get(i).type() == TokenType.QUOTE;
    }

    /** True when token i is a punctuation token made of this character. */
    boolean isPunct(int i, char c) {
        count();
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return (t.type() == TokenType.PUNCTUATION || t.type() == TokenType.SYMBOL)
                && t.end() - t.start() == 1 && text.charAt(t.start()) == c;
    }

    boolean isComma(int i) {
        return isPunct(i, '،') || isPunct(i, ',');
    }

    int sentence(int i) {
        count();
        return sentenceOfToken[i];
    }

    /** Token index range [from, to) of sentence s. */
    int sentenceFirstToken(int s) {
        return firstTokenAtOrAfter(sentences.get(s).start());
    }

    int sentenceEndToken(int s) {
        return firstTokenAtOrAfter(sentences.get(s).end());
    }

    /** Index of the first time whose start is at or after this character offset (times are in text order). */
    int firstTimeAtOrAfter(int offset) {
        return firstAtOrAfter(times, TimeMention::start, offset);
    }

    /** The first token whose start is at or after the offset (binary search). */
    int firstTokenAtOrAfter(int offset) {
        return firstAtOrAfter(tokens, Token::start, offset);
    }

    private <T> int firstAtOrAfter(List<T> items, java.util.function.ToIntFunction<T> start, int offset) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            count();
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(items.get(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    Span span(int startChar, int endChar) {
        return Span.of(text, startChar, endChar);
    }

    /** The span from the start of token a to the end of token b - 1. */
    Span tokenSpan(int a, int b) {
        return Span.of(text, start(a), end(b - 1));
    }

    String surface(int a, int b) {
        return text.substring(start(a), end(b - 1));
    }
}
