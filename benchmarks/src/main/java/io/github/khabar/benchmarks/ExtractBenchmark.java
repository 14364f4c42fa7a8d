package io.github.khabar.benchmarks;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.model.Document;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Full extraction ({@code Khabar.extract}) against Lucene's {@link ArabicAnalyzer} (tokenise, normalise,
 * remove stop words, stem) over the same news texts in the same run. One operation = one document; each
 * thread walks the corpus from its own starting point. The {@code bytes} counter is the UTF-8 input read,
 * so its score is bytes per second (summed over threads): {@code khabar.bytes / lucene.bytes} is the
 * figure the README reports. Run with {@code -t 1} and {@code -t 2} for the thread scaling.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractBenchmark {
    @Param({"generated"})
    public String corpus;

    private Khabar khabar;
    private Analyzer analyzer;
    private NewsInputs.Inputs inputs;

    /** Input bytes read by one thread in one iteration (reported per second). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counter {
        public long bytes;
        int next;

        @Setup(Level.Trial)
        public void start(ExtractBenchmark b, ThreadParams thread) {
            next = (int) ((long) b.inputs.documents().size() * thread.getThreadIndex() / thread.getThreadCount());
        }

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void setUp(BenchmarkParams params) {
        khabar = Khabar.builder().build();
        analyzer = new ArabicAnalyzer();
        inputs = NewsInputs.load(corpus);
    }

    @TearDown
    public void tearDown() {
        analyzer.close();
    }

    private Document next(Counter c) {
        int i = c.next;
        c.next = i + 1 == inputs.documents().size() ? 0 : i + 1;
        c.bytes += inputs.utf8Bytes()[i];
        return inputs.documents().get(i);
    }

    @Benchmark
    public Object khabar(Counter c) throws KhabarException {
        return khabar.extract(next(c));
    }

    @Benchmark
    public void lucene(Counter c, Blackhole bh) throws IOException {
        try (TokenStream ts = analyzer.tokenStream("body", next(c).text())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                bh.consume(term.length());
            }
            ts.end();
        }
    }
}
