package io.github.khabar.benchmarks;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.model.Document;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Khabar against Lucene's {@link ArabicAnalyzer} in thread CPU time rather than wall time, for a machine
 * shared with other work (where JMH's wall-clock scores move with the load): {@code java -cp benchmarks.jar
 * io.github.khabar.benchmarks.CpuRatio CORPUS DOCS ROUNDS WARMUPS} takes the first DOCS documents of the
 * corpus ({@link NewsInputs}), warms both up with WARMUPS rounds (on a loaded machine the JIT needs several:
 * its compiler threads get little CPU), then runs ROUNDS rounds of Khabar then Lucene over them and prints
 * each side's MB per CPU-second, the median and best ratio, and the bytes Khabar allocates per input byte.
 */
public final class CpuRatio {
    private CpuRatio() {}

    public static void main(String[] args) throws KhabarException, IOException {
        NewsInputs.Inputs all = NewsInputs.load(args.length > 0 ? args[0] : "diplomacy");
        int docs = Math.min(all.documents().size(), args.length > 1 ? Integer.parseInt(args[1]) : 300);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        List<Document> in = all.documents().subList(0, docs);
        long bytes = 0;
        for (int i = 0; i < docs; i++) bytes += all.utf8Bytes()[i];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long self = Thread.currentThread().getId();
        Khabar khabar = Khabar.builder().build();
        double[] ratios = new double[rounds];
        try (Analyzer analyzer = new ArabicAnalyzer()) {
            int sink = 0;
            for (int r = -warmups; r < rounds; r++) {
                long a0 = alloc.getThreadAllocatedBytes(self);
                long c0 = mx.getCurrentThreadCpuTime();
                for (Document d : in) sink += khabar.extract(d).actors().size();
                long c1 = mx.getCurrentThreadCpuTime();
                long a1 = alloc.getThreadAllocatedBytes(self);
                int lucenePasses = 20;
                for (int k = 0; k < lucenePasses; k++) {
                    for (Document d : in) sink += lucene(analyzer, d.text());
                }
                long c2 = mx.getCurrentThreadCpuTime();
                double k = bytes / ((c1 - c0) / 1e9) / 1e6;
                double l = bytes * lucenePasses / ((c2 - c1) / 1e9) / 1e6;
                if (r >= 0) ratios[r] = k / l;
                System.out.printf("%s round: Khabar %.3f MB/CPU-s, Lucene %.2f MB/CPU-s, ratio %.4f, Khabar alloc %.0f B/input byte%n",
                        r < 0 ? "warm-up" : "measured", k, l, k / l, (double) (a1 - a0) / bytes);
            }
            Arrays.sort(ratios);
            System.out.printf("ratio over %d rounds, %d documents (%.2f MB): median %.4f, best %.4f (%d)%n", rounds,
                    docs, bytes / 1e6, ratios[rounds / 2], ratios[rounds - 1], sink & 1);
        }
    }

    private static int lucene(Analyzer analyzer, String text) throws IOException {
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) n += term.length();
            ts.end();
        }
        return n;
    }
}
