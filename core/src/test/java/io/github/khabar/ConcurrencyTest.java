package io.github.khabar;

import io.github.khabar.kb.KnowledgeBase;
import io.github.khabar.model.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One {@link Khabar} shared by 16 threads gives exactly the serial results, and building knowledge bases
 * and instances concurrently (racing the lazy loading of the bundled data) gives equal results too.
 */
class ConcurrencyTest {
    static final int THREADS = 16;
    static final int ROUNDS = 3;

    private static String json(Khabar k, Document d) throws KhabarException {
        return KhabarJson.toJson(k.extract(d));
    }

    @Test
    void sixteenThreadsOnOneInstanceGiveTheSerialResults() throws Exception {
        Khabar khabar = Khabar.builder().build();
        List<Document> docs = ReliabDocs.corpus(120);
        Map<String, String> serial = new LinkedHashMap<>();
        for (Document d : docs) {
            serial.put(d.id(), json(khabar, d));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                final int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    // each thread walks the corpus from its own offset, ROUNDS times, so documents overlap in time
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < docs.size(); i++) {
                            Document d = docs.get((i + offset * 7) % docs.size());
                            if (!json(khabar, d).equals(serial.get(d.id()))) mismatches.add(d.id());
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                all.addAll(f.get(10, TimeUnit.MINUTES));
            }
            assertTrue(all.isEmpty(), "concurrent results differ from serial ones: " + all);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void knowledgeBaseLoadingIsSafeToRace() throws Exception {
        Document probe = Document.of("probe", SeedTexts.text("003_018bca4796b0a5f3"));
        String expected = json(Khabar.builder().knowledgeBase(KnowledgeBase.builder().addDefaults().build()).build(),
                probe);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object[]>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                final boolean own = t % 2 == 0;
                futures.add(pool.submit((Callable<Object[]>) () -> {
                    start.await();
                    KnowledgeBase kb = own ? KnowledgeBase.builder().addDefaults().build() : KnowledgeBase.defaults();
                    Khabar k = Khabar.builder().knowledgeBase(kb).build();
                    return new Object[] {kb, json(k, probe), own};
                }));
            }
            start.countDown();
            Set<Object> shared = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Future<Object[]> f : futures) {
                Object[] r = f.get(5, TimeUnit.MINUTES);
                assertEquals(expected, r[1], "a knowledge base built in a race gives other results");
                if (!(boolean) r[2]) shared.add(r[0]);
            }
            assertEquals(1, shared.size(), "KnowledgeBase.defaults() is one instance even when first asked for in a race");
            assertTrue(shared.contains(KnowledgeBase.defaults()));
        } finally {
            pool.shutdownNow();
        }
    }
}
