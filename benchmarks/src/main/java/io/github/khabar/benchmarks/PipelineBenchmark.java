package io.github.khabar.benchmarks;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole pipeline, {@code Khabar.builder().build().extract(doc)}, on the five seed articles (~28 KB of
 * UTF-8, 4.6–9.2 KB each) — real documents rather than the recombined corpus, whose mixed-up sentences would
 * give the event stages nonsense to resolve. The knowledge base is loaded once in setup, as an application
 * would. One operation = one document (the score is documents per second; the mean seed is 5.7 KB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineBenchmark {
    private Khabar khabar;
    private List<Document> seeds;

    @Setup
    public void setUp() {
        khabar = Khabar.builder().build();
        seeds = Corpus.seeds();
    }

    @Benchmark
    @OperationsPerInvocation(5)
    public void extract(Blackhole bh) throws KhabarException {
        for (Document d : seeds) {
            Extraction x = khabar.extract(d);
            bh.consume(x);
        }
    }
}
