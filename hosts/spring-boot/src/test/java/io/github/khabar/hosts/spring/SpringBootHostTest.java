package io.github.khabar.hosts.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.khabar.Khabar;
import io.github.khabar.hosts.SeedCheck;
import io.github.khabar.model.Document;
import io.github.khabar.model.Extraction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The application context starts with Khabar as a bean, and two threads share that one instance. */
@SpringBootTest
class SpringBootHostTest {
    @Autowired
    private NewsService news;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private ObjectMapper mapper;

    @Test
    void oneKhabarBeanServesTwoThreads() throws Exception {
        assertEquals(2, mapper.version().getMajorVersion(), "Boot's own Jackson 2 is the app's mapper");
        Khabar bean = context.getBean(Khabar.class);
        assertSame(bean, context.getBean(Khabar.class), "a singleton bean");

        Document seed = SeedCheck.seed();
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Extraction> task = () -> {
            together.await(); // both threads enter the shared bean at once
            Extraction x = news.read(seed);
            SeedCheck.check(x, seed.text());
            return x;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Extraction>> results;
        try {
            results = pool.invokeAll(List.of(task, task));
        } finally {
            pool.shutdown();
        }
        Extraction first = results.get(0).get();
        for (Future<Extraction> f : results) {
            assertEquals(first, f.get(), "every thread reads the same");
        }

        JsonNode tree = news.asTree(first);
        assertEquals(2, tree.get("meetings").size());
        assertEquals(SeedCheck.SEED, tree.get("document").get("id").asText());
    }
}
