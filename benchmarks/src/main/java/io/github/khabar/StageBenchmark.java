package io.github.khabar;

import io.github.khabar.benchmarks.NewsInputs;
import io.github.khabar.kb.KnowledgeBase;
import io.github.khabar.model.Document;
import io.github.khabar.pipeline.Pipeline;
import io.github.khabar.pipeline.StageClock;
import java.util.concurrent.TimeUnit;
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

/**
 * Where the time of one extraction goes: the input screen and the five pipeline stages, timed with
 * {@link System#nanoTime} around each (a benchmark-only hook, {@link StageClock}; the library has no timing
 * API). One operation = one document. Every counter is reported per second: {@code bytes} is UTF-8 input
 * per second, {@code <stage>Ns} the nanoseconds per second spent in that stage, so a stage's own
 * throughput is {@code bytes / <stage>Ns × 1e9} and its share of the time {@code <stage>Ns / 1e9}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.SECONDS)
public class StageBenchmark {
    @Param({"generated"})
    public String corpus;

    private Pipeline pipeline;
    private NewsInputs.Inputs inputs;

    /** Per-thread counters, reported per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Clock {
        public long bytes;
        public long screenNs;
        public long textNs;
        public long mentionsNs;
        public long actorsNs;
        public long eventsNs;
        public long mergeNs;
        final long[] ns = new long[5];
        int next;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = screenNs = textNs = mentionsNs = actorsNs = eventsNs = mergeNs = 0;
            java.util.Arrays.fill(ns, 0);
        }

        void publish() {
            textNs = ns[StageClock.TEXT];
            mentionsNs = ns[StageClock.MENTIONS];
            actorsNs = ns[StageClock.ACTORS];
            eventsNs = ns[StageClock.EVENTS];
            mergeNs = ns[StageClock.MERGE];
        }
    }

    @Setup
    public void setUp() {
        pipeline = new Pipeline(KnowledgeBase.defaults());
        inputs = NewsInputs.load(corpus);
    }

    @Benchmark
    public Object stages(Clock c) throws UnsupportedInputException {
        int i = c.next;
        c.next = i + 1 == inputs.documents().size() ? 0 : i + 1;
        Document d = inputs.documents().get(i);
        long t0 = System.nanoTime();
        InputScreen.Screened s = InputScreen.screen(d.id(), d.text(), HtmlPolicy.STRIP);
        c.screenNs += System.nanoTime() - t0;
        Document screened = s.text() == d.text() ? d : new Document(d.id(), s.text(), d.published(), d.outlet());
        Object x = StageClock.run(pipeline, screened, c.ns);
        c.bytes += inputs.utf8Bytes()[i];
        c.publish();
        return x;
    }
}
