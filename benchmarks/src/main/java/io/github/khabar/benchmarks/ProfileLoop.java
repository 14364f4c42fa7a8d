package io.github.khabar.benchmarks;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.model.Document;

/**
 * A steady loop of extractions for a profiler: {@code java -XX:StartFlightRecording=filename=x.jfr,settings=profile
 * -cp benchmarks.jar io.github.khabar.benchmarks.ProfileLoop CORPUS SECONDS} extracts the corpus
 * ({@code generated} or {@code diplomacy}, see {@link NewsInputs}) over and over, one thread, and prints the
 * throughput of the second half of the run (the first half is warm-up) on stderr.
 */
public final class ProfileLoop {
    private ProfileLoop() {}

    public static void main(String[] args) throws KhabarException {
        NewsInputs.Inputs in = NewsInputs.load(args.length > 0 ? args[0] : "generated");
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
        Khabar khabar = Khabar.builder().build();
        long start = System.nanoTime();
        long half = start + seconds * 500_000_000L;
        long end = start + seconds * 1_000_000_000L;
        long bytes = 0;
        long measuredFrom = 0;
        int sink = 0;
        for (int i = 0; ; i = (i + 1) % in.documents().size()) {
            long now = System.nanoTime();
            if (now >= end) break;
            if (measuredFrom == 0 && now >= half) {
                measuredFrom = now;
                bytes = 0;
            }
            Document d = in.documents().get(i);
            sink += khabar.extract(d).actors().size();
            bytes += in.utf8Bytes()[i];
        }
        double s = (System.nanoTime() - measuredFrom) / 1e9;
        System.err.printf("%.3f MB/s over the last %.1f s (%d)%n", bytes / s / 1e6, s, sink & 1);
    }
}
