package io.github.khabar.corpus;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Extracts a stream of documents on worker threads, a bounded window ahead, and hands the results to one
 * consumer in input order on the calling thread — so whatever consumes them sees exactly a serial run.
 */
final class Extractor {
    /** An extraction, or why there is none. */
    record Result(Extraction extraction, String error) {}

    private Extractor() {}

    static void run(Khabar khabar, Stream<Document> documents, int threads, BiConsumer<Document, Result> sink) {
        Iterator<Document> it = documents.iterator();
        if (threads == 1) {
            while (it.hasNext()) {
                Document d = it.next();
                sink.accept(d, extract(khabar, d));
            }
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService exec = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "khabar-corpus-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Pending> window = new ArrayDeque<>();
        try {
            while (it.hasNext()) {
                Document d = it.next();
                window.add(new Pending(d, exec.submit(() -> extract(khabar, d))));
                if (window.size() >= 2 * threads) {
                    drainOne(window, sink);
                }
            }
            while (!window.isEmpty()) {
                drainOne(window, sink);
            }
        } finally {
            exec.shutdownNow();
        }
    }

    private record Pending(Document document, Future<Result> result) {}

    private static void drainOne(ArrayDeque<Pending> window, BiConsumer<Document, Result> sink) {
        Pending p = window.poll();
        Result r;
        try {
            r = p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("corpus build interrupted");
        } catch (ExecutionException e) {
            r = new Result(null, "internal error: " + e.getCause());
        }
        sink.accept(p.document(), r);
    }

    static Result extract(Khabar khabar, Document d) {
        try {
            return new Result(khabar.extract(d), null);
        } catch (KhabarException e) {
            return new Result(null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(null, "could not read document " + d.id() + ": " + e);
        }
    }
}
