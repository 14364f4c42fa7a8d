package io.github.khabar.benchmarks;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.model.Document;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to extract a generated corpus of 1×, 4× and 16× {@link #BASE_BYTES} (one shot = the whole corpus, one
 * thread): growth should be linear, i.e. the 16× time about 16 times the 1× time. The larger corpora are
 * prefixes-by-construction of the same generator run (same seed), so they differ only in size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScaleBenchmark {
    /** UTF-8 bytes of the 1× corpus. */
    public static final long BASE_BYTES = 100_000L;

    @Param({"1", "4", "16"})
    public int scale;

    private Khabar khabar;
    private List<Document> documents;

    @Setup
    public void setUp() {
        khabar = Khabar.builder().build();
        documents = NewsCorpus.documents(BASE_BYTES * scale, NewsCorpus.SEED);
    }

    @Benchmark
    public void corpus(Blackhole bh) throws KhabarException {
        for (Document d : documents) {
            bh.consume(khabar.extract(d));
        }
    }
}
