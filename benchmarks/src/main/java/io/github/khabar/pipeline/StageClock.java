package io.github.khabar.pipeline;

import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import java.util.List;

/**
 * Benchmark-only hook: runs the stages of a {@link Pipeline} one by one, as {@link Pipeline#run} does, and
 * adds the nanoseconds each took to {@code ns} (text, mentions, actors, events, merge). It lives in the
 * benchmarks module, in the pipeline's package, so the library exposes no timing API.
 */
public final class StageClock {
    public static final int TEXT = 0;
    public static final int MENTIONS = 1;
    public static final int ACTORS = 2;
    public static final int EVENTS = 3;
    public static final int MERGE = 4;

    private StageClock() {}

    public static Extraction run(Pipeline p, Document document, long[] ns) {
        long t0 = System.nanoTime();
        PreparedText prepared = p.text.prepare(document);
        long t1 = System.nanoTime();
        List<Mention> found = p.mentions.find(prepared);
        long t2 = System.nanoTime();
        ActorTable table = p.actors.resolve(prepared, found);
        long t3 = System.nanoTime();
        EventStage.Events ev = p.events.find(prepared, table);
        long t4 = System.nanoTime();
        Extraction x = p.codes.apply(p.merge.assemble(prepared, table, ev));
        long t5 = System.nanoTime();
        ns[TEXT] += t1 - t0;
        ns[MENTIONS] += t2 - t1;
        ns[ACTORS] += t3 - t2;
        ns[EVENTS] += t4 - t3;
        ns[MERGE] += t5 - t4;
        return x;
    }
}
