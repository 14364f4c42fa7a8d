package io.github.khabar.benchmarks;

import io.github.khabar.text.time.ArabicTimeRecognizer;
import io.github.khabar.text.time.TimeMention;
import java.time.LocalDate;
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
 * Finding and resolving the time expressions of the ~10 MB corpus with {@link ArabicTimeRecognizer} against a
 * fixed reference date. There is no off-the-shelf Arabic baseline; compare it with the normaliser and
 * tokenizer figures of the same run (it tokenises and normalises internally).
 * One operation = the whole corpus; MB/s = ops/s × 10.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.SECONDS)
public class TimeRecognizerBenchmark {
    private static final LocalDate REFERENCE = LocalDate.of(2025, 2, 24);

    private ArabicTimeRecognizer recognizer;
    private String text;

    @Setup
    public void setUp() {
        recognizer = ArabicTimeRecognizer.create();
        text = Corpus.text();
    }

    @Benchmark
    public List<TimeMention> find() {
        return recognizer.find(text, REFERENCE);
    }
}
