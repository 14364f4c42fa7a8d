package io.github.khabar.benchmarks;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.khabar.text.ArabicTokenizer;
import io.github.khabar.text.Token;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Tokenising the ~10 MB corpus: {@link ArabicTokenizer} against ICU4J's word {@link BreakIterator} for
 * Arabic, the usual off-the-shelf segmenter (and the one Lucene's ICU tokenizer builds on).
 *
 * <p>The comparison favours ICU: {@link #icuWordBreaks} only walks the boundaries and reads each segment's
 * rule status (word or not), while {@link #tokenize} also builds a {@link Token} per token — its text as a
 * substring and its type — and the list holding them. Target: tokenize ≥ 1× ICU.
 * One operation = the whole corpus; MB/s = ops/s × 10.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenizerBenchmark {
    private final ArabicTokenizer tokenizer = ArabicTokenizer.create();
    private final BreakIterator words = BreakIterator.getWordInstance(new ULocale("ar"));

    private String text;

    @Setup
    public void setUp() {
        text = Corpus.text();
    }

    /** Khabar: typed tokens with original offsets. */
    @Benchmark
    public List<Token> tokenize() {
        return tokenizer.tokenize(text);
    }

    /** Baseline: every ICU word boundary and the rule status of the segment before it. */
    @Benchmark
    public long icuWordBreaks() {
        BreakIterator it = words;
        it.setText(text);
        long sum = 0;
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            sum += b + it.getRuleStatus();
        }
        return sum;
    }
}
